//! The Autorisaties API (AC) mock, under `/api/v1`, so that the reference and this server take the rights and
//! labels of the tester's two clients from one place: `GET /schema/openapi.yaml` its OAS document
//! (`ac-openapi.yaml`, read by the reference's client before its first request), `GET /applicaties?clientIds=…`
//! the paginated list `{count, next, previous, results}` of the applicaties of those client ids,
//! `GET /applicaties/consumer?clientId=…` and `GET /applicaties/{uuid}` one applicatie; anything else 404.
//!
//! An applicatie is written as the Autorisaties API writes it: `url` (ending in its uuid, which both servers take as
//! the audit trail's `applicatieId`), `clientIds`, `label` (the audit trail's `applicatieWeergave`),
//! `heeftAlleAutorisaties` and `autorisaties` (`component`, `componentWeergave`, `scopes`), on component `kc`.
use bytes::Bytes;
use http_body_util::Full;
use hyper::{Response, StatusCode};
use serde_json::{json, Value};

use super::{query_values, response, route, Received, OAS_YAML};

/// The OAS document the mock serves at `/api/v1/schema/openapi.yaml`.
pub const OPENAPI_YAML: &str = include_str!("ac-openapi.yaml");

/// The component whose scopes the Klanten API reads.
pub const COMPONENT: &str = "kc";

/// One applicatie of the AC mock.
#[derive(Clone, Debug, PartialEq)]
pub struct Applicatie {
    pub uuid: String,
    pub client_id: String,
    pub label: String,
    /// `heeftAlleAutorisaties`.
    pub all: bool,
    /// The scopes on component `kc` (when not `all`).
    pub scopes: Vec<String>,
}

impl Applicatie {
    fn json(&self, base: &str) -> Value {
        let autorisaties = if self.all {
            json!([])
        } else {
            json!([{"component": COMPONENT, "componentWeergave": "Klanten API", "scopes": self.scopes}])
        };
        json!({
            "url": format!("{base}/applicaties/{}", self.uuid),
            "clientIds": [self.client_id],
            "label": self.label,
            "heeftAlleAutorisaties": self.all,
            "autorisaties": autorisaties,
        })
    }
}

/// The applicaties of a run: the full client with every right (`heeftAlleAutorisaties`), the limited one with only
/// `klanten.lezen`. Their uuids are fixed, so that two recordings name the same applicatie.
pub fn applicaties_for(full: &str, limited: Option<&str>) -> Vec<Applicatie> {
    let mut list = vec![Applicatie {
        uuid: "c0f0a000-0000-4000-8000-000000000001".into(),
        client_id: full.to_string(),
        label: "Conformance: alle autorisaties".into(),
        all: true,
        scopes: vec![],
    }];
    if let Some(limited) = limited {
        list.push(Applicatie {
            uuid: "c0f0a000-0000-4000-8000-000000000002".into(),
            client_id: limited.to_string(),
            label: "Conformance: klanten.lezen".into(),
            all: false,
            scopes: vec!["klanten.lezen".into()],
        });
    }
    list
}

