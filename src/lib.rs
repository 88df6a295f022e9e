//! Klanten API 1.0.0 (VNG Realisatie): the registry of a municipality's customers, spec-first on the server trait
//! generated from `openapi.yaml` (crate `klanten_api`).
pub mod admin;
pub mod api;
pub mod auth;
pub mod check;
pub mod config;
pub mod domain;
pub mod error;
/// Entry points of the fuzz targets in `fuzz/` (README, "Fuzzing"); not an API.
#[doc(hidden)]
pub mod fuzzing;
pub mod http;
pub mod metrics;
pub mod notify;
pub mod progress;
pub mod store;
pub mod transfer;

/// The version of the Klanten API this server implements (`API-version` on every answer).
pub const API_VERSION: &str = "1.0.0";

use std::sync::Arc;
use std::time::Duration;

use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

pub use config::Config;
use domain::subject::{SubjectChecker, SubjectConfig};
use store::Store;

/// What every request shares.
pub struct AppState {
    pub config: Config,
    pub store: Store,
    pub subject: SubjectChecker,
    pub auth: auth::Authoriser,
    /// The requests under way (`--max-requests`).
    pub requests: Arc<tokio::sync::Semaphore>,
}

/// A built server: its listener is bound (port 0 picks a free one, as the tests do) and its database migrated.
pub struct App {
    listener: TcpListener,
    state: Arc<AppState>,
    /// The notification delivery worker, when a Notificaties API is configured; `run` starts it.
    worker: Option<notify::worker::Worker>,
    /// The admin listener (health, readiness, metrics), when `--admin-bind` is set.
    admin: Option<TcpListener>,
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("cannot listen on {0}: {1}")]
    Bind(String, std::io::Error),
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error("authorisation configuration: {0}")]
    Auth(#[from] auth::config_error::AuthConfigError),
    #[error("notification configuration: {0}")]
    Notifications(#[from] notify::config_error::NotifyConfigError),
}

pub fn auth_config(config: &Config) -> auth::AuthConfig {
    auth::AuthConfig {
        clients_file: config.clients_file.clone(),
        autorisaties_api: config.autorisaties_api.clone(),
        autorisaties_client_id: config.autorisaties_client_id.clone(),
        autorisaties_secret: config.autorisaties_secret.clone(),
        leeway: Duration::from_secs(config.jwt_leeway),
        ac_cache_ttl: Duration::from_secs(config.autorisaties_cache_ttl),
        ac_timeout: Duration::from_secs(5),
    }
}

impl App {
    pub async fn build(config: Config) -> Result<App, StartError> {
        let auth = auth::Authoriser::new(auth_config(&config)).map_err(StartError::Auth)?;
        if auth.client_count() == 0 {
            tracing::warn!(
                "no API clients are configured: every request is refused with 403. Add a clients file \
                 (--clients-file / KLANTEN_CLIENTS_FILE, see README.md) and make a token with `klanten token --client <id>`"
            );
        }
        let notifications = notify::Settings::from_config(&config).map_err(StartError::Notifications)?;
        let mut store = Store::connect_with(&config.database_url, config.store_options()).await?;
        let worker = match notifications {
            Some(settings) => {
                let wake = Arc::new(tokio::sync::Notify::new());
                store = store.with_notifications(true).with_wakeup(wake.clone());
                Some(notify::worker::Worker::new(store.clone(), settings, wake).map_err(StartError::Notifications)?)
            }
            None => {
                tracing::info!("notifications are off: no Notificaties API is configured (--notificaties-api)");
                None
            }
        };
        let listener = TcpListener::bind(&config.bind).await.map_err(|e| StartError::Bind(config.bind.clone(), e))?;
        let subject = SubjectChecker::new(SubjectConfig {
            connect_timeout: Duration::from_millis(config.subject_connect_timeout_ms),
            total_timeout: Duration::from_millis(config.subject_timeout_ms),
            max_redirects: config.subject_max_redirects,
            allowed_hosts: config
                .subject_allowed_hosts
                .clone()
                .map(|h| h.into_iter().map(|h| h.trim().to_ascii_lowercase()).filter(|h| !h.is_empty()).collect()),
            allow_loopback: config.subject_allow_loopback,
            allow_private: config.subject_allow_private_networks,
        });
        let admin = match &config.admin_bind {
            Some(bind) => Some(TcpListener::bind(bind).await.map_err(|e| StartError::Bind(bind.clone(), e))?),
            None => None,
        };
        let requests = Arc::new(tokio::sync::Semaphore::new(config.max_requests.max(1)));
        metrics::install();
        let state = Arc::new(AppState { config, store, subject, auth, requests });
        Ok(App { listener, state, worker, admin })
    }

    pub fn port(&self) -> u16 {
        self.listener.local_addr().map(|a| a.port()).unwrap_or(0)
    }

    /// The admin port, when `--admin-bind` is set.
    pub fn admin_port(&self) -> Option<u16> {
        self.admin.as_ref().and_then(|l| l.local_addr().ok()).map(|a| a.port())
    }

    pub fn state(&self) -> Arc<AppState> {
        self.state.clone()
    }

    /// Serves until SIGTERM or Ctrl-C, then lets the requests under way finish (at most 30 s).
    pub async fn run(self) -> std::io::Result<()> {
        self.run_until(shutdown_signal()).await
    }

    /// Serves until `shutdown` completes, and delivers notifications when they are on. Then the listener closes,
    /// idle connections close, and requests under way get up to 30 s to finish (their writes are transactions:
    /// one cut off is rolled back whole). Dropping or aborting this future stops everything at once.
    pub async fn run_until(mut self, shutdown: impl std::future::Future<Output = ()>) -> std::io::Result<()> {
        let _worker = self.worker.take().map(|w| AbortOnDrop(tokio::spawn(w.run())));
        let _admin = self.admin.take().map(|l| AbortOnDrop(tokio::spawn(admin::serve(l, self.state.clone()))));
        let api = api::KlantenApi { state: self.state.clone() };
        let generated: http::GeneratedService = klanten_api::server::Service::new(api, false);
        let graceful = hyper_util::server::graceful::GracefulShutdown::new();
        tracing::info!(
            address = %self.listener.local_addr()?,
            admin = %self.state.config.admin_bind.as_deref().unwrap_or("off"),
            database = %database_without_credentials(&self.state.config.database_url),
            "klanten API listening"
        );
        let connections = Arc::new(tokio::sync::Semaphore::new(self.state.config.max_connections.max(1)));
        let limits = http::connection::Limits {
            header: Duration::from_millis(self.state.config.header_timeout_ms.max(1)),
            keep_alive: Duration::from_millis(self.state.config.keep_alive_timeout_ms.max(1)),
        };
        tokio::pin!(shutdown);
        loop {
            let accepted = tokio::select! {
                accepted = self.listener.accept() => accepted,
                () = &mut shutdown => break,
            };
            let stream = match accepted {
                Ok((stream, _)) => stream,
                Err(e) => {
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            };
            let Ok(permit) = connections.clone().try_acquire_owned() else {
                // Over the bound: one 503 problem body, then the connection closes (bounded, so that slow or idle
                // connections cannot hold the memory of the server).
                tokio::spawn(http::refuse_connection(stream, self.state.clone()));
                continue;
            };
            let state = self.state.clone();
            let generated = generated.clone();
            // bounds on the time before each request (`http::connection`)
            let phase = http::connection::Phase::accepted();
            let stream = http::connection::Watched::new(stream, phase.clone(), limits);
            let svc = service_fn(move |req| {
                let state = state.clone();
                let generated = generated.clone();
                let phase = phase.clone();
                async move {
                    phase.request_started();
                    let answer = http::handle(state, generated, req).await;
                    phase.request_answered();
                    Ok::<_, std::convert::Infallible>(answer)
                }
            });
            let conn = hyper::server::conn::http1::Builder::new()
                .timer(hyper_util::rt::TokioTimer::new())
                // `Watched` bounds the wait for a head, idle connections included
                .header_read_timeout(None)
                .serve_connection(TokioIo::new(stream), svc);
            let conn = graceful.watch(conn);
            tokio::spawn(async move {
                if let Err(e) = conn.await {
                    tracing::debug!(error = %e, "connection ended with an error");
                }
                drop(permit);
            });
        }
        drop(self.listener);
        tracing::info!("shutting down: finishing the requests under way");
        if tokio::time::timeout(Duration::from_secs(30), graceful.shutdown()).await.is_err() {
            tracing::warn!("requests still under way after 30 s were cut off");
        }
        Ok(())
    }
}

/// The database URL for a log line: without user name and password (nor query parameters, which may hold them).
pub fn database_without_credentials(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.has_host() => {
            let _ = u.set_username("");
            let _ = u.set_password(None);
            u.set_query(None);
            u.to_string()
        }
        // sqlite://path and sqlite::memory: carry no credentials
        _ => url.split('?').next().unwrap_or_default().to_string(),
    }
}

/// SIGTERM (service managers) or Ctrl-C.
async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}

/// Aborts a task when dropped: the delivery worker lives exactly as long as `App::run`.
struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_logged_database_has_no_credentials() {
        let shown = super::database_without_credentials("postgres://klanten:geheim@db.intern:5432/klanten?password=x");
        assert_eq!(shown, "postgres://db.intern:5432/klanten");
        assert_eq!(super::database_without_credentials("sqlite://klanten.sqlite3"), "sqlite://klanten.sqlite3");
    }
}
