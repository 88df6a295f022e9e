//! The published OAS document (README, "The OAS document"): the four places, both forms, no token, CORS open,
//! `API-version`, ETag and 304, the query string ignored, and nothing else added.
use crate::helpers::*;
use serde_json::Value;

const YAML: &str = include_str!("../../openapi.yaml");

#[tokio::test]
async fn the_document_is_served_without_a_token_in_both_forms() {
    let app = spawn_app(&Backend::Sqlite).await;
    // the JSON form holds what Python's YAML loader reads from openapi.yaml (checked key order included by the
    // server's unit test); here: it is JSON and the same document as the YAML's own top-level keys say
    let yaml_value: Value = app.send(app.client.get(app.url("/api/v1/schema/openapi.json"))).await.json();
    assert_eq!(
        yaml_value.as_object().unwrap().keys().map(String::as_str).collect::<Vec<_>>(),
        YAML.lines()
            .filter(|l| !l.starts_with([' ', '#', '-']) && l.contains(':'))
            .map(|l| l.split(':').next().unwrap())
            .collect::<Vec<_>>()
    );
    for (path, content_type) in [
        ("/api/v1/schema/openapi.yaml", "application/yaml; charset=utf-8"),
        ("/api/v1/openapi.yaml", "application/yaml; charset=utf-8"),
        ("/api/v1/schema/openapi.json", "application/json; charset=utf-8"),
        ("/api/v1/openapi.json", "application/json; charset=utf-8"),
        ("/api/v1/schema/openapi.yaml?v=3", "application/yaml; charset=utf-8"),
    ] {
        // no Authorization header at all
        let a = app.send(app.client.get(app.url(path)).header("Origin", "http://elsewhere.example")).await;
        assert_eq!(a.status, 200, "{path}: {}", a.text);
        assert_eq!(a.header("content-type"), Some(content_type), "{path}");
        assert_eq!(a.header("api-version"), Some("1.0.0"), "{path}");
        assert_eq!(a.header("access-control-allow-origin"), Some("*"), "{path}");
        let tag = a.header("etag").unwrap_or_else(|| panic!("{path}: no ETag")).to_string();
        if content_type.starts_with("application/yaml") {
            assert_eq!(a.text, YAML, "{path}: the shipped openapi.yaml, byte for byte");
        } else {
            assert_eq!(a.json(), yaml_value, "{path}");
            assert_eq!(a.json()["info"]["title"], "Klanten API");
        }
        let head = app.send(app.client.head(app.url(path))).await;
        assert_eq!(head.status, 200, "{path}");
        assert_eq!(head.text, "", "{path}");
        assert_eq!(head.header("content-length"), Some(a.text.len().to_string().as_str()), "{path}");
        let again = app.send(app.client.get(app.url(path)).header("If-None-Match", &tag)).await;
        assert_eq!(again.status, 304, "{path}");
        assert_eq!(again.text, "", "{path}");
        assert_eq!(again.header("etag"), Some(tag.as_str()), "{path}");
    }
}

#[tokio::test]
async fn nothing_else_is_added() {
    let app = spawn_app(&Backend::Sqlite).await;
    let post = app.send(app.client.post(app.url("/api/v1/openapi.json")).body("{}")).await;
    assert_eq!(post.status, 405, "{}", post.text);
    assert_eq!(post.json()["code"], "method_not_allowed");
    for path in [
        "/api/v1/schema/",
        "/api/v1/schema/openapi.yml",
        "/api/v1/openapi.json/",
        "/api/v2/openapi.json",
        "/openapi.json",
    ] {
        let a = app.send(app.client.get(app.url(path))).await;
        assert_eq!(a.status, 404, "{path}: {}", a.text);
        assert_eq!(a.header("content-type"), Some("application/problem+json"), "{path}");
    }
}
