//! Input made to break the server, as an attacker would send it: bodies nested a million levels deep, NUL
//! characters where a database refuses them, requests without a `Host` or with two, and connections that send
//! nothing. Each answer is a problem body (or a closed connection), and the server goes on answering.
use std::time::Duration;

use serde_json::json;

use crate::helpers::*;

const PYTHON_RECURSION_ARRAY: &str =
    "JSON parse error - maximum recursion depth exceeded while decoding a JSON array from a unicode string";
const PYTHON_RECURSION_OBJECT: &str =
    "JSON parse error - maximum recursion depth exceeded while decoding a JSON object from a unicode string";

/// A body of a million `[` (unclosed, as the attack sends it), and a million nested objects, to every write
/// operation: a 400 `parse_error` at once, and the server answers the next request (a recursive walk over such a
/// body once overflowed the stack and aborted the process).
#[tokio::test]
async fn a_body_nested_a_million_levels_deep_is_a_parse_error_on_every_write() {
    let backend = Backend::Sqlite;
    let app = spawn_app(&backend).await;
    let (path, _) = app.create(&klant("950428139", "1")).await;
    let bodies = [
        ("[".repeat(1_000_000), PYTHON_RECURSION_ARRAY),
        (format!("{}{}", "[".repeat(500_000), "]".repeat(500_000)), PYTHON_RECURSION_ARRAY),
        ("{\"a\":".repeat(200_000), PYTHON_RECURSION_OBJECT),
    ];
    for (body, detail) in &bodies {
        for (method, target) in [
            (reqwest::Method::POST, "/api/v1/klanten"),
            (reqwest::Method::PUT, path.as_str()),
            (reqwest::Method::PATCH, path.as_str()),
        ] {
            let started = std::time::Instant::now();
            let a = app
                .send(
                    app.authed(method.clone(), target)
                        .header("Content-Type", "application/json")
                        .body(body.clone())
                        .timeout(Duration::from_secs(20)),
                )
                .await;
            assert_eq!(a.status, 400, "{method} {}: {}", &body[..10], a.text);
            assert_eq!(a.header("content-type"), Some("application/problem+json"));
            let j = a.json();
            assert_eq!(j["code"], "parse_error", "{method}");
            let got = j["detail"].as_str().unwrap();
            assert!(got.starts_with(detail), "{method}: {got}");
            assert!(started.elapsed() < Duration::from_secs(5), "{method} took {:?}", started.elapsed());
        }
    }
    // still answering, and nothing was written
    let read = app.get(&path).await;
    assert_eq!(read.status, 200, "{}", read.text);
    assert_eq!(app.get("/api/v1/klanten").await.json()["count"], 1);
    let trail = app.get(&format!("{path}/audittrail")).await.json();
    assert_eq!(trail.as_array().unwrap().len(), 1, "only the create is in the audit trail");
    // nesting within the limit is parsed and validated as the reference does
    let shallow = format!("{}{}", "[".repeat(100), "]".repeat(100));
    let a = app
        .send(
            app.authed(reqwest::Method::POST, "/api/v1/klanten")
                .header("Content-Type", "application/json")
                .body(shallow),
        )
        .await;
    assert_eq!(a.status, 400, "{}", a.text);
    assert_eq!(a.params(), [("nonFieldErrors".to_string(), "invalid".to_string())]);
}

db_test!(a_nul_in_any_filter_is_refused_as_the_reference_does);
/// A NUL in a filter value is refused as the reference refuses it (400 `null_characters_not_allowed`, named by the
/// filter, after the filter's own rules), on both databases: it never reaches a statement (PostgreSQL refused it
/// with a 500). `subjectType` is a choice, not trimmed, and has only its choice rule.
async fn a_nul_in_any_filter_is_refused_as_the_reference_does(backend: Backend) {
    let app = spawn_app(&backend).await;
    app.create(&klant("950428139", "1")).await;
    let oas = klanten_api::KLANT_LIST_QUERY_PARAMETERS;
    for name in oas.iter().filter(|n| !["page", "subjectType"].contains(n)) {
        let a = app.get(&format!("/api/v1/klanten?{name}=Directeur%00")).await;
        assert_eq!(a.status, 400, "{name}: {}", a.text);
        assert_eq!(a.header("content-type"), Some("application/problem+json"));
        let params = a.params();
        assert_eq!(
            params.last(),
            Some(&(name.to_string(), "null_characters_not_allowed".to_string())),
            "{name}: {}",
            a.text
        );
        let reason = a.json()["invalidParams"].as_array().unwrap().last().unwrap()["reason"].clone();
        assert_eq!(reason, "Null-tekens zijn niet toegestaan.");
    }
    let a = app.get("/api/v1/klanten?bronorganisatie=123456782%00").await;
    assert_eq!(
        a.params(),
        [
            ("bronorganisatie".to_string(), "only-digits".to_string()),
            ("bronorganisatie".to_string(), "null_characters_not_allowed".to_string())
        ]
    );
    let a = app.get("/api/v1/klanten?subjectType=vestiging%00").await;
    assert_eq!(a.params(), [("subjectType".to_string(), "invalid_choice".to_string())]);
    let a = app.get("/api/v1/klanten?subjectType=%20natuurlijk_persoon%20").await;
    assert_eq!(a.params(), [("subjectType".to_string(), "invalid_choice".to_string())]);
    // and the server answers on
    assert_eq!(app.get("/api/v1/klanten?functie=").await.json()["count"], 1);
}

