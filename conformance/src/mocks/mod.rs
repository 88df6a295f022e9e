//! The three servers `run` starts on loopback (README, Conformance testing): a subject server for the kla-002 steps
//! ([`subject`]), a Notificaties API (NRC, [`nrc`]) and an Autorisaties API (AC, [`ac`]). The NRC and AC mocks serve
//! what both this server and the reference need of them, the OAS document the reference's client reads first
//! included, and record every request they receive in one [`MockLog`].
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
use serde_json::Value;
use tokio::net::TcpListener;
use tokio::sync::Notify;
use tokio::task::JoinHandle;

pub mod ac;
pub mod nrc;
pub mod subject;

pub use ac::Applicatie;

/// The path prefix of the NRC and AC mocks: their base URLs are `http://ADDR/api/v1`.
pub const API_PREFIX: &str = "/api/v1";

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
    /// Only `POST /api/v1/notificaties` is a notification; the OAS document, kanaal look-ups and anything else the
    /// server asks of the NRC are not.
    pub fn is_notification(&self) -> bool {
        let path = self.path.split('?').next().unwrap_or_default();
        self.method == "POST" && path == NOTIFICATIES_PATH
    }
}

/// Which mock received a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mock {
    Nrc,
    Ac,
}

/// A request to the NRC or AC mock that is not a notification (the OAS document, the applicaties of a client, a
/// kanaal): kept in the recording to show what the server asked, never compared.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MockRequest {
    pub mock: Mock,
    pub method: String,
    /// Path and query.
    pub path: String,
}

/// What the NRC and AC mocks have received, in arrival order.
#[derive(Clone, Default)]
pub struct MockLog {
    received: Arc<Mutex<Vec<(Mock, Received)>>>,
    arrived: Arc<Notify>,
}

impl MockLog {
    fn push(&self, mock: Mock, r: Received) {
        self.received.lock().unwrap_or_else(|e| e.into_inner()).push((mock, r));
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
        all.iter().skip(from).filter(|(m, r)| *m == Mock::Nrc && r.is_notification()).count()
    }

