//! The two servers `run` starts on loopback (README, Conformance testing): a subject server for the kla-002 steps
//! and a Notificaties API (NRC) that records what it receives.
//!
//! Subject server paths: `/ok` 200, `/not-found` 404, `/error` 500, `/redirect-ok` 302 to `/ok`,
//! `/redirect-not-found` 302 to `/not-found`, `/slow` 200 after the configured delay; any other path 404.
//!
//! NRC paths (under `/api/v1`): `POST /notificaties` 201 echoing the body, `GET /kanaal?naam=klanten` the kanaal
//! `klanten`, `POST /kanaal` 201; anything else 404. Every request is recorded.
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use tokio::net::TcpListener;
use tokio::sync::Notify;
use tokio::task::JoinHandle;

/// The path prefix of the NRC mock: its base URL is `http://ADDR/api/v1`.
pub const NRC_PREFIX: &str = "/api/v1";

/// The path notifications are posted to.
pub const NOTIFICATIES_PATH: &str = "/api/v1/notificaties";

/// A request the NRC mock received.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Received {
    pub method: String,
    /// Path and query.
    pub path: String,
    /// The body as JSON (`null` when empty; a string when it is not JSON).
    pub body: Value,
}

impl Received {
    pub fn is_notification(&self) -> bool {
        self.method == "POST" && self.path == NOTIFICATIES_PATH
    }
}

/// What the NRC mock has received, in arrival order.
#[derive(Clone, Default)]
pub struct NrcLog {
    received: Arc<Mutex<Vec<Received>>>,
    arrived: Arc<Notify>,
}

impl NrcLog {
    fn push(&self, r: Received) {
        self.received.lock().unwrap_or_else(|e| e.into_inner()).push(r);
        self.arrived.notify_waiters();
    }

    /// How many requests have arrived so far.
    pub fn len(&self) -> usize {
        self.received.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many of the requests from `from` on are notifications.
    pub fn notifications_since(&self, from: usize) -> usize {
        let all = self.received.lock().unwrap_or_else(|e| e.into_inner());
        all.iter().skip(from).filter(|r| r.is_notification()).count()
    }

    /// The requests from `from` on.
    pub fn since(&self, from: usize) -> Vec<Received> {
        let all = self.received.lock().unwrap_or_else(|e| e.into_inner());
        all.iter().skip(from).cloned().collect()
    }

    /// Waits at most `within` for the next request to arrive; `false` when none did.
    pub async fn wait_for_arrival(&self, seen: usize, within: Duration) -> bool {
        let notified = self.arrived.notified();
        tokio::pin!(notified);
        notified.as_mut().enable();
        if self.len() > seen {
            return true;
        }
        tokio::time::timeout(within, notified).await.is_ok()
    }
}

/// The running mocks; dropping this stops them.
pub struct Mocks {
    pub subject_addr: SocketAddr,
    pub nrc_addr: SocketAddr,
    pub nrc: NrcLog,
    tasks: Vec<JoinHandle<()>>,
}

impl Drop for Mocks {
    fn drop(&mut self) {
        for t in &self.tasks {
            t.abort();
        }
    }
}

impl Mocks {
    /// Binds both mocks (`127.0.0.1:0` for a free port) and starts serving; `slow` is the delay of `/slow`.
    pub async fn start(subject_bind: &str, nrc_bind: &str, slow: Duration) -> Result<Mocks, String> {
        let subject = TcpListener::bind(subject_bind)
            .await
            .map_err(|e| format!("cannot listen on {subject_bind} for the subject mock: {e}"))?;
        let nrc_listener = TcpListener::bind(nrc_bind)
            .await
            .map_err(|e| format!("cannot listen on {nrc_bind} for the NRC mock: {e}"))?;
        let subject_addr = subject.local_addr().map_err(|e| e.to_string())?;
        let nrc_addr = nrc_listener.local_addr().map_err(|e| e.to_string())?;
        let nrc = NrcLog::default();
        let subject_base = format!("http://{subject_addr}");
        let nrc_base = format!("http://{nrc_addr}{NRC_PREFIX}");
        let subject_task = serve(subject, move |req| {
            let base = subject_base.clone();
            async move { subject_answer(req, &base, slow).await }
        });
        let log = nrc.clone();
        let nrc_task = serve(nrc_listener, move |req| {
            let (log, base) = (log.clone(), nrc_base.clone());
            async move { nrc_answer(req, &log, &base).await }
        });
        Ok(Mocks { subject_addr, nrc_addr, nrc, tasks: vec![subject_task, nrc_task] })
    }