db_test!(control_characters_in_token_claims_are_refused_before_anything_is_written);
/// A token whose `user_id` or `user_representation` holds a control character (a NUL made every write of such a
/// client a 500 on PostgreSQL, and landed in the audit trail on SQLite) is refused with 403
/// `jwt-control-characters` on both databases, and writes nothing.
async fn control_characters_in_token_claims_are_refused_before_anything_is_written(backend: Backend) {
    let app = spawn_app(&backend).await;
    let (path, _) = app.create(&klant("950428139", "1")).await;
    let config = test_config(app.database_url.clone(), app.clients_file.clone());
    let authoriser = klanten::auth::Authoriser::new(klanten::auth_config(&config)).unwrap();
    for (user_id, user_representation) in [("u\0", "User"), ("u1", "User\0One"), ("u1\n", "x"), ("u1", "\u{1b}[2J")] {
        let token = authoriser.issue_token("alles", user_id, user_representation).unwrap();
        let bearer = format!("Bearer {token}");
        for req in [
            app.client.post(app.url("/api/v1/klanten")).json_body(&klant("950428139", "2")),
            app.client.patch(app.url(&path)).json_body(&json!({"functie": "x"})),
            app.client.delete(app.url(&path)),
            app.client.get(app.url(&path)),
        ] {
            let a = app.send(req.header("Authorization", &bearer)).await;
            assert_eq!(a.status, 403, "{user_id:?} {user_representation:?}: {}", a.text);
            assert_eq!(a.json()["code"], "jwt-control-characters", "{}", a.text);
        }
    }
    assert_eq!(app.get("/api/v1/klanten").await.json()["count"], 1);
    let trail = app.get(&format!("{path}/audittrail")).await.json();
    assert_eq!(trail.as_array().unwrap().len(), 1, "only the create");
    assert_eq!(app.get(&path).await.json()["functie"], "");
}

/// Sends `request` as raw bytes on a new connection and reads the answer until the server closes or `wait` passes.
async fn raw(port: u16, request: &[u8], wait: Duration) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut s = tokio::net::TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    s.write_all(request).await.unwrap();
    let mut out = Vec::new();
    let _ = tokio::time::timeout(wait, s.read_to_end(&mut out)).await;
    String::from_utf8_lossy(&out).into_owned()
}

/// RFC 9112 §3.2: an HTTP/1.1 request without `Host`, or any request with two, is a 400 problem body before anything
/// reads the Host; HTTP/1.0 may omit it.
#[tokio::test]
async fn a_request_without_host_or_with_two_is_a_400() {
    let app = spawn_app(&Backend::Sqlite).await;
    let token = &app.token;
    let wait = Duration::from_secs(5);
    for (request, what) in [
        (format!("GET /api/v1/klanten HTTP/1.1\r\nAuthorization: Bearer {token}\r\nConnection: close\r\n\r\n"), "none"),
        (
            format!(
                "GET /api/v1/klanten HTTP/1.1\r\nHost: a.example\r\nHost: b.example\r\nAuthorization: Bearer {token}\r\n\
                 Connection: close\r\n\r\n"
            ),
            "two",
        ),
        (
            format!(
                "GET /api/v1/klanten HTTP/1.0\r\nHost: a.example\r\nHost: a.example\r\nAuthorization: Bearer {token}\r\n\r\n"
            ),
            "two on HTTP/1.0",
        ),
        (
            "OPTIONS /api/v1/klanten HTTP/1.1\r\nOrigin: http://x\r\nAccess-Control-Request-Method: GET\r\n\
             Connection: close\r\n\r\n"
                .to_string(),
            "none on a preflight",
        ),
    ] {
        let answer = raw(app.port, request.as_bytes(), wait).await;
        assert!(answer.starts_with("HTTP/1.1 400") || answer.starts_with("HTTP/1.0 400"), "{what}: {answer}");
        assert!(answer.contains("application/problem+json"), "{what}: {answer}");
        assert!(answer.contains("\"code\":\"invalid-host\""), "{what}: {answer}");
    }
    // HTTP/1.0 without Host is answered (here: the list, under the server's own address)
    let request = format!("GET /api/v1/klanten HTTP/1.0\r\nAuthorization: Bearer {token}\r\n\r\n");
    let answer = raw(app.port, request.as_bytes(), wait).await;
    assert!(answer.starts_with("HTTP/1.0 200") || answer.starts_with("HTTP/1.1 200"), "{answer}");
}

