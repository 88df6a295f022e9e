//! The conformance tool (README, Conformance testing) against a stand-in with the habits of the reference that once
//! made it record nothing but failures: this server behind a front that, as the reference under uWSGI,
//! - closes every connection after its answer without saying `Connection: close` (a request that still comes on
//!   it is reset, and counted),
//! - publishes each write's notification itself, inside the request, as the reference's notification client does:
//!   the NRC's OAS document first (`{NRC}/schema/openapi.yaml?v=3`, kept once it could be read), then
//!   `notificaties_create` at the path found in it,
//! - answers 500 when it cannot publish (no OAS document, an NRC error or an unexpected 2xx);
//!
//! and takes the rights and labels of the tester's two clients from the tool's Autorisaties API mock, as README's
//! recipe has both servers do.
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use klanten_conformance::mocks::ac::applicaties_for;
use klanten_conformance::mocks::Mock;
use klanten_conformance::{
    Credentials, ExpectedDifferences, MockOptions, Mocks, Problem, Recording, RunOptions, RunSummary, Scenario,
};
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::helpers::*;

/// The clients of README's recipe: no rights of their own, their rights come from the AC.
const AC_CLIENTS: &str = r#"
[[client]]
id = "alles"
secret = "geheim-alles"

[[client]]
id = "lezer"
secret = "geheim-lezer"
"#;

async fn mocks() -> Mocks {
    let applicaties = applicaties_for("alles", Some("lezer"));
    Mocks::start(&MockOptions::new(Duration::from_millis(300), applicaties)).await.expect("mocks")
}

/// An instance of this server whose clients take their rights from the AC mock; notifications to `nrc` (none when
/// the stand-in publishes them).
async fn instance(mocks: &Mocks, nrc: Option<String>) -> (TestApp, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let clients = dir.path().join("clients.toml");
    std::fs::write(&clients, AC_CLIENTS).unwrap();
    let ac = mocks.ac_base();
    let app = spawn_app_with(&Backend::Sqlite, move |c| {
        c.clients_file = Some(clients);
        c.autorisaties_api = Some(ac);
        c.autorisaties_client_id = Some("klanten".into());
        c.autorisaties_secret = Some("ac-geheim".into());
        if let Some(nrc) = nrc {
            c.notificaties_api = Some(nrc);
            c.notificaties_client_id = Some("klanten".into());
            c.notificaties_secret = Some("nrc-geheim".into());
        }
    })
    .await;
    (app, dir)
}

async fn record(address: &str, mocks: &Mocks, scenario: Scenario, out: std::path::PathBuf) -> (RunSummary, Recording) {
    let full = Credentials { client_id: "alles".into(), secret: "geheim-alles".into() };
    let mut options = RunOptions::new(&format!("{address}/api/v1"), full, scenario, out.clone());
    options.limited = Some(Credentials { client_id: "lezer".into(), secret: "geheim-lezer".into() });
    options.scenario_name = "default".into();
    let summary = klanten_conformance::record(&options, mocks).await.expect("recording");
    (summary, Recording::load(&out).expect("the recording reads back"))
}

/// The stand-in: a front on a raw socket, this server behind it.
struct StandIn {
    address: String,
    /// Connections accepted, requests answered, requests that came on a connection already answered.
    connections: Arc<AtomicUsize>,
    requests: Arc<AtomicUsize>,
    reused: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for StandIn {
    fn drop(&mut self) {
        self.task.abort();
    }
}

struct Front {
    upstream: String,
    /// The NRC's base URL, as the reference is configured with it.
    nrc: String,
    http: reqwest::Client,
    /// The path of `notificaties_create`, once the OAS document could be read.
    notificaties_path: Mutex<Option<String>>,
}

fn stand_in(upstream: String, nrc: String) -> StandIn {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    let listener = tokio::net::TcpListener::from_std(listener).unwrap();
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let front = Arc::new(Front { upstream, nrc, http, notificaties_path: Mutex::new(None) });
    let (connections, requests, reused): (Arc<AtomicUsize>, Arc<AtomicUsize>, Arc<AtomicUsize>) = Default::default();
    let counters = (Arc::clone(&connections), Arc::clone(&requests), Arc::clone(&reused));
    let task = tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            counters.0.fetch_add(1, Ordering::SeqCst);
            let (front, requests, reused) = (front.clone(), counters.1.clone(), counters.2.clone());
            tokio::spawn(async move { one_connection(stream, &front, &requests, &reused).await });
        }
    });
    StandIn { address, connections, requests, reused, task }
}

