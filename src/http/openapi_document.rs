//! The API's published description: the `openapi.yaml` this server was built from, embedded at build time, and its
//! JSON form (made by `build.rs`), at the places where ZGW clients and the Dutch API design rules look for it
//! (README, "The OAS document"). Readable without a token, CORS open, with an ETag and 304. It is not an operation of
//! the API: it adds none, and only these four paths answer it.
use std::sync::LazyLock;

use bytes::Bytes;
use http_body_util::Full;
use hyper::header::{HeaderValue, ACCESS_CONTROL_ALLOW_ORIGIN, CONTENT_LENGTH, CONTENT_TYPE, ETAG, IF_NONE_MATCH};
use hyper::{Method, Request, Response, StatusCode};

use super::response::{not_modified, response};
use crate::domain::etag;
use crate::error::RequestError;

/// `openapi.yaml` as this project ships it, byte for byte.
pub const OPENAPI_YAML: &str = include_str!("../../openapi.yaml");
/// The same document as JSON.
pub const OPENAPI_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/openapi.json"));

/// One form of the document.
pub struct Document {
    body: &'static str,
    content_type: &'static str,
    etag: &'static LazyLock<String>,
}

static YAML_ETAG: LazyLock<String> = LazyLock::new(|| etag::of(OPENAPI_YAML.as_bytes()));
static JSON_ETAG: LazyLock<String> = LazyLock::new(|| etag::of(OPENAPI_JSON.as_bytes()));

/// The content types of the reference's schema views.
const YAML: Document =
    Document { body: OPENAPI_YAML, content_type: "application/yaml; charset=utf-8", etag: &YAML_ETAG };
const JSON: Document =
    Document { body: OPENAPI_JSON, content_type: "application/json; charset=utf-8", etag: &JSON_ETAG };

/// The document served at `path` (the query string plays no part), if any: the reference's
/// `/api/v1/schema/openapi.{yaml,json}` and API-51's `/api/v1/openapi.{json,yaml}`.
pub fn at(path: &str) -> Option<&'static Document> {
    match path {
        "/api/v1/schema/openapi.yaml" | "/api/v1/openapi.yaml" => Some(&YAML),
        "/api/v1/schema/openapi.json" | "/api/v1/openapi.json" => Some(&JSON),
        _ => None,
    }
}

/// GET and HEAD answer the document (304 when `If-None-Match` names its ETag); any other method 405.
pub fn answer<B>(doc: &Document, req: &Request<B>) -> Result<Response<Full<Bytes>>, RequestError> {
    if req.method() != Method::GET && req.method() != Method::HEAD {
        return Err(RequestError::MethodNotAllowed { method: req.method().to_string(), allow: "GET, HEAD" });
    }
    let tag: &str = doc.etag;
    let inm = req.headers().get(IF_NONE_MATCH).and_then(|h| h.to_str().ok());
    let mut r = if inm.is_some_and(|h| etag::matches(h, tag)) {
        not_modified(tag)
    } else {
        let mut r = response(StatusCode::OK, Bytes::from_static(doc.body.as_bytes()));
        r.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static(doc.content_type));
        r.headers_mut().insert(CONTENT_LENGTH, HeaderValue::from(doc.body.len()));
        r.headers_mut().insert(ETAG, HeaderValue::from_str(tag).expect("hex"));
        r
    };
    r.headers_mut().insert(ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_json_form_is_the_same_document() {
        let json: serde_json::Value = serde_json::from_str(OPENAPI_JSON).unwrap();
        assert_eq!(json["openapi"], "3.0.0");
        assert_eq!(json["info"]["version"], "1.0.0");
        // key order as in the YAML text
        let first: Vec<&String> = json.as_object().unwrap().keys().collect();
        assert_eq!(first, ["openapi", "info", "security", "paths", "tags", "servers", "components"]);
        let paths: Vec<&String> = json["paths"].as_object().unwrap().keys().collect();
        let mut yaml_paths =
            OPENAPI_YAML.lines().filter(|l| l.starts_with("  /")).map(|l| l.trim().trim_end_matches(':'));
        assert!(paths.iter().all(|p| yaml_paths.next() == Some(p.as_str())));
    }

    #[test]
    fn only_the_four_paths() {
        assert!(at("/api/v1/schema/openapi.yaml").is_some());
        assert!(at("/api/v1/openapi.json").is_some());
        for other in ["/api/v1/schema/", "/api/v1/schema/openapi.yml", "/api/v1/openapi.yaml/", "/api/v2/openapi.json"]
        {
            assert!(at(other).is_none(), "{other}");
        }
    }
}
