//! The conformance tool (README, Conformance testing) against this server: the default scenario recorded from two
//! fresh instances compares equal, and a proxy that changes one body field, one status and one header in front of
//! the second instance makes exactly those three differences.
use std::convert::Infallible;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use klanten_conformance::diff::Verdict;
use klanten_conformance::{
    Credentials, ExpectedDifferences, MockOptions, Mocks, Recording, Report, RunOptions, Scenario,
};

use crate::helpers::*;

/// Starts an instance with its own mocks (its notifications go to the tool's NRC mock) and records the default
/// scenario against `base` (the instance itself, or something in front of it) into `dir/name.jsonl`.
async fn record_default(dir: &std::path::Path, name: &str, via: Option<fn(String) -> Proxy>) -> (Recording, TestApp) {
    let applicaties = klanten_conformance::mocks::ac::applicaties_for("alles", Some("lezer"));
    let mocks = Mocks::start(&MockOptions::new(Duration::from_millis(300), applicaties)).await.expect("mocks");
    let nrc = mocks.nrc_base();
    let app = spawn_app_with(&Backend::Sqlite, |c| {
        c.notificaties_api = Some(nrc);
        c.notificaties_client_id = Some("klanten".into());
        c.notificaties_secret = Some("nrc-geheim".into());
    })
    .await;
    let proxy = via.map(|start| start(app.address.clone()));
    let address = proxy.as_ref().map(|p| p.address.clone()).unwrap_or_else(|| app.address.clone());
    let scenario = Scenario::load(&klanten_conformance::default_scenario_path()).expect("default scenario");
    let out = dir.join(format!("{name}.jsonl"));
    let full = Credentials { client_id: "alles".into(), secret: "geheim-alles".into() };
    let mut options = RunOptions::new(&format!("{address}/api/v1"), full, scenario, out.clone());
    options.limited = Some(Credentials { client_id: "lezer".into(), secret: "geheim-lezer".into() });
    options.scenario_name = "default".into();
    let summary = klanten_conformance::record(&options, &mocks).await.expect("recording");
    assert_eq!(summary.skipped, 0, "{summary:?}");
    assert_eq!(summary.errors, 0, "{summary:?}");
    drop(proxy);
    (Recording::load(&out).expect("the recording reads back"), app)
}

fn unexpected(report: &Report) -> Vec<(String, String, String, String)> {
    report
        .exchanges
        .iter()
        .flat_map(|e| {
            e.differences
                .iter()
                .filter(|d| d.deviation.is_none())
                .map(move |d| (e.step.clone(), d.part.clone(), d.a.clone(), d.b.clone()))
        })
        .collect()
}

#[tokio::test]
async fn the_default_scenario_against_two_instances_differs_in_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (a, _app_a) = record_default(dir.path(), "a", None).await;
    let (b, _app_b) = record_default(dir.path(), "b", None).await;
    assert_ne!(a.meta.base_url, b.meta.base_url);
    // the recording holds what the scenario caused: one notification per successful write, the right statuses
    let step = |id: &str| a.exchanges.iter().find(|e| e.step == id).unwrap_or_else(|| panic!("no step {id}"));
    let status = |id: &str| step(id).response.as_ref().map(|r| r.status);
    assert_eq!(status("create-np"), Some(201));
    assert_eq!(step("create-np").notifications.len(), 1);
    assert_eq!(step("create-np").notifications[0].body["actie"], "create");
    assert_eq!(step("delete-vestiging").notifications[0].body["actie"], "destroy");
    assert_eq!(status("read-np-if-none-match"), Some(304));
    assert_eq!(status("kla002-not-found"), Some(400));
    assert_eq!(status("kla002-slow"), Some(201));
    assert_eq!(status("list-page-2"), Some(200));
    assert_eq!(status("list-page-invalid"), Some(404));
    assert_eq!(status("auth-limited-create"), Some(403));
    assert_eq!(a.exchanges.iter().filter(|e| e.step.starts_with("create-many#")).count(), 101);

    let expected = ExpectedDifferences::load(&klanten_conformance::default_expected_path()).expect("expected file");
    let report = klanten_conformance::diff(&a, &b, &expected);
    assert_eq!(unexpected(&report), Vec::<(String, String, String, String)>::new());
    assert_eq!((report.different, report.expected), (0, 0), "{}", report.counts_line());
    assert_eq!(report.same, a.exchanges.len());
    let text = klanten_conformance::report::text(&report);
    assert_eq!(text.lines().last(), Some(format!("{} same, 0 different, 0 expected", a.exchanges.len()).as_str()));
}