    /// The subject mock's base URL, `http://ADDR` (`{{subject}}` in scenarios).
    pub fn subject_base(&self) -> String {
        format!("http://{}", self.subject_addr)
    }

    /// The NRC mock's base URL, `http://ADDR/api/v1`: what a server's `--notificaties-api` points at.
    pub fn nrc_base(&self) -> String {
        format!("http://{}{NRC_PREFIX}", self.nrc_addr)
    }
}

fn serve<F, Fut>(listener: TcpListener, answer: F) -> JoinHandle<()>
where
    F: Fn(Request<Incoming>) -> Fut + Clone + Send + Sync + 'static,
    Fut: std::future::Future<Output = Response<Full<Bytes>>> + Send + 'static,
{
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                tokio::time::sleep(Duration::from_millis(10)).await;
                continue;
            };
            let answer = answer.clone();
            tokio::spawn(async move {
                let service = hyper::service::service_fn(move |req| {
                    let answer = answer.clone();
                    async move { Ok::<_, Infallible>(answer(req).await) }
                });
                let _ =
                    hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
            });
        }
    })
}

fn response(status: StatusCode, content_type: &str, body: impl Into<Bytes>) -> Response<Full<Bytes>> {
    let mut r = Response::new(Full::new(body.into()));
    *r.status_mut() = status;
    r.headers_mut().insert(hyper::header::CONTENT_TYPE, content_type.parse().expect("a valid content type"));
    r
}

fn redirect(to: String) -> Response<Full<Bytes>> {
    let mut r = response(StatusCode::FOUND, "text/plain", Bytes::new());
    if let Ok(v) = to.parse() {
        r.headers_mut().insert(hyper::header::LOCATION, v);
    }
    r
}

async fn subject_answer(req: Request<Incoming>, base: &str, slow: Duration) -> Response<Full<Bytes>> {
    let html = "text/html; charset=utf-8";
    match req.uri().path() {
        "/ok" => response(StatusCode::OK, html, "<html>subject</html>"),
        "/not-found" => response(StatusCode::NOT_FOUND, html, "<html>not found</html>"),
        "/error" => response(StatusCode::INTERNAL_SERVER_ERROR, html, "<html>error</html>"),
        "/redirect-ok" => redirect(format!("{base}/ok")),
        "/redirect-not-found" => redirect(format!("{base}/not-found")),
        "/slow" => {
            tokio::time::sleep(slow).await;
            response(StatusCode::OK, html, "<html>slow subject</html>")
        }
        _ => response(StatusCode::NOT_FOUND, html, "<html>no such subject</html>"),
    }
}