/// One request and its answer, then no more: as uWSGI's HTTP router, without a `Connection: close`. The
/// connection stays open a moment, so that a client that sends another request on it is caught doing so.
async fn one_connection(mut stream: TcpStream, front: &Front, requests: &AtomicUsize, reused: &AtomicUsize) {
    let Some(request) = read_request(&mut stream).await else { return };
    let answer = front.answer(request).await;
    requests.fetch_add(1, Ordering::SeqCst);
    if stream.write_all(&answer).await.is_err() {
        return;
    }
    let mut byte = [0u8; 1];
    if let Ok(Ok(n)) = tokio::time::timeout(Duration::from_millis(150), stream.read(&mut byte)).await {
        if n > 0 {
            reused.fetch_add(1, Ordering::SeqCst);
        }
    }
    // dropped unread: a request that came is reset
}

struct RawRequest {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

async fn read_request(stream: &mut TcpStream) -> Option<RawRequest> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8(buf[..head_end].to_vec()).ok()?;
    let mut lines = head.split("\r\n");
    let mut first = lines.next()?.split(' ');
    let (method, target) = (first.next()?.to_string(), first.next()?.to_string());
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim_start().to_string()))
        .collect();
    let length: usize =
        headers.iter().find(|(k, _)| k == "content-length").and_then(|(_, v)| v.trim().parse().ok()).unwrap_or(0);
    let mut body = buf[head_end + 4..].to_vec();
    while body.len() < length {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    body.truncate(length);
    Some(RawRequest { method, target, headers, body })
}

const HOP_BY_HOP: [&str; 4] = ["connection", "keep-alive", "transfer-encoding", "content-length"];

impl Front {
    async fn answer(&self, req: RawRequest) -> Vec<u8> {
        let method = reqwest::Method::from_bytes(req.method.as_bytes()).unwrap();
        let url = format!("{}{}", self.upstream, req.target);
        let forward = |method: reqwest::Method| {
            // the Host header too: the server writes its urls with the stand-in's address
            let mut r = self.http.request(method, &url);
            for (k, v) in req.headers.iter().filter(|(k, _)| !HOP_BY_HOP.contains(&k.as_str())) {
                r = r.header(k, v);
            }
            r
        };
        // a destroy's notification describes the klant before it goes
        let before = if method == reqwest::Method::DELETE {
            match forward(reqwest::Method::GET).send().await {
                Ok(r) if r.status() == 200 => serde_json::from_slice(&r.bytes().await.unwrap_or_default()).ok(),
                _ => None,
            }
        } else {
            None
        };
        let Ok(resp) = forward(method.clone()).body(req.body.clone()).send().await else {
            return raw(502, &[], b"", false);
        };
        let status = resp.status().as_u16();
        let headers: Vec<(String, String)> = resp
            .headers()
            .iter()
            .map(|(k, v)| (k.as_str().to_string(), v.to_str().unwrap_or_default().to_string()))
            .collect();
        let body = resp.bytes().await.unwrap_or_default();
        let actie = match method.as_str() {
            "POST" => Some("create"),
            "PUT" => Some("update"),
            "PATCH" => Some("partial_update"),
            "DELETE" => Some("destroy"),
            _ => None,
        };
        if let (Some(actie), true) = (actie, (200..300).contains(&status)) {
            let data = before.or_else(|| serde_json::from_slice::<Value>(&body).ok()).unwrap_or(Value::Null);
            let message = json!({
                "kanaal": "klanten",
                "hoofdObject": data["url"],
                "resource": "klant",
                "resourceUrl": data["url"],
                "actie": actie,
                "aanmaakdatum": chrono::Utc::now().format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string(),
                "kenmerken": {"subjectType": data["subjectType"]},
            });
            if let Err(why) = self.publish(&message).await {
                // the reference's answer when its notification client fails: a 500, the write rolled back (not
                // rolled back here: what counts is what the client sees)
                let problem = json!({"type": "http://stand-in/ref/fouten/APIException/", "code": "error",
                    "title": "Er is een serverfout opgetreden.", "status": 500, "detail": why});
                let headers = [("content-type".to_string(), "application/json".to_string())];
                return raw(500, &headers, problem.to_string().as_bytes(), false);
            }
        }
        raw(status, &headers, &body, method == reqwest::Method::HEAD)
    }

