//! Clients whose rights come from the Autorisaties API, against a wiremock AC.

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockBuilder, MockServer, ResponseTemplate};

use super::{clients_file, config};
use crate::auth::jwt::{decode_unverified, raw_token};
use crate::auth::{AuthConfig, AuthError, Authoriser, Grants};

const FILE: &str = r#"
[[client]]
id = "via-ac"
secret = "via-ac-secret"

[[client]]
id = "local"
secret = "local-secret"
scopes = ["klanten.lezen"]
"#;

const APP_UUID: &str = "5aa7e2b6-0ec5-4c3b-9a2e-1b1ccf1a7c11";

fn bearer_for(client: &str, secret: &str) -> String {
    let payload = json!({"client_id": client, "user_id": "u", "user_representation": "U"});
    format!("Bearer {}", raw_token(r#"{"typ":"JWT","alg":"HS256"}"#, &payload.to_string(), secret.as_bytes()))
}

fn via_ac() -> String {
    bearer_for("via-ac", "via-ac-secret")
}

fn app(all: bool, autorisaties: Value) -> Value {
    json!({
        "url": format!("http://ac.local/api/v1/applicaties/{APP_UUID}"),
        "clientIds": ["via-ac"],
        "label": "Mijn applicatie",
        "heeftAlleAutorisaties": all,
        "autorisaties": autorisaties,
    })
}

fn page(results: Vec<Value>) -> Value {
    json!({"count": results.len(), "next": null, "previous": null, "results": results})
}

fn ac_route() -> MockBuilder {
    Mock::given(method("GET"))
        .and(path("/api/v1/applicaties"))
        .and(query_param("clientIds", "via-ac"))
        .and(header("accept", "application/json"))
}

fn ac_mock(body: Value) -> Mock {
    ac_route().respond_with(ResponseTemplate::new(200).set_body_json(body))
}

/// An authoriser whose AC is `base` (e.g. the mock server's `/api/v1`).
fn with_ac(base: &str, ttl: Duration, timeout: Duration) -> (Authoriser, tempfile::NamedTempFile) {
    let f = clients_file(FILE);
    let a = Authoriser::new(AuthConfig {
        autorisaties_api: Some(base.to_string()),
        autorisaties_client_id: Some("klanten-server".into()),
        autorisaties_secret: Some("ac-secret".into()),
        ac_cache_ttl: ttl,
        ac_timeout: timeout,
        ..config(&f)
    })
    .expect("valid config");
    (a, f)
}

async fn mock_ac(ttl: Duration) -> (MockServer, Authoriser, tempfile::NamedTempFile) {
    let server = MockServer::start().await;
    let (a, f) = with_ac(&format!("{}/api/v1", server.uri()), ttl, Duration::from_secs(2));
    (server, a, f)
}

#[tokio::test]
async fn ac_grants_all() {
    let (server, a, _f) = mock_ac(Duration::from_secs(300)).await;
    ac_mock(page(vec![app(true, json!([]))])).expect(1).mount(&server).await;
    let p = a.authenticate(Some(&via_ac())).await.unwrap();
    assert_eq!(p.grants, Grants::All);
    assert!(p.has_scope("klanten.verwijderen"));
    assert_eq!(p.applicatie_id, APP_UUID);
    assert_eq!(p.applicatie_weergave, "Mijn applicatie");
    assert_eq!(p.client_id, "via-ac");
    assert_eq!(p.user_id, "u");

    // the request carried a token signed with this server's own AC credentials
    let requests = server.received_requests().await.unwrap();
    let auth = requests[0].headers.get("authorization").unwrap().to_str().unwrap();
    let t = decode_unverified(auth.strip_prefix("Bearer ").unwrap()).unwrap();
    t.check_algorithm().unwrap();
    t.verify_signature(b"ac-secret").unwrap();
    assert_eq!(t.payload["client_id"], "klanten-server");
    assert_eq!(t.payload["iss"], "klanten-server");

    // a second request is served from the cache (expect(1) is verified on drop)
    a.authenticate(Some(&via_ac())).await.unwrap();
    server.verify().await;
}

#[tokio::test]
async fn ac_limited_to_kc_scopes() {
    let (server, a, _f) = mock_ac(Duration::from_secs(300)).await;
    ac_mock(page(vec![app(
        false,
        json!([
            {"component": "kc", "componentWeergave": "Klanten API", "scopes": ["klanten.lezen", "klanten.bijwerken"]},
            {"component": "zrc", "scopes": ["klanten.verwijderen", "zaken.lezen"]},
            {"component": "ac", "scopes": ["audittrails.lezen"]}
        ]),
    )]))
    .mount(&server)
    .await;
    let p = a.authenticate(Some(&via_ac())).await.unwrap();
    assert!(p.has_scope("klanten.lezen"));
    assert!(p.has_scope("klanten.bijwerken"));
    assert!(!p.has_scope("klanten.verwijderen"));
    assert!(!p.has_scope("audittrails.lezen"));
    assert!(!p.has_scope("zaken.lezen"));
}

#[tokio::test]
async fn ac_plain_array_is_accepted() {
    let (server, a, _f) = mock_ac(Duration::from_secs(300)).await;
    ac_mock(json!([app(false, json!([{"component": "kc", "scopes": ["klanten.aanmaken"]}]))])).mount(&server).await;
    let p = a.authenticate(Some(&via_ac())).await.unwrap();
    assert!(p.has_scope("klanten.aanmaken"));
    assert!(!p.has_scope("klanten.lezen"));
}

#[tokio::test]
async fn ac_without_applicatie_is_permission_denied() {
    let (server, a, _f) = mock_ac(Duration::from_secs(300)).await;
    // an AC that ignores the filter and returns someone else's applicatie
    let mut other = app(true, json!([]));
    other["clientIds"] = json!(["someone-else"]);
    ac_mock(page(vec![other])).mount(&server).await;
    assert_eq!(a.authenticate(Some(&via_ac())).await.unwrap_err(), AuthError::PermissionDenied);
}

#[tokio::test]
async fn local_clients_never_call_the_ac() {
    let (server, a, _f) = mock_ac(Duration::from_secs(300)).await;
    ac_mock(page(vec![])).expect(0).mount(&server).await;
    let p = a.authenticate(Some(&bearer_for("local", "local-secret"))).await.unwrap();
    assert!(p.has_scope("klanten.lezen"));
    // invalid tokens of an AC client never reach the AC either
    assert_eq!(a.authenticate(Some(&bearer_for("via-ac", "wrong"))).await.unwrap_err(), AuthError::InvalidJwtSignature);
    server.verify().await;
}

#[tokio::test]
async fn ac_refusing_our_credentials_is_not_authenticated_for_ac() {
    for status in [401, 403] {
        let (server, a, _f) = mock_ac(Duration::from_secs(300)).await;
        Mock::given(method("GET"))
            .and(path("/api/v1/applicaties"))
            .respond_with(ResponseTemplate::new(status).set_body_json(json!({
                "code": "not_authenticated", "status": status
            })))
            .mount(&server)
            .await;
        let e = a.authenticate(Some(&via_ac())).await.unwrap_err();
        assert_eq!(e, AuthError::NotAuthenticatedForAc, "status {status}");
        assert_eq!(e.code(), "not_authenticated_for_ac");
    }
}

#[tokio::test]
async fn ac_other_client_error_is_permission_denied() {
    let (server, a, _f) = mock_ac(Duration::from_secs(300)).await;
    Mock::given(method("GET")).respond_with(ResponseTemplate::new(404)).mount(&server).await;
    assert_eq!(a.authenticate(Some(&via_ac())).await.unwrap_err(), AuthError::PermissionDenied);
}

#[tokio::test]
async fn ac_server_error_or_bad_json_is_unavailable() {
    for response in [
        ResponseTemplate::new(500),
        ResponseTemplate::new(503).set_body_string("down"),
        ResponseTemplate::new(200).set_body_string("{not json"),
        ResponseTemplate::new(200).set_body_json(json!({"count": 1})),
        ResponseTemplate::new(200).set_body_json(json!("text")),
    ] {
        let (server, a, _f) = mock_ac(Duration::from_secs(300)).await;
        Mock::given(method("GET")).respond_with(response).mount(&server).await;
        let e = a.authenticate(Some(&via_ac())).await.unwrap_err();
        assert_eq!(e, AuthError::AcUnavailable);
        assert_eq!(e.code(), "ac-unavailable");
    }
}

#[tokio::test]
async fn ac_down_is_unavailable() {
    // a port that was free a moment ago: connection refused
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let (a, _f) = with_ac(&format!("http://127.0.0.1:{port}/api/v1"), Duration::from_secs(300), Duration::from_secs(2));
    assert_eq!(a.authenticate(Some(&via_ac())).await.unwrap_err(), AuthError::AcUnavailable);
}

#[tokio::test]
async fn ac_slow_is_bounded_by_the_timeout() {
    let server = MockServer::start().await;
    ac_route()
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(page(vec![app(true, json!([]))]))
                .set_delay(Duration::from_secs(10)),
        )
        .mount(&server)
        .await;
    let (a, _f) = with_ac(&format!("{}/api/v1", server.uri()), Duration::from_secs(300), Duration::from_millis(300));
    let started = Instant::now();
    assert_eq!(a.authenticate(Some(&via_ac())).await.unwrap_err(), AuthError::AcUnavailable);
    assert!(started.elapsed() < Duration::from_secs(3), "{:?}", started.elapsed());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_first_requests_share_one_ac_call() {
    let server = MockServer::start().await;
    ac_route()
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(page(vec![app(true, json!([]))]))
                .set_delay(Duration::from_millis(200)),
        )
        .expect(1)
        .mount(&server)
        .await;
    let (a, _f) = with_ac(&format!("{}/api/v1", server.uri()), Duration::from_secs(300), Duration::from_secs(5));
    let a = Arc::new(a);
    let header = via_ac();
    let tasks: Vec<_> = (0..50)
        .map(|_| {
            let a = a.clone();
            let h = header.clone();
            tokio::spawn(async move { a.authenticate(Some(&h)).await })
        })
        .collect();
    for t in tasks {
        assert_eq!(t.await.unwrap().unwrap().grants, Grants::All);
    }
    server.verify().await;
}

#[tokio::test]
async fn cache_expiry_refetches() {
    let (server, a, _f) = mock_ac(Duration::from_millis(1000)).await;
    ac_mock(page(vec![app(true, json!([]))])).expect(2).mount(&server).await;
    a.authenticate(Some(&via_ac())).await.unwrap();
    a.authenticate(Some(&via_ac())).await.unwrap(); // cached
    tokio::time::sleep(Duration::from_millis(1300)).await;
    a.authenticate(Some(&via_ac())).await.unwrap(); // expired: fetched again
    a.authenticate(Some(&via_ac())).await.unwrap(); // cached again
    server.verify().await;
}

#[tokio::test]
async fn rights_change_after_expiry() {
    let (server, a, _f) = mock_ac(Duration::from_millis(1000)).await;
    ac_mock(page(vec![app(false, json!([{"component": "kc", "scopes": ["klanten.lezen"]}]))]))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    ac_mock(page(vec![app(true, json!([]))])).mount(&server).await;
    let p = a.authenticate(Some(&via_ac())).await.unwrap();
    assert!(!p.has_scope("klanten.verwijderen"));
    tokio::time::sleep(Duration::from_millis(1300)).await;
    let p = a.authenticate(Some(&via_ac())).await.unwrap();
    assert!(p.has_scope("klanten.verwijderen"));
}

#[tokio::test]
async fn failures_are_not_cached_for_long() {
    // failures live min(ttl, 2 s); with a 1 s ttl the AC is asked again soon
    let (server, a, _f) = mock_ac(Duration::from_millis(1000)).await;
    Mock::given(method("GET")).respond_with(ResponseTemplate::new(500)).up_to_n_times(1).expect(1).mount(&server).await;
    ac_mock(page(vec![app(true, json!([]))])).expect(1).mount(&server).await;
    assert_eq!(a.authenticate(Some(&via_ac())).await.unwrap_err(), AuthError::AcUnavailable);
    // within the failure window the failure is shared, without a new AC call
    assert_eq!(a.authenticate(Some(&via_ac())).await.unwrap_err(), AuthError::AcUnavailable);
    tokio::time::sleep(Duration::from_millis(1300)).await;
    assert!(a.authenticate(Some(&via_ac())).await.is_ok());
    server.verify().await;
}

#[tokio::test]
async fn pages_are_followed_on_the_same_ac() {
    let server = MockServer::start().await;
    let next = format!("{}/api/v1/applicaties?clientIds=via-ac&page=2", server.uri());
    Mock::given(method("GET"))
        .and(path("/api/v1/applicaties"))
        .and(query_param("page", "2"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(page(vec![app(false, json!([{"component": "kc", "scopes": ["audittrails.lezen"]}]))])),
        )
        .expect(1)
        .mount(&server)
        .await;
    let mut first = page(vec![app(false, json!([{"component": "kc", "scopes": ["klanten.lezen"]}]))]);
    first["next"] = json!(next);
    ac_mock(first).up_to_n_times(1).expect(1).mount(&server).await;
    let (a, _f) = with_ac(&format!("{}/api/v1/", server.uri()), Duration::from_secs(300), Duration::from_secs(2));
    let p = a.authenticate(Some(&via_ac())).await.unwrap();
    assert!(p.has_scope("klanten.lezen"));
    assert!(p.has_scope("audittrails.lezen"));
    server.verify().await;
}