async fn nrc_answer(req: Request<Incoming>, log: &NrcLog, base: &str) -> Response<Full<Bytes>> {
    let method = req.method().as_str().to_string();
    let path = req.uri().path_and_query().map(|p| p.as_str().to_string()).unwrap_or_default();
    let bytes = req.into_body().collect().await.map(|b| b.to_bytes()).unwrap_or_default();
    let body = if bytes.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&bytes).unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()))
    };
    let received = Received { method: method.clone(), path: path.clone(), body: body.clone() };
    log.push(received);
    let json = "application/json";
    let kanaal = json!({
        "url": format!("{base}/kanaal/00000000-0000-4000-8000-000000000001"),
        "naam": "klanten",
        "documentatieLink": "",
        "filters": [],
    });
    let (route, query) = path.split_once('?').unwrap_or((path.as_str(), ""));
    match (method.as_str(), route.strip_prefix(NRC_PREFIX).unwrap_or("")) {
        ("POST", "/notificaties") => response(StatusCode::CREATED, json, body.to_string()),
        ("GET", "/kanaal") => {
            let list = if query.split('&').any(|p| p == "naam=klanten") || query.is_empty() {
                json!([kanaal])
            } else {
                json!([])
            };
            response(StatusCode::OK, json, list.to_string())
        }
        ("POST", "/kanaal") => {
            let mut created = kanaal;
            if let (Some(c), Some(b)) = (created.as_object_mut(), body.as_object()) {
                for (k, v) in b {
                    c.insert(k.clone(), v.clone());
                }
            }
            response(StatusCode::CREATED, json, created.to_string())
        }
        _ => response(StatusCode::NOT_FOUND, json, "{}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn fetch(method: &str, url: &str, body: Option<&str>) -> (u16, Option<String>, String) {
        let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
        let mut req = client.request(method.parse().unwrap(), url);
        if let Some(b) = body {
            req = req.header("Content-Type", "application/json").body(b.to_string());
        }
        let resp = req.send().await.unwrap();
        let location = resp.headers().get("location").map(|v| v.to_str().unwrap().to_string());
        (resp.status().as_u16(), location, resp.text().await.unwrap())
    }

    #[tokio::test]
    async fn the_subject_mock_answers_each_path() {
        let mocks = Mocks::start("127.0.0.1:0", "127.0.0.1:0", Duration::from_millis(300)).await.unwrap();
        let base = mocks.subject_base();
        assert_eq!(fetch("GET", &format!("{base}/ok"), None).await.0, 200);
        assert_eq!(fetch("GET", &format!("{base}/not-found"), None).await.0, 404);
        assert_eq!(fetch("GET", &format!("{base}/error"), None).await.0, 500);
        let (s, l, _) = fetch("GET", &format!("{base}/redirect-ok"), None).await;
        assert_eq!((s, l), (302, Some(format!("{base}/ok"))));
        let (s, l, _) = fetch("GET", &format!("{base}/redirect-not-found"), None).await;
        assert_eq!((s, l), (302, Some(format!("{base}/not-found"))));
        let started = std::time::Instant::now();
        assert_eq!(fetch("GET", &format!("{base}/slow"), None).await.0, 200);
        assert!(started.elapsed() >= Duration::from_millis(300));
    }

    #[tokio::test]
    async fn the_nrc_mock_records_and_answers() {
        let mocks = Mocks::start("127.0.0.1:0", "127.0.0.1:0", Duration::ZERO).await.unwrap();
        let base = mocks.nrc_base();
        let (s, _, text) = fetch("POST", &format!("{base}/notificaties"), Some(r#"{"kanaal":"klanten","b":1}"#)).await;
        assert_eq!(s, 201);
        assert_eq!(text, r#"{"kanaal":"klanten","b":1}"#);
        let (s, _, text) = fetch("GET", &format!("{base}/kanaal?naam=klanten"), None).await;
        assert_eq!(s, 200);
        let list: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(list[0]["naam"], "klanten");
        let keys: Vec<&String> = list[0].as_object().unwrap().keys().collect();
        assert_eq!(keys, ["url", "naam", "documentatieLink", "filters"]);
        assert_eq!(fetch("POST", &format!("{base}/kanaal"), Some(r#"{"naam":"klanten"}"#)).await.0, 201);
        assert_eq!(mocks.nrc.len(), 3);
        assert_eq!(mocks.nrc.notifications_since(0), 1);
        let got = mocks.nrc.since(0);
        assert!(got[0].is_notification());
        assert_eq!(got[0].body, json!({"kanaal": "klanten", "b": 1}));
        assert_eq!(got[1].path, "/api/v1/kanaal?naam=klanten");
        assert!(!mocks.nrc.wait_for_arrival(3, Duration::from_millis(50)).await);
    }
}