/// Sockets that send nothing cannot lock other clients out for long: with `--max-connections 20`, twenty idle
/// sockets make the next client wait only until the header bound closes them; a socket that sent one request and
/// then idles is closed after the keep-alive bound; a head that trickles in is cut off at the header bound counted
/// from its first byte.
#[tokio::test]
async fn idle_connections_are_closed_within_their_bounds() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let header = Duration::from_millis(800);
    let keep_alive = Duration::from_millis(1500);
    let app = spawn_app_with(&Backend::Sqlite, |c| {
        c.max_connections = 20;
        c.header_timeout_ms = header.as_millis() as u64;
        c.keep_alive_timeout_ms = keep_alive.as_millis() as u64;
    })
    .await;
    let mut idle = Vec::new();
    for _ in 0..20 {
        idle.push(tokio::net::TcpStream::connect(("127.0.0.1", app.port)).await.unwrap());
    }
    let opened = std::time::Instant::now();
    tokio::time::sleep(Duration::from_millis(100)).await;
    let fresh = || reqwest::Client::builder().pool_max_idle_per_host(0).build().unwrap();
    let get = |client: reqwest::Client| {
        let url = app.url("/api/v1/klanten");
        let token = app.token.clone();
        async move { client.get(url).bearer_auth(token).send().await.map(|r| r.status().as_u16()) }
    };
    // over the bound, a connection is answered 503 at once without being read
    let refused = raw(app.port, b"", Duration::from_secs(2)).await;
    assert!(refused.starts_with("HTTP/1.1 503"), "all connections are taken by idle sockets: {refused}");
    // every idle socket is closed by the server at the header bound
    for mut s in idle {
        let mut buf = [0u8; 16];
        let n = tokio::time::timeout(Duration::from_secs(10), s.read(&mut buf)).await;
        assert!(matches!(n, Ok(Ok(0)) | Ok(Err(_))), "an idle socket was not closed: {n:?}");
    }
    let closed_after = opened.elapsed();
    assert!(closed_after >= header && closed_after < header * 4, "closed after {closed_after:?}");
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(get(fresh()).await.ok(), Some(200));

    // one request, then idle: closed after the keep-alive bound, not the header bound
    let mut s = tokio::net::TcpStream::connect(("127.0.0.1", app.port)).await.unwrap();
    let request = format!("GET /api/v1/klanten HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {}\r\n\r\n", app.token);
    s.write_all(request.as_bytes()).await.unwrap();
    let mut buf = vec![0u8; 65536];
    let n = s.read(&mut buf).await.unwrap();
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 200"));
    let answered = std::time::Instant::now();
    loop {
        match tokio::time::timeout(Duration::from_secs(10), s.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => break,
            Ok(Ok(_)) => continue,
            Err(_) => panic!("an idle kept-alive connection was not closed"),
        }
    }
    let idle_for = answered.elapsed();
    assert!(idle_for >= keep_alive && idle_for < keep_alive * 3, "closed after {idle_for:?}");

    // a head that trickles: a byte every 300 ms is cut off at the header bound from its first byte
    let mut s = tokio::net::TcpStream::connect(("127.0.0.1", app.port)).await.unwrap();
    let first = std::time::Instant::now();
    let mut cut = false;
    for b in request.as_bytes() {
        if s.write_all(&[*b]).await.is_err() {
            cut = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
        if let Ok(Ok(0)) = tokio::time::timeout(Duration::from_millis(1), s.read(&mut buf)).await {
            cut = true;
            break;
        }
    }
    assert!(cut, "a trickling head was never cut off");
    let after = first.elapsed();
    assert!(after >= header && after < header * 3, "cut off after {after:?}");
}