    /// The requests from `from` on, split into the notifications and the other requests.
    pub fn since(&self, from: usize) -> (Vec<Received>, Vec<MockRequest>) {
        let all = self.received.lock().unwrap_or_else(|e| e.into_inner());
        let mut notifications = Vec::new();
        let mut others = Vec::new();
        for (mock, r) in all.iter().skip(from) {
            if *mock == Mock::Nrc && r.is_notification() {
                notifications.push(r.clone());
            } else {
                others.push(MockRequest { mock: *mock, method: r.method.clone(), path: r.path.clone() });
            }
        }
        (notifications, others)
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

/// Where the mocks listen and what the AC mock knows.
#[derive(Clone, Debug)]
pub struct MockOptions {
    pub subject_bind: String,
    pub nrc_bind: String,
    pub ac_bind: String,
    /// The delay of the subject mock's `/slow`.
    pub slow_subject: Duration,
    /// The applicaties the AC mock answers with (see [`ac::applicaties_for`]).
    pub applicaties: Vec<Applicatie>,
}

impl MockOptions {
    /// Every mock on a free loopback port, the AC mock with these applicaties.
    pub fn new(slow_subject: Duration, applicaties: Vec<Applicatie>) -> MockOptions {
        MockOptions {
            subject_bind: "127.0.0.1:0".into(),
            nrc_bind: "127.0.0.1:0".into(),
            ac_bind: "127.0.0.1:0".into(),
            slow_subject,
            applicaties,
        }
    }
}

/// The running mocks; dropping this stops them.
pub struct Mocks {
    pub subject_addr: SocketAddr,
    pub nrc_addr: SocketAddr,
    pub ac_addr: SocketAddr,
    /// What the NRC and AC mocks received.
    pub log: MockLog,
    tasks: Vec<JoinHandle<()>>,
}

impl Drop for Mocks {
    fn drop(&mut self) {
        for t in &self.tasks {
            t.abort();
        }
    }
}

async fn bind(address: &str, what: &str) -> Result<(TcpListener, SocketAddr), String> {
    let listener =
        TcpListener::bind(address).await.map_err(|e| format!("cannot listen on {address} for the {what}: {e}"))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    Ok((listener, addr))
}

impl Mocks {
    /// Binds the three mocks and starts serving.
    pub async fn start(options: &MockOptions) -> Result<Mocks, String> {
        let (subject, subject_addr) = bind(&options.subject_bind, "subject mock").await?;
        let (nrc_listener, nrc_addr) = bind(&options.nrc_bind, "NRC mock").await?;
        let (ac_listener, ac_addr) = bind(&options.ac_bind, "AC mock").await?;
        let log = MockLog::default();
        let subject_base = format!("http://{subject_addr}");
        let slow = options.slow_subject;
        let subject_task = serve(subject, move |req| {
            let base = subject_base.clone();
            async move { subject::answer(req, &base, slow).await }
        });
        let nrc_base = format!("http://{nrc_addr}{API_PREFIX}");
        let nrc_log = log.clone();
        let nrc_task = serve(nrc_listener, move |req| {
            let (log, base) = (nrc_log.clone(), nrc_base.clone());
            async move {
                let (received, query) = receive(req).await;
                log.push(Mock::Nrc, received.clone());
                nrc::answer(&received, &query, &base)
            }
        });
        let ac_base = format!("http://{ac_addr}{API_PREFIX}");
        let ac_log = log.clone();
        let applicaties = Arc::new(options.applicaties.clone());
        let ac_task = serve(ac_listener, move |req| {
            let (log, base, applicaties) = (ac_log.clone(), ac_base.clone(), applicaties.clone());
            async move {
                let (received, query) = receive(req).await;
                log.push(Mock::Ac, received.clone());
                ac::answer(&received, &query, &base, &applicaties)
            }
        });
        Ok(Mocks { subject_addr, nrc_addr, ac_addr, log, tasks: vec![subject_task, nrc_task, ac_task] })
    }

    /// The subject mock's base URL, `http://ADDR` (`{{subject}}` in scenarios).
    pub fn subject_base(&self) -> String {
        format!("http://{}", self.subject_addr)
    }

    /// The NRC mock's base URL, `http://ADDR/api/v1`: what a server's `--notificaties-api` points at.
    pub fn nrc_base(&self) -> String {
        format!("http://{}{API_PREFIX}", self.nrc_addr)
    }

    /// The AC mock's base URL, `http://ADDR/api/v1`: what a server's `--autorisaties-api` points at.
    pub fn ac_base(&self) -> String {
        format!("http://{}{API_PREFIX}", self.ac_addr)
    }
}

/// The request as recorded, and its query string.
async fn receive(req: Request<Incoming>) -> (Received, String) {
    let method = req.method().as_str().to_string();
    let path = req.uri().path_and_query().map(|p| p.as_str().to_string()).unwrap_or_default();
    let query = req.uri().query().unwrap_or_default().to_string();
    let bytes = req.into_body().collect().await.map(|b| b.to_bytes()).unwrap_or_default();
    let body = if bytes.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&bytes).unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()))
    };
    (Received { method, path, body }, query)
}

/// The path of a received request without its query and without the API prefix (`""` when it is outside it).
fn route(received: &Received) -> &str {
    let path = received.path.split('?').next().unwrap_or_default();
    path.strip_prefix(API_PREFIX).unwrap_or("")
}

