//! Problem bodies for routing, negotiation and parsing errors, in the reference's order of checks
//! (README, Deviations from the reference, items 5 and 10).
use serde_json::json;

use crate::helpers::*;

fn assert_problem(a: &Answer, status: u16, code: &str) {
    assert_eq!(a.status, status, "{}", a.text);
    assert_eq!(a.header("content-type"), Some("application/problem+json"));
    assert_eq!(a.header("api-version"), Some("1.0.0"));
    let j = a.json();
    let keys: Vec<&String> = j.as_object().unwrap().keys().collect();
    assert_eq!(&keys[..6], ["type", "code", "title", "status", "detail", "instance"]);
    assert_eq!(j["code"], code);
    assert_eq!(j["status"], status);
    assert!(j["instance"].as_str().unwrap().starts_with("urn:uuid:"));
    assert!(j["type"].as_str().unwrap().starts_with("http://"));
}

#[tokio::test]
async fn routing_negotiation_and_parsing_errors() {
    let backend = Backend::Sqlite;
    let app = spawn_app(&backend).await;
    for path in ["/api/v1/klanten/", "/api/v1/", "/", "/api/v1/schema/", "/api/v1/klanten.json", "/api/v1/jwtsecret"] {
        let a = app.get(path).await;
        assert_problem(&a, 404, "not_found");
    }
    let a = app.get("/api/v2/klanten").await;
    assert_problem(&a, 404, "not_found");
    assert_eq!(a.json()["detail"], "Ongeldige versie in URL-pad.");
    assert_problem(&app.get("/api/v1/klanten/not-a-uuid").await, 404, "not_found");
    assert_problem(&app.get(&format!("/api/v1/klanten/{}", uuid::Uuid::new_v4())).await, 404, "not_found");

    let a = app.send(app.authed(reqwest::Method::DELETE, "/api/v1/klanten")).await;
    assert_problem(&a, 405, "method_not_allowed");
    assert_eq!(a.json()["detail"], "Methode \"DELETE\" niet toegestaan.");
    assert_eq!(a.header("allow"), Some("GET, POST, HEAD, OPTIONS"));
    // 405 needs no token
    let a = app.send(app.client.delete(app.url("/api/v1/klanten"))).await;
    assert_problem(&a, 405, "method_not_allowed");

    // 406 comes before the token check
    let a = app.send(app.client.get(app.url("/api/v1/klanten")).header("Accept", "application/xml")).await;
    assert_problem(&a, 406, "not_acceptable");
    let a = app
        .send(app.authed(reqwest::Method::GET, "/api/v1/klanten").header("Accept", "application/problem+json"))
        .await;
    assert_eq!(a.status, 406);
    let a =
        app.send(app.authed(reqwest::Method::GET, "/api/v1/klanten").header("Accept", "text/html, */*;q=0.8")).await;
    assert_eq!(a.status, 200);

    // 415 after the permission check
    let a = app.send(app.client.post(app.url("/api/v1/klanten")).header("Content-Type", "text/plain").body("x")).await;
    assert_problem(&a, 403, "permission_denied");
    let a = app
        .send(app.authed(reqwest::Method::POST, "/api/v1/klanten").header("Content-Type", "text/plain").body("x"))
        .await;
    assert_problem(&a, 415, "unsupported_media_type");
    assert_eq!(a.json()["detail"], "Ongeldige media type \"text/plain\" in aanvraag.");
    let a = app.send(app.authed(reqwest::Method::POST, "/api/v1/klanten").body("{}")).await;
    assert_problem(&a, 415, "unsupported_media_type");
    // a charset parameter is fine
    let a = app
        .send(
            app.authed(reqwest::Method::POST, "/api/v1/klanten")
                .header("Content-Type", "application/json; charset=utf-8")
                .body("{}"),
        )
        .await;
    assert_problem(&a, 400, "invalid");

    // malformed JSON, empty body, non-object bodies
    let a = app
        .send(
            app.authed(reqwest::Method::POST, "/api/v1/klanten")
                .header("Content-Type", "application/json")
                .body("{bad"),
        )
        .await;
    assert_problem(&a, 400, "parse_error");
    assert_eq!(
        a.json()["detail"],
        "JSON parse error - Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"
    );
    assert_eq!(a.json()["title"], "Ongeldig samengestelde request.");
    // a body cut off after a comma: Python's message for the end of the input
    let a = app
        .send(
            app.authed(reqwest::Method::POST, "/api/v1/klanten")
                .header("Content-Type", "application/json")
                .body(r#"{"bronorganisatie": "123456782","#),
        )
        .await;
    assert_eq!(
        a.json()["detail"],
        "JSON parse error - Expecting property name enclosed in double quotes: line 1 column 33 (char 32)"
    );
    let a =
        app.send(app.authed(reqwest::Method::POST, "/api/v1/klanten").header("Content-Type", "application/json")).await;
    assert_eq!(a.params(), [("bronorganisatie".into(), "required".into()), ("websiteUrl".into(), "required".into())]);
    let a = app.post(&json!([1])).await;
    assert_eq!(
        a.json()["invalidParams"],
        json!([{"name": "nonFieldErrors", "code": "invalid", "reason": "Ongeldige data. Verwacht een dictionary, kreeg een list."}])
    );
    let a = app.post(&json!(null)).await;
    assert_eq!(
        a.json()["invalidParams"],
        json!([{"name": "nonFieldErrors", "code": "null", "reason": "No data provided"}])
    );
    let a = app.post(&json!("x")).await;
    assert_eq!(a.params(), [("nonFieldErrors".into(), "invalid".into())]);

    // PUT to an unknown klant with a broken body: 404 first
    let a = app
        .send(
            app.authed(reqwest::Method::PUT, &format!("/api/v1/klanten/{}", uuid::Uuid::new_v4()))
                .header("Content-Type", "application/json")
                .body("{bad"),
        )
        .await;
    assert_problem(&a, 404, "not_found");

    // a body over the limit is refused, not buffered
    let big = "x".repeat(2 * 1024 * 1024);
    let a = app
        .send(app.authed(reqwest::Method::POST, "/api/v1/klanten").header("Content-Type", "application/json").body(big))
        .await;
    assert_eq!(a.status, 413);

    // a declared length over the limit is answered at once, without waiting for a body that never comes
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", app.port)).await.unwrap();
    let head = format!(
        "POST /api/v1/klanten HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {}\r\n\
         Content-Type: application/json\r\nContent-Length: 104857600\r\n\r\n{{",
        app.token
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let mut answer = vec![0u8; 4096];
    let n = tokio::time::timeout(std::time::Duration::from_secs(5), stream.read(&mut answer))
        .await
        .expect("413 within 5 s, not after the body timeout")
        .unwrap();
    let answer = String::from_utf8_lossy(&answer[..n]);
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(answer.contains("payload_too_large"), "{answer}");
}

#[tokio::test]
async fn head_answers_the_get_headers_without_a_body() {
    let backend = Backend::Sqlite;
    let app = spawn_app(&backend).await;
    let (path, _) = app.create(&klant("950428139", "1")).await;
    for p in [path.clone(), "/api/v1/klanten".into(), format!("{path}/audittrail")] {
        let get = app.get(&p).await;
        let head = app.send(app.authed(reqwest::Method::HEAD, &p)).await;
        assert_eq!(head.status, 200, "{p}");
        assert_eq!(head.text, "");
        for h in ["content-type", "content-length", "api-version", "etag"] {
            assert_eq!(head.header(h), get.header(h), "{h} on {p}");
        }
        // HEAD needs the same authorisation as GET (README, Deviations from the reference, item 4)
        let anon = app.send(app.client.head(app.url(&p))).await;
        assert_eq!(anon.status, 403, "{p}");
    }
}

db_test!(a_database_failure_is_a_500_problem_without_internal_text);
async fn a_database_failure_is_a_500_problem_without_internal_text(backend: Backend) {
    let app = spawn_app(&backend).await;
    let (path, _) = app.create(&klant("950428139", "1")).await;
    // break the database under the running server
    let db = sea_orm::Database::connect(&app.database_url).await.unwrap();
    use sea_orm::ConnectionTrait;
    // (a GET of the klant itself may still be answered from the read cache, rightly)
    db.execute_unprepared("DROP TABLE klant_teller").await.unwrap();
    db.execute_unprepared("DROP TABLE audit_trail").await.unwrap();
    for a in [
        app.get("/api/v1/klanten").await,
        app.patch(&path, &serde_json::json!({"functie": "x"})).await,
        app.get(&format!("{path}/audittrail")).await,
    ] {
        assert_problem(&a, 500, "error");
        let j = a.json();
        assert_eq!(j["title"], "Er is een serverfout opgetreden.");
        assert_eq!(j["detail"], "Internal Server Error");
        assert!(!a.text.to_lowercase().contains("teller"), "{}", a.text);
        assert!(!a.text.to_lowercase().contains("audit_trail"), "{}", a.text);
    }
}

#[tokio::test]
async fn cors_as_the_reference() {
    let backend = Backend::Sqlite;
    let app = spawn_app(&backend).await;
    let pre = app
        .send(
            app.client
                .request(reqwest::Method::OPTIONS, app.url("/api/v1/klanten"))
                .header("Origin", "https://app.gemeente.nl")
                .header("Access-Control-Request-Method", "POST"),
        )
        .await;
    assert_eq!(pre.status, 200);
    assert_eq!(pre.text, "");
    assert_eq!(pre.header("access-control-allow-origin"), Some("*"));
    assert_eq!(pre.header("access-control-allow-methods"), Some("GET, POST, PUT, PATCH, DELETE, OPTIONS"));
    assert_eq!(pre.header("access-control-max-age"), Some("86400"));
    assert!(pre.header("access-control-allow-headers").unwrap().contains("authorization"));
    let a =
        app.send(app.authed(reqwest::Method::GET, "/api/v1/klanten").header("Origin", "https://app.gemeente.nl")).await;
    assert_eq!(a.status, 200);
    assert_eq!(a.header("access-control-allow-origin"), Some("*"));
    let a = app.send(app.client.get(app.url("/api/v1/klanten")).header("Origin", "https://app.gemeente.nl")).await;
    assert_eq!(a.status, 403);
    assert_eq!(a.header("access-control-allow-origin"), Some("*"));
    assert!(app.get("/api/v1/klanten").await.header("access-control-allow-origin").is_none());
    // OPTIONS that is not a preflight is refused to every client, as the reference's metadata action has no scope
    for path in ["/api/v1/klanten".to_string(), format!("/api/v1/klanten/{}", uuid::Uuid::new_v4())] {
        let a = app.send(app.authed(reqwest::Method::OPTIONS, &path)).await;
        assert_problem(&a, 403, "permission_denied");
        let a = app.send(app.client.request(reqwest::Method::OPTIONS, app.url(&path))).await;
        assert_problem(&a, 403, "permission_denied");
    }
}

/// `Allow` on every answer of an API route, as the reference sends it: 2xx, 304, 403, 404, 405 and the rest; not
/// on a path that is no route.
#[tokio::test]
async fn allow_is_on_every_answer_of_a_route() {
    let app = spawn_app(&Backend::Sqlite).await;
    let (path, created) = app.create(&klant("950428139", "")).await;
    let uuid = path.rsplit('/').next().unwrap().to_string();
    let (list, detail, trail) =
        ("GET, POST, HEAD, OPTIONS", "GET, PUT, PATCH, DELETE, HEAD, OPTIONS", "GET, HEAD, OPTIONS");
    let read = app.get(&path).await;
    let etag = read.header("etag").unwrap().to_string();
    let cases: Vec<(Answer, u16, Option<&str>)> = vec![
        (app.get("/api/v1/klanten").await, 200, Some(list)),
        (app.send(app.client.get(app.url("/api/v1/klanten"))).await, 403, Some(list)),
        (app.post(&json!({})).await, 400, Some(list)),
        (read, 200, Some(detail)),
        (app.send(app.authed(reqwest::Method::GET, &path).header("If-None-Match", &etag)).await, 304, Some(detail)),
        (app.patch(&path, &json!({"voornaam": "X"})).await, 200, Some(detail)),
        (app.get(&format!("/api/v1/klanten/{}", uuid::Uuid::new_v4())).await, 404, Some(detail)),
        (app.send(app.authed(reqwest::Method::POST, &path)).await, 405, Some(detail)),
        (app.get(&format!("{path}/audittrail")).await, 200, Some(trail)),
        (app.get(&format!("/api/v1/klanten/{uuid}/audittrail/{}", uuid::Uuid::new_v4())).await, 404, Some(trail)),
        (app.delete(&path).await, 204, Some(detail)),
        (app.get("/api/v1/onbekend").await, 404, None),
    ];
    assert_eq!(created["url"].as_str().map(|u| u.ends_with(&uuid)), Some(true));
    for (i, (a, status, allow)) in cases.iter().enumerate() {
        assert_eq!(a.status, *status, "case {i}: {}", a.text);
        assert_eq!(a.header("allow"), *allow, "case {i}");
    }
}

#[tokio::test]
async fn admin_endpoints_live_on_their_own_port() {
    let dir = tempfile::tempdir().unwrap();
    let clients = dir.path().join("clients.toml");
    std::fs::write(&clients, CLIENTS).unwrap();
    let mut config = test_config(format!("sqlite://{}", dir.path().join("k.sqlite3").display()), clients);
    config.admin_bind = Some("127.0.0.1:0".into());
    let app = klanten::App::build(config).await.unwrap();
    let (api, admin) = (app.port(), app.admin_port().unwrap());
    tokio::spawn(app.run_until(std::future::pending()));
    let client = reqwest::Client::new();
    let get = |port: u16, path: &'static str| {
        let client = client.clone();
        async move { client.get(format!("http://127.0.0.1:{port}{path}")).send().await.unwrap() }
    };
    assert_eq!(get(admin, "/health").await.status(), 200);
    let ready = get(admin, "/ready").await;
    assert_eq!(ready.status(), 200);
    assert_eq!(ready.text().await.unwrap(), r#"{"status":"ready","migrations":"applied"}"#);
    let metrics = get(admin, "/metrics").await.text().await.unwrap();
    assert!(metrics.contains("klanten_outbox_rows{status=\"failed\"} 0"), "{metrics}");
    // a request to the API shows in the request histogram, by operation and status (the recorder is shared by the
    // servers of this test process, so only presence is checked)
    assert_eq!(get(api, "/api/v1/klanten").await.status(), 403);
    let metrics = get(admin, "/metrics").await.text().await.unwrap();
    for line in [
        "klanten_http_request_duration_seconds_bucket{operation=\"klant_list\",status=\"403\",le=\"0.001\"}",
        "# TYPE klanten_http_requests_in_flight gauge",
        "klanten_db_pool_connections{state=\"idle\"}",
        "klanten_db_pool_connections{state=\"in_use\"}",
    ] {
        assert!(metrics.contains(line), "{line} not in\n{metrics}");
    }
    assert_eq!(get(admin, "/api/v1/klanten").await.status(), 404);
    // and never on the API port
    assert_eq!(get(api, "/health").await.status(), 404);
}

#[tokio::test]
async fn a_body_that_never_arrives_is_cut_off() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let backend = Backend::Sqlite;
    let app = spawn_app_with(&backend, |c| c.body_timeout_ms = 300).await;
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", app.port)).await.unwrap();
    let head = format!(
        "POST /api/v1/klanten HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{\"bron",
        app.token
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let started = std::time::Instant::now();
    let mut buf = vec![0u8; 4096];
    let n = tokio::time::timeout(std::time::Duration::from_secs(5), stream.read(&mut buf))
        .await
        .expect("answered")
        .unwrap();
    let text = String::from_utf8_lossy(&buf[..n]);
    assert!(text.starts_with("HTTP/1.1 408"), "{text}");
    assert!(text.contains("request_timeout"), "{text}");
    assert!(started.elapsed() < std::time::Duration::from_secs(3));
}

#[tokio::test]
async fn shutdown_lets_requests_under_way_finish() {
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let subject = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(200).set_delay(std::time::Duration::from_millis(700)))
        .mount(&subject)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let clients = dir.path().join("clients.toml");
    std::fs::write(&clients, CLIENTS).unwrap();
    let config = test_config(format!("sqlite://{}", dir.path().join("k.sqlite3").display()), clients);
    let token = token_for(&config, "alles");
    let app = klanten::App::build(config).await.unwrap();
    let port = app.port();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(app.run_until(async move {
        let _ = stopped.await;
    }));
    let body = serde_json::json!({"bronorganisatie": "950428139", "klantnummer": "1", "websiteUrl": "http://x.nl",
        "subject": format!("{}/p/1", subject.uri())});
    let client = reqwest::Client::new();
    let slow = client
        .post(format!("http://127.0.0.1:{port}/api/v1/klanten"))
        .header("Authorization", format!("Bearer {token}"))
        .json_body(&body)
        .send();
    let trigger = async {
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        stop.send(()).unwrap();
    };
    let (answer, ()) = tokio::join!(slow, trigger);
    assert_eq!(answer.unwrap().status(), 201, "the request under way finished");
    tokio::time::timeout(std::time::Duration::from_secs(5), server).await.expect("server stopped").unwrap().unwrap();
    assert!(tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_err(), "no longer listening");
}

#[tokio::test]
async fn only_allowed_hosts_are_answered() {
    let backend = Backend::Sqlite;
    let app = spawn_app_with(&backend, |c| {
        c.allowed_hosts = Some(vec!["klanten.gemeente.nl".into(), ".intern.nl".into(), "127.0.0.1".into()])
    })
    .await;
    for (host, status) in [
        ("klanten.gemeente.nl", 200),
        ("KLANTEN.gemeente.nl:8443", 200),
        ("api.intern.nl", 200),
        ("intern.nl", 200),
        ("evil.example", 400),
        ("gemeente.nl", 400),
        ("klanten.gemeente.nl.evil.example", 400),
    ] {
        let a = app.send(app.authed(reqwest::Method::GET, "/api/v1/klanten").header("Host", host)).await;
        assert_eq!(a.status, status, "{host}");
        if status == 400 {
            assert_eq!(a.json()["code"], "invalid-host");
            assert!(!a.json()["type"].as_str().unwrap().contains("evil"));
        }
    }
}

/// A `Host` that is no host name (Django's `get_host` syntax) is refused with 400 `invalid-host` before it is used
/// anywhere, also when every host is allowed (the default): nothing is written and nothing echoes it into a url.
#[tokio::test]
async fn a_host_that_is_no_host_name_is_refused() {
    let app = spawn_app(&Backend::Sqlite).await;
    for host in ["evil.example/x?y=", "a\"b<script>", "user@host", "host:", "h st", "[::1"] {
        let a = app
            .send(
                app.authed(reqwest::Method::POST, "/api/v1/klanten")
                    .header("Host", host)
                    .header("Content-Type", "application/json")
                    .body(klant("950428139", "").to_string()),
            )
            .await;
        assert_eq!(a.status, 400, "{host}: {}", a.text);
        assert_eq!(a.json()["code"], "invalid-host", "{host}");
        assert!(a.header("location").is_none(), "{host}");
    }
    assert_eq!(app.get("/api/v1/klanten").await.json()["count"], 0);
    // ordinary hosts still work
    for host in ["klanten.gemeente.nl", "127.0.0.1:8000", "[::1]:8000"] {
        let a = app.send(app.authed(reqwest::Method::GET, "/api/v1/klanten").header("Host", host)).await;
        assert_eq!(a.status, 200, "{host}: {}", a.text);
    }
}

/// Path uuids as the reference reads them (any case, never percent-decoded), each a problem body (README, "Request
/// flow"); a header value that is not ASCII is read as the reference (a WSGI application) reads it, byte by byte as
/// ISO-8859-1, and kept in the audit record.
#[tokio::test]
async fn path_uuids_and_non_ascii_headers() {
    let app = spawn_app(&Backend::Sqlite).await;
    let created = app.post(&klant("002220647", "1")).await;
    assert_eq!(created.status, 201, "{}", created.text);
    let uuid = created.json()["url"].as_str().unwrap().rsplit('/').next().unwrap().to_string();
    let a = app.get(&format!("/api/v1/klanten/{}", uuid.to_uppercase())).await;
    assert_eq!(a.status, 200, "{}", a.text);
    assert_eq!(a.text, created.text);
    let encoded = format!("/api/v1/klanten/%{:02X}{}", uuid.as_bytes()[0], &uuid[1..]);
    assert_problem(&app.get(&encoded).await, 404, "not_found");
    assert_problem(&app.get(&format!("{encoded}/audittrail")).await, 404, "not_found");
    let toelichting = reqwest::header::HeaderValue::from_bytes(b"caf\xe9").unwrap();
    let a = app
        .send(
            app.authed(reqwest::Method::POST, "/api/v1/klanten")
                .header("Content-Type", "application/json")
                .header("X-Audit-Toelichting", toelichting)
                .body(serde_json::to_vec(&klant("002220647", "2")).unwrap()),
        )
        .await;
    assert_eq!(a.status, 201, "{}", a.text);
    let uuid = a.json()["url"].as_str().unwrap().rsplit('/').next().unwrap().to_string();
    let trail = app.get(&format!("/api/v1/klanten/{uuid}/audittrail")).await;
    assert_eq!(trail.status, 200, "{}", trail.text);
    assert_eq!(trail.json()[0]["toelichting"], "caf\u{e9}");
}
