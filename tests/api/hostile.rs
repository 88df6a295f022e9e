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