/// The values of a query parameter, each split at commas (`clientIds=a,b` and `clientIds=a&clientIds=b`).
fn query_values(query: &str, name: &str) -> Vec<String> {
    url::form_urlencoded::parse(query.as_bytes())
        .filter(|(k, _)| k == name)
        .flat_map(|(_, v)| v.split(',').map(|s| s.trim().to_string()).collect::<Vec<_>>())
        .filter(|v| !v.is_empty())
        .collect()
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

/// The content type of the OAS documents the NRC and AC mocks serve.
const OAS_YAML: &str = "application/vnd.oai.openapi; charset=utf-8";

#[cfg(test)]
pub(crate) mod test_support {
    use serde_json::Value;

    /// GET/POST a URL; status, `Location`, content type and body text.
    pub async fn fetch(method: &str, url: &str, body: Option<&str>) -> (u16, Option<String>, String, String) {
        let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
        let mut req = client.request(method.parse().unwrap(), url);
        if let Some(b) = body {
            req = req.header("Content-Type", "application/json").body(b.to_string());
        }
        let resp = req.send().await.unwrap();
        let header = |n: &str| resp.headers().get(n).map(|v| v.to_str().unwrap().to_string());
        let (location, content_type) = (header("location"), header("content-type").unwrap_or_default());
        (resp.status().as_u16(), location, content_type, resp.text().await.unwrap())
    }

    /// A YAML document as JSON (mappings with string keys), to look into the OAS documents as a client does.
    pub fn yaml(text: &str) -> Value {
        use yaml_rust2::{Yaml, YamlLoader};
        fn conv(y: &Yaml) -> Value {
            match y {
                Yaml::Hash(h) => Value::Object(
                    h.iter()
                        .map(|(k, v)| (k.as_str().map(str::to_string).unwrap_or_else(|| format!("{k:?}")), conv(v)))
                        .collect(),
                ),
                Yaml::Array(a) => Value::Array(a.iter().map(conv).collect()),
                Yaml::String(s) => Value::String(s.clone()),
                Yaml::Integer(i) => Value::from(*i),
                Yaml::Boolean(b) => Value::Bool(*b),
                Yaml::Real(r) => Value::String(r.clone()),
                _ => Value::Null,
            }
        }
        let docs = YamlLoader::load_from_str(text).expect("valid YAML");
        assert_eq!(docs.len(), 1, "one YAML document");
        conv(&docs[0])
    }

    /// What gemma-zds-client does with an OAS document before it sends a request for `operation`: the document is
    /// OAS 3.0, every operation has an `operationId`, every header parameter says whether it is required (and a
    /// required one has its one value), and `operation` is found; its path.
    pub fn operation_path(doc: &Value, operation: &str) -> String {
        assert!(doc["openapi"].as_str().unwrap().starts_with("3.0"), "{doc}");
        let mut found = None;
        for (path, methods) in doc["paths"].as_object().unwrap() {
            let header_params = |params: &Value| {
                for p in params.as_array().into_iter().flatten() {
                    assert!(p.get("in").is_some(), "{path}: a parameter without `in`");
                    if p["in"] == "header" {
                        assert!(p.get("required").is_some(), "{path}: a header parameter without `required`");
                    }
                }
            };
            header_params(&methods["parameters"]);
            for (name, op) in methods.as_object().unwrap() {
                if name == "parameters" {
                    continue;
                }
                let id = op["operationId"].as_str().unwrap_or_else(|| panic!("{path} {name}: no operationId"));
                header_params(&op["parameters"]);
                if id == operation {
                    found = Some(path.clone());
                }
            }
        }
        found.unwrap_or_else(|| panic!("no operation {operation}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_a_post_to_notificaties_is_a_notification() {
        let r = |method: &str, path: &str| Received { method: method.into(), path: path.into(), body: Value::Null };
        assert!(r("POST", "/api/v1/notificaties").is_notification());
        assert!(!r("GET", "/api/v1/notificaties").is_notification());
        assert!(!r("GET", "/api/v1/schema/openapi.yaml?v=3").is_notification());
        assert!(!r("POST", "/api/v1/kanaal").is_notification());
        assert!(!r("POST", "/api/v1/notificaties/x").is_notification());
    }

    #[tokio::test]
    async fn the_log_splits_notifications_from_other_requests_and_tells_the_mocks_apart() {
        let mocks =
            Mocks::start(&MockOptions::new(Duration::ZERO, ac::applicaties_for("alles", Some("lezer")))).await.unwrap();
        let fetch = test_support::fetch;
        fetch("GET", &format!("{}/schema/openapi.yaml?v=3", mocks.nrc_base()), None).await;
        fetch("POST", &format!("{}/notificaties", mocks.nrc_base()), Some(r#"{"kanaal":"klanten"}"#)).await;
        fetch("GET", &format!("{}/applicaties?clientIds=alles", mocks.ac_base()), None).await;
        // a POST to notificaties of the AC is no notification
        fetch("POST", &format!("{}/notificaties", mocks.ac_base()), Some("{}")).await;
        assert_eq!(mocks.log.len(), 4);
        assert_eq!(mocks.log.notifications_since(0), 1);
        assert_eq!(mocks.log.notifications_since(2), 0);
        let (notifications, others) = mocks.log.since(0);
        assert_eq!(notifications.len(), 1);
        assert_eq!(notifications[0].body, json!({"kanaal": "klanten"}));
        let others: Vec<(Mock, &str, &str)> =
            others.iter().map(|o| (o.mock, o.method.as_str(), o.path.as_str())).collect();
        assert_eq!(
            others,
            [
                (Mock::Nrc, "GET", "/api/v1/schema/openapi.yaml?v=3"),
                (Mock::Ac, "GET", "/api/v1/applicaties?clientIds=alles"),
                (Mock::Ac, "POST", "/api/v1/notificaties"),
            ]
        );
        assert!(!mocks.log.wait_for_arrival(4, Duration::from_millis(50)).await);
    }

    #[test]
    fn query_values_split_at_commas() {
        assert_eq!(query_values("clientIds=a,b&x=1&clientIds=c", "clientIds"), ["a", "b", "c"]);
        assert_eq!(query_values("clientIds=a%20b", "clientIds"), ["a b"]);
        assert!(query_values("", "clientIds").is_empty());
    }
}