pub(super) fn answer(
    received: &Received,
    query: &str,
    base: &str,
    applicaties: &[Applicatie],
) -> Response<Full<Bytes>> {
    let json = "application/json";
    let not_found = || response(StatusCode::NOT_FOUND, json, r#"{"detail":"Niet gevonden."}"#);
    if received.method != "GET" {
        return not_found();
    }
    match route(received) {
        "/schema/openapi.yaml" => response(StatusCode::OK, OAS_YAML, OPENAPI_YAML),
        "/applicaties" => {
            let wanted = query_values(query, "clientIds");
            let results: Vec<Value> = applicaties
                .iter()
                .filter(|a| wanted.is_empty() || wanted.contains(&a.client_id))
                .map(|a| a.json(base))
                .collect();
            let page = json!({"count": results.len(), "next": null, "previous": null, "results": results});
            response(StatusCode::OK, json, page.to_string())
        }
        "/applicaties/consumer" => {
            let wanted = query_values(query, "clientId");
            match applicaties.iter().find(|a| wanted.contains(&a.client_id)) {
                Some(a) => response(StatusCode::OK, json, a.json(base).to_string()),
                None => not_found(),
            }
        }
        path => match path.strip_prefix("/applicaties/").and_then(|u| applicaties.iter().find(|a| a.uuid == u)) {
            Some(a) => response(StatusCode::OK, json, a.json(base).to_string()),
            None => not_found(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{fetch, operation_path, yaml};
    use super::super::{MockOptions, Mocks};
    use super::*;
    use std::time::Duration;

    async fn started() -> Mocks {
        Mocks::start(&MockOptions::new(Duration::ZERO, applicaties_for("alles", Some("lezer")))).await.unwrap()
    }

    /// What the reference keeps of an applicatie (vng-api-common's applicatie serializer): a `url` ending in a uuid,
    /// `clientIds`, `label`, and either `heeftAlleAutorisaties` or `autorisaties`, never both; what this server
    /// reads (src/auth/ac.rs): the same, scopes on component `kc`.
    #[tokio::test]
    async fn the_ac_mock_gives_each_client_its_rights_and_label() {
        let mocks = started().await;
        let base = mocks.ac_base();
        let (s, _, _, text) = fetch("GET", &format!("{base}/applicaties?clientIds=alles"), None).await;
        assert_eq!(s, 200);
        let page: Value = serde_json::from_str(&text).unwrap();
        assert_eq!((page["count"].clone(), page["next"].clone()), (json!(1), Value::Null));
        let alles = &page["results"][0];
        assert_eq!(alles["url"], format!("{base}/applicaties/c0f0a000-0000-4000-8000-000000000001"));
        assert_eq!(alles["clientIds"], json!(["alles"]));
        assert_eq!(alles["heeftAlleAutorisaties"], true);
        assert_eq!(alles["autorisaties"], json!([]));
        assert_eq!(alles["label"], "Conformance: alle autorisaties");

        let (_, _, _, text) = fetch("GET", &format!("{base}/applicaties?clientIds=lezer"), None).await;
        let lezer = &serde_json::from_str::<Value>(&text).unwrap()["results"][0];
        assert_eq!(lezer["heeftAlleAutorisaties"], false);
        assert_eq!(
            lezer["autorisaties"],
            json!([{"component": "kc", "componentWeergave": "Klanten API", "scopes": ["klanten.lezen"]}])
        );
        let (_, _, _, text) = fetch("GET", &format!("{base}/applicaties?clientIds=onbekend"), None).await;
        assert_eq!(
            serde_json::from_str::<Value>(&text).unwrap(),
            json!({"count": 0, "next": null, "previous": null, "results": []})
        );

        let (s, _, _, text) = fetch("GET", lezer["url"].as_str().unwrap(), None).await;
        assert_eq!((s, serde_json::from_str::<Value>(&text).unwrap()), (200, lezer.clone()));
        let (s, _, _, text) = fetch("GET", &format!("{base}/applicaties/consumer?clientId=alles"), None).await;
        assert_eq!((s, serde_json::from_str::<Value>(&text).unwrap()), (200, alles.clone()));
        assert_eq!(fetch("GET", &format!("{base}/applicaties/consumer?clientId=x"), None).await.0, 404);
        assert_eq!(fetch("POST", &format!("{base}/applicaties"), Some("{}")).await.0, 404);
        // nothing the AC mock receives is a notification
        assert_eq!((mocks.log.len(), mocks.log.notifications_since(0)), (7, 0));
    }

    #[tokio::test]
    async fn the_ac_mock_serves_the_oas_document_the_references_client_needs() {
        let mocks = started().await;
        let (s, _, _, text) = fetch("GET", &format!("{}/schema/openapi.yaml?v=3", mocks.ac_base()), None).await;
        assert_eq!(s, 200);
        let doc = yaml(&text);
        assert_eq!(operation_path(&doc, "applicatie_list"), "/applicaties");
        assert_eq!(operation_path(&doc, "applicatie_read"), "/applicaties/{uuid}");
    }

    #[test]
    fn without_a_limited_client_only_the_full_one_is_known() {
        let list = applicaties_for("a", None);
        assert_eq!(list.len(), 1);
        assert!(list[0].all);
    }
}