    async fn publish(&self, message: &Value) -> Result<(), String> {
        let cached = self.notificaties_path.lock().unwrap().clone();
        let path = match cached {
            Some(p) => p,
            None => {
                let url = format!("{}/schema/openapi.yaml?v=3", self.nrc);
                let resp = self.http.get(&url).send().await.map_err(|e| format!("{url}: {e}"))?;
                if !resp.status().is_success() {
                    return Err(format!("{url}: {}", resp.status()));
                }
                let path = operation_path(&resp.text().await.map_err(|e| e.to_string())?, "notificaties_create")?;
                *self.notificaties_path.lock().unwrap() = Some(path.clone());
                path
            }
        };
        let resp = self
            .http
            .post(format!("{}{path}", self.nrc))
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .body(message.to_string())
            .send()
            .await
            .map_err(|e| e.to_string())?;
        match resp.status().as_u16() {
            201 => Ok(()),
            // the reference's client drops a notification the NRC refuses
            400..=499 => Ok(()),
            other => Err(format!("the NRC answered {other}")),
        }
    }
}

/// The path of an operation in an OAS 3.0 document, as the reference's client finds it.
fn operation_path(text: &str, operation: &str) -> Result<String, String> {
    use yaml_rust2::{Yaml, YamlLoader};
    let docs = YamlLoader::load_from_str(text).map_err(|e| e.to_string())?;
    let doc = docs.first().ok_or("an empty document")?;
    if !doc["openapi"].as_str().is_some_and(|v| v.starts_with("3.0")) {
        return Err("not an OAS 3.0 document".into());
    }
    let paths = doc["paths"].as_hash().ok_or("no paths")?;
    for (path, methods) in paths {
        for (name, op) in methods.as_hash().into_iter().flatten() {
            if name.as_str() != Some("parameters") && op["operationId"] == Yaml::String(operation.into()) {
                return path.as_str().map(str::to_string).ok_or_else(|| "a path that is no string".into());
            }
        }
    }
    Err(format!("operation {operation} not found"))
}

