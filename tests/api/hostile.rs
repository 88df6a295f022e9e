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

/// A NUL in a filter value is refused as the reference refuses it (400 `null_characters_not_allowed`, named by the
/// filter, after the filter's own rules), on both databases: it never reaches a statement (PostgreSQL refused it
/// with a 500). `subjectType` is a choice, not trimmed, and has only its choice rule.
db_test!(a_nul_in_any_filter_is_refused_as_the_reference_does);
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

/// A token whose `user_id` or `user_representation` holds a control character (a NUL made every write of such a
/// client a 500 on PostgreSQL, and landed in the audit trail on SQLite) is refused with 403
/// `jwt-control-characters` on both databases, and writes nothing.
db_test!(control_characters_in_token_claims_are_refused_before_anything_is_written);
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
