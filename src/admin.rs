//! Operational endpoints on their own port, never on the API port (README, Deviations from the reference, item 10):
//! `GET /health` (the process answers), `GET /ready` (the database answers within `--database-timeout-ms`, the
//! migrations are applied, writes are not failing for the database's sake: see [`readiness`]) and `GET /metrics`
//! (Prometheus text: see `crate::metrics`).
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::Full;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};
use tokio::net::TcpListener;

use crate::store::entity::outbox;
use crate::AppState;

fn answer(status: StatusCode, content_type: &'static str, body: String) -> Response<Full<Bytes>> {
    let mut r = Response::new(Full::new(Bytes::from(body)));
    *r.status_mut() = status;
    r.headers_mut().insert(hyper::header::CONTENT_TYPE, hyper::header::HeaderValue::from_static(content_type));
    r
}

async fn metrics(state: &AppState) -> Result<String, sea_orm::DbErr> {
    // the gauges read at scrape time: the outbox backlog and the pool
    for status in ["pending", "delivered", "failed"] {
        let n =
            outbox::Entity::find().filter(outbox::Column::Status.eq(status)).count(state.store.connection()).await?;
        metrics::gauge!(crate::metrics::OUTBOX_ROWS, "status" => status).set(n as f64);
    }
    let (size, idle) = pool_use(state.store.connection());
    metrics::gauge!(crate::metrics::DB_POOL_CONNECTIONS, "state" => "idle").set(f64::from(idle));
    metrics::gauge!(crate::metrics::DB_POOL_CONNECTIONS, "state" => "in_use").set(f64::from(size.saturating_sub(idle)));
    Ok(crate::metrics::install().map(|h| h.render()).unwrap_or_default())
}

/// Connections of the pool, and how many of them are idle.
fn pool_use(db: &sea_orm::DatabaseConnection) -> (u32, u32) {
    match db.get_database_backend() {
        sea_orm::DbBackend::Postgres => {
            let pool = db.get_postgres_connection_pool();
            (pool.size(), pool.num_idle() as u32)
        }
        _ => {
            let pool = db.get_sqlite_connection_pool();
            (pool.size(), pool.num_idle() as u32)
        }
    }
}

/// `/ready`, answered within `--database-timeout-ms` by its caller: the database answers, has no migrations this
/// server has not applied, and writes work. A full disk leaves pings and reads working, so writes are judged by
/// the writer's last transaction (`Store::check_writes`, `store::health`): not ready while that failed for the
/// database's sake and none succeeded since; a failure some seconds old is put to the test with one write that
/// changes nothing. A healthy instance's readiness costs no write.
async fn readiness(store: &crate::store::Store) -> (StatusCode, serde_json::Value) {
    use crate::store::Outage;
    use migration::MigratorTrait;
    if let Err(e) = store.connection().ping().await {
        tracing::warn!(error = %e, "readiness: the database does not answer");
        return not_ready("database unavailable", "the database does not answer");
    }
    match crate::store::Migrator::get_pending_migrations(store.connection()).await.map(|p| p.len()) {
        Ok(0) => {}
        // another instance with newer migrations, or a database changed under this one
        Ok(n) => {
            return (StatusCode::SERVICE_UNAVAILABLE, serde_json::json!({"status": "migrations pending", "pending": n}))
        }
        Err(e) => {
            tracing::warn!(error = %e, "readiness: cannot read the applied migrations");
            return not_ready("database unavailable", "the applied migrations cannot be read");
        }
    }
    match store.check_writes().await {
        Ok(()) => {}
        Err(Outage::StorageFull) => return not_ready("storage full", "writes fail: the database's storage is full"),
        Err(Outage::Unavailable) => return not_ready("writes failing", "writes fail: the database does not take them"),
    }
    (StatusCode::OK, serde_json::json!({"status": "ready", "migrations": "applied"}))
}

/// A 503 of `/ready`: its `status` and the `reason`.
fn not_ready(status: &str, reason: &str) -> (StatusCode, serde_json::Value) {
    (StatusCode::SERVICE_UNAVAILABLE, serde_json::json!({"status": status, "reason": reason}))
}

async fn route(state: Arc<AppState>, req: Request<hyper::body::Incoming>) -> Response<Full<Bytes>> {
    const JSON: &str = "application/json";
    if req.method() != Method::GET {
        return answer(StatusCode::METHOD_NOT_ALLOWED, JSON, r#"{"status":"method not allowed"}"#.into());
    }
    match req.uri().path() {
        "/health" => answer(StatusCode::OK, JSON, r#"{"status":"ok"}"#.into()),
        "/ready" => {
            let bound = state.store.database_timeout();
            let (status, body) = match tokio::time::timeout(bound, readiness(&state.store)).await {
                Ok(ready) => ready,
                Err(_) => {
                    tracing::warn!(ms = bound.as_millis() as u64, "readiness: the database did not answer in time");
                    not_ready(
                        "database unavailable",
                        &format!("the database did not answer within {} ms", bound.as_millis()),
                    )
                }
            };
            answer(status, JSON, body.to_string())
        }
        "/metrics" => match metrics(&state).await {
            Ok(text) => answer(StatusCode::OK, "text/plain; version=0.0.4", text),
            Err(e) => {
                tracing::warn!(error = %e, "metrics: the database does not answer");
                answer(StatusCode::SERVICE_UNAVAILABLE, JSON, r#"{"status":"database unavailable"}"#.into())
            }
        },
        _ => answer(StatusCode::NOT_FOUND, JSON, r#"{"status":"not found"}"#.into()),
    }
}

/// Serves the admin endpoints until the future is dropped.
pub async fn serve(listener: TcpListener, state: Arc<AppState>) {
    loop {
        let Ok((stream, _)) = listener.accept().await else { continue };
        let state = state.clone();
        tokio::spawn(async move {
            let svc = service_fn(move |req| {
                let state = state.clone();
                async move { Ok::<_, std::convert::Infallible>(route(state, req).await) }
            });
            let _ = hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), svc).await;
        });
    }
}