fn raw(status: u16, headers: &[(String, String)], body: &[u8], head: bool) -> Vec<u8> {
    let reason = hyper::StatusCode::from_u16(status).ok().and_then(|s| s.canonical_reason()).unwrap_or("Unknown");
    let mut out = format!("HTTP/1.1 {status} {reason}\r\n");
    for (k, v) in headers.iter().filter(|(k, _)| !HOP_BY_HOP.contains(&k.as_str())) {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    if head {
        if let Some((_, v)) = headers.iter().find(|(k, _)| k == "content-length") {
            out.push_str(&format!("content-length: {v}\r\n"));
        }
    } else if status != 204 && status != 304 {
        out.push_str(&format!("content-length: {}\r\n", body.len()));
    }
    out.push_str("\r\n");
    let mut bytes = out.into_bytes();
    if !head {
        bytes.extend_from_slice(body);
    }
    bytes
}

fn default_scenario() -> Scenario {
    Scenario::load(&klanten_conformance::default_scenario_path()).expect("default scenario")
}

/// README's recipe with the stand-in as "the reference": the tool records every step (no connection reused, every
/// expected notification there, the OAS documents and applicaties asked for kept apart from the notifications),
/// and the recording compares equal to one of this server itself.
#[tokio::test]
async fn the_tool_records_a_server_with_the_references_habits() {
    let dir = tempfile::tempdir().unwrap();
    let mocks_a = mocks().await;
    let (app_a, _clients_a) = instance(&mocks_a, None).await;
    let front = stand_in(app_a.address.clone(), mocks_a.nrc_base());
    let (summary, a) = record(&front.address, &mocks_a, default_scenario(), dir.path().join("a.jsonl")).await;
    assert_eq!(summary.problems, Vec::<Problem>::new());
    assert_eq!((summary.errors, summary.skipped, summary.server_errors), (0, 0, 0));
    assert_eq!(summary.expected_notifications, 117);
    assert_eq!((summary.expected_notifications_received, summary.notifications), (117, 117));
    let (text, fit) = klanten_conformance::problems::report(&summary, &ExpectedDifferences::default());
    assert!(fit, "{text}");
    assert_eq!(text.lines().last(), Some("no problems"));
    // one connection per request (the first is the tool's check that the server is there), none reused
    assert_eq!(front.reused.load(Ordering::SeqCst), 0);
    assert_eq!(front.requests.load(Ordering::SeqCst), summary.exchanges + 1);
    assert_eq!(front.connections.load(Ordering::SeqCst), summary.exchanges + 1);

    let step = |id: &str| a.exchanges.iter().find(|e| e.step == id).unwrap_or_else(|| panic!("no step {id}"));
    // the OAS document was read before the first notification, and is no notification itself
    let first = step("create-np");
    assert_eq!(first.notifications.len(), 1);
    assert_eq!(first.notifications[0].body["actie"], "create");
    let asked: Vec<(Mock, &str, &str)> =
        first.mock_requests.iter().map(|r| (r.mock, r.method.as_str(), r.path.as_str())).collect();
    assert_eq!(
        asked,
        [
            (Mock::Ac, "GET", "/api/v1/applicaties?clientIds=alles"),
            (Mock::Nrc, "GET", "/api/v1/schema/openapi.yaml?v=3")
        ]
    );
    assert_eq!(step("delete-vestiging").notifications[0].body["actie"], "destroy");
    assert_eq!(step("delete-vestiging").notifications[0].body["kenmerken"], json!({"subjectType": "vestiging"}));
    // the rights and label of each client come from the AC mock
    let trail = step("audit-list-np").response.as_ref().unwrap().body.clone().unwrap();
    assert_eq!(trail[0]["applicatieWeergave"], "Conformance: alle autorisaties");
    assert_eq!(trail[0]["applicatieId"], "c0f0a000-0000-4000-8000-000000000001");
    assert_eq!(step("auth-limited-list").response.as_ref().unwrap().status, 200);
    assert_eq!(step("auth-limited-create").response.as_ref().unwrap().status, 403);

    // this server as README's recipe starts it: the same rights from its own AC mock, notifications to its NRC mock
    let mocks_b = mocks().await;
    let (app_b, _clients_b) = instance(&mocks_b, Some(mocks_b.nrc_base())).await;
    let (summary_b, b) = record(&app_b.address, &mocks_b, default_scenario(), dir.path().join("b.jsonl")).await;
    assert_eq!(summary_b.problems, Vec::<Problem>::new());
    let expected = ExpectedDifferences::load(&klanten_conformance::default_expected_path()).unwrap();
    let report = klanten_conformance::diff(&a, &b, &expected);
    let unexpected: Vec<String> = report
        .exchanges
        .iter()
        .flat_map(|e| e.differences.iter().map(move |d| format!("{} {} {} {}", e.step, d.part, d.a, d.b)))
        .collect();
    assert_eq!(unexpected, Vec::<String>::new());
    assert_eq!(report.counts_line(), format!("{} same, 0 different, 0 expected", a.exchanges.len()));
}

/// What the tool once recorded without a word: a server that cannot publish its notifications answers 500 to every
/// write; `run` now names each problem and calls the recording unfit.
#[tokio::test]
async fn a_server_that_cannot_notify_is_reported_plainly() {
    let dir = tempfile::tempdir().unwrap();
    let mocks = mocks().await;
    let (app, _clients) = instance(&mocks, None).await;
    // an NRC without the OAS document (what the tool's NRC mock once was)
    let front = stand_in(app.address.clone(), format!("{}/zonder-oas", mocks.nrc_base()));
    let scenario = Scenario::parse(
        r#"{"steps": [
            {"id": "create", "method": "POST", "path": "/klanten", "notifications": 1, "capture": {"k.url": "body/url"},
             "body": {"bronorganisatie": "950428139", "klantnummer": "1", "websiteUrl": "http://x.example.com",
                      "subjectType": "natuurlijk_persoon", "subjectIdentificatie": {"inpBsn": "111222333"}}},
            {"id": "read", "method": "GET", "path": "{{k.url}}"},
            {"id": "list", "method": "GET", "path": "/klanten"}
        ]}"#,
    )
    .unwrap();
    let (summary, recording) = record(&front.address, &mocks, scenario, dir.path().join("r.jsonl")).await;
    assert_eq!(
        summary.problems,
        [
            Problem::ServerError { step: "create".into(), status: 500 },
            Problem::MissingNotifications { step: "create".into(), expected: 1, received: 0 },
            Problem::Skipped { step: "read".into(), why: "variable \"k.url\" was not captured".into() },
        ]
    );
    assert_eq!((summary.server_errors, summary.skipped, summary.errors), (1, 1, 0));
    assert_eq!((summary.expected_notifications, summary.expected_notifications_received), (1, 0));
    let (text, fit) = klanten_conformance::problems::report(&summary, &ExpectedDifferences::default());
    assert!(!fit);
    assert!(
        text.starts_with("3 exchanges: 0 without an answer, 1 not sent, 1 answered 5xx; 0 of 1 expected"),
        "{text}"
    );
    assert!(text.contains("PROBLEM: create: answered 500\n"), "{text}");
    assert!(text.contains("PROBLEM: read: not sent (variable \"k.url\" was not captured)\n"), "{text}");
    assert!(text.lines().last().unwrap().starts_with("3 PROBLEMS"), "{text}");
    // the failed look-up of the OAS document is shown with the exchange, not as a notification
    let create = &recording.exchanges[0];
    assert!(create.notifications.is_empty());
    assert!(
        create.mock_requests.iter().any(|r| r.path == "/api/v1/zonder-oas/schema/openapi.yaml?v=3"),
        "{:?}",
        create.mock_requests
    );
}