/// A proxy in front of one instance that changes three answers: a body field of the list filtered on klantnummer
/// 9002, the status of the list that matches nothing, and the `API-version` of the list filtered on vestiging.
struct Proxy {
    address: String,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

fn changing_proxy(upstream: String) -> Proxy {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    let listener = tokio::net::TcpListener::from_std(listener).unwrap();
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let task = tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let (client, upstream) = (client.clone(), upstream.clone());
            tokio::spawn(async move {
                let service = hyper::service::service_fn(move |req| {
                    let (client, upstream) = (client.clone(), upstream.clone());
                    async move { Ok::<_, Infallible>(forward(&client, &upstream, req).await) }
                });
                let _ =
                    hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
            });
        }
    });
    Proxy { address, task }
}

const HOP_BY_HOP: [&str; 3] = ["content-length", "connection", "transfer-encoding"];

async fn forward(client: &reqwest::Client, upstream: &str, req: Request<Incoming>) -> Response<Full<Bytes>> {
    let (parts, body) = req.into_parts();
    let bytes = body.collect().await.map(|b| b.to_bytes()).unwrap_or_default();
    let target = parts.uri.path_and_query().map(|p| p.as_str().to_string()).unwrap_or_else(|| "/".into());
    let mut r = client.request(parts.method.clone(), format!("{upstream}{target}"));
    // the Host header too: the server writes its urls with the proxy's address, which the recording names
    for (k, v) in &parts.headers {
        if !HOP_BY_HOP.contains(&k.as_str()) {
            r = r.header(k, v);
        }
    }
    let resp = r.body(bytes).send().await.expect("the instance answers");
    let mut status = resp.status();
    let mut headers = resp.headers().clone();
    let mut body = resp.bytes().await.unwrap_or_default();
    match (parts.method.as_str(), target.as_str()) {
        ("GET", "/api/v1/klanten?klantnummer=9002") => {
            let mut v: serde_json::Value = serde_json::from_slice(&body).unwrap();
            v["results"][0]["bedrijfsnaam"] = "Stichting Anders".into();
            body = Bytes::from(serde_json::to_vec(&v).unwrap());
        }
        ("GET", "/api/v1/klanten?achternaam=Niemand") => status = hyper::StatusCode::NON_AUTHORITATIVE_INFORMATION,
        ("GET", "/api/v1/klanten?subjectType=vestiging") => {
            headers.insert("api-version", "9.9.9".parse().unwrap());
        }
        _ => {}
    }
    let mut out = Response::new(Full::new(body));
    *out.status_mut() = status;
    for (k, v) in &headers {
        if !HOP_BY_HOP.contains(&k.as_str()) {
            out.headers_mut().append(k, v.clone());
        }
    }
    out
}

#[tokio::test]
async fn a_proxy_changing_three_answers_makes_exactly_three_differences() {
    let dir = tempfile::tempdir().unwrap();
    let (a, _app_a) = record_default(dir.path(), "a", None).await;
    let (b, _app_b) = record_default(dir.path(), "b", Some(changing_proxy)).await;
    let report = klanten_conformance::diff(&a, &b, &ExpectedDifferences::default());
    assert_eq!(
        unexpected(&report),
        [
            (
                "filter-klantnummer".to_string(),
                "body/results/0/bedrijfsnaam".to_string(),
                "\"Stichting Conformance\"".to_string(),
                "\"Stichting Anders\"".to_string()
            ),
            ("filter-subjectType".into(), "header:api-version".into(), "1.0.0".into(), "9.9.9".into()),
            ("filter-no-match".into(), "status".into(), "200".into(), "203".into()),
        ]
    );
    assert_eq!(report.counts_line(), format!("{} same, 3 different, 0 expected", a.exchanges.len() - 3));
    for step in ["filter-klantnummer", "filter-subjectType", "filter-no-match"] {
        assert_eq!(report.exchange(step).unwrap().verdict, Verdict::Different, "{step}");
    }
    // the shipped expected differences explain none of them
    let expected = ExpectedDifferences::load(&klanten_conformance::default_expected_path()).unwrap();
    assert_eq!(klanten_conformance::diff(&a, &b, &expected).different, 3);
}
