//! The Notificaties API (NRC) mock, under `/api/v1`: `GET /schema/openapi.yaml` its OAS document
//! (`nrc-openapi.yaml`: the reference's client reads it, with `?v=3`, before it publishes, and answers 500 to the
//! write when it cannot), `POST /notificaties` 201 echoing the body, `GET /kanaal?naam=klanten` the kanaal `klanten`,
//! `GET /kanaal/{uuid}` that kanaal, `POST /kanaal` 201; anything else 404.
use bytes::Bytes;
use http_body_util::Full;
use hyper::{Response, StatusCode};
use serde_json::json;

use super::{query_values, response, route, Received, OAS_YAML};

/// The OAS document the mock serves at `/api/v1/schema/openapi.yaml`.
pub const OPENAPI_YAML: &str = include_str!("nrc-openapi.yaml");

/// The uuid of the mock's one kanaal.
const KANAAL_UUID: &str = "00000000-0000-4000-8000-000000000001";

pub(super) fn answer(received: &Received, query: &str, base: &str) -> Response<Full<Bytes>> {
    let json = "application/json";
    let kanaal = json!({
        "url": format!("{base}/kanaal/{KANAAL_UUID}"),
        "naam": "klanten",
        "documentatieLink": "",
        "filters": [],
    });
    match (received.method.as_str(), route(received)) {
        ("GET", "/schema/openapi.yaml") => response(StatusCode::OK, OAS_YAML, OPENAPI_YAML),
        ("POST", "/notificaties") => response(StatusCode::CREATED, json, received.body.to_string()),
        ("GET", "/kanaal") => {
            let naam = query_values(query, "naam");
            let list = if naam.is_empty() || naam.iter().any(|n| n == "klanten") { json!([kanaal]) } else { json!([]) };
            response(StatusCode::OK, json, list.to_string())
        }
        ("GET", path) if path == format!("/kanaal/{KANAAL_UUID}") => response(StatusCode::OK, json, kanaal.to_string()),
        ("POST", "/kanaal") => {
            let mut created = kanaal;
            if let (Some(c), Some(b)) = (created.as_object_mut(), received.body.as_object()) {
                for (k, v) in b {
                    c.insert(k.clone(), v.clone());
                }
            }
            response(StatusCode::CREATED, json, created.to_string())
        }
        _ => response(StatusCode::NOT_FOUND, json, Bytes::from_static(b"{}")),
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{fetch, operation_path, yaml};
    use super::super::{MockOptions, Mocks};
    use serde_json::Value;
    use std::time::Duration;

    #[tokio::test]
    async fn the_nrc_mock_records_and_answers() {
        let mocks = Mocks::start(&MockOptions::new(Duration::ZERO, vec![])).await.unwrap();
        let base = mocks.nrc_base();
        let (s, _, _, text) =
            fetch("POST", &format!("{base}/notificaties"), Some(r#"{"kanaal":"klanten","b":1}"#)).await;
        assert_eq!(s, 201);
        assert_eq!(text, r#"{"kanaal":"klanten","b":1}"#);
        let (s, _, _, text) = fetch("GET", &format!("{base}/kanaal?naam=klanten"), None).await;
        assert_eq!(s, 200);
        let list: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(list[0]["naam"], "klanten");
        let keys: Vec<&String> = list[0].as_object().unwrap().keys().collect();
        assert_eq!(keys, ["url", "naam", "documentatieLink", "filters"]);
        let (s, _, _, text) = fetch("GET", list[0]["url"].as_str().unwrap(), None).await;
        assert_eq!(s, 200);
        assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), list[0]);
        let (_, _, _, text) = fetch("GET", &format!("{base}/kanaal?naam=zaken"), None).await;
        assert_eq!(text, "[]");
        assert_eq!(fetch("POST", &format!("{base}/kanaal"), Some(r#"{"naam":"klanten"}"#)).await.0, 201);
        assert_eq!(fetch("GET", &format!("{base}/onbekend"), None).await.0, 404);
        assert_eq!(mocks.log.len(), 6);
        assert_eq!(mocks.log.notifications_since(0), 1);
    }

    /// The document the reference's notification client reads before it publishes (with `?v=3`): YAML, OAS 3.0,
    /// `notificaties_create` at `/notificaties`, which the client joins to the NRC's base path.
    #[tokio::test]
    async fn the_nrc_mock_serves_the_oas_document_the_references_client_needs() {
        let mocks = Mocks::start(&MockOptions::new(Duration::ZERO, vec![])).await.unwrap();
        let (s, _, content_type, text) =
            fetch("GET", &format!("{}/schema/openapi.yaml?v=3", mocks.nrc_base()), None).await;
        assert_eq!(s, 200);
        assert!(content_type.starts_with("application/vnd.oai.openapi"), "{content_type}");
        let doc = yaml(&text);
        assert_eq!(operation_path(&doc, "notificaties_create"), "/notificaties");
        assert_eq!(operation_path(&doc, "kanaal_list"), "/kanaal");
        assert_eq!(operation_path(&doc, "kanaal_create"), "/kanaal");
        // the schema fetch is recorded, but it is no notification
        assert_eq!((mocks.log.len(), mocks.log.notifications_since(0)), (1, 0));
    }
}
