//! What the fuzz targets share: a current-thread runtime for the async checks, and the check of a problem body.
use std::sync::OnceLock;

use http_body_util::BodyExt;
use klanten::fuzzing::{Problem, RequestError};
use serde_json::Value;

/// The base URL the requests are made under.
pub const BASE: &str = "http://testserver";

/// One current-thread runtime for the whole run: the async code runs on it, nothing is spawned.
pub fn runtime() -> &'static tokio::runtime::Runtime {
    static RT: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RT.get_or_init(|| tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime"))
}

/// The error as the client gets it: a problem body of its status, JSON with the fields of the reference, and,
/// for a validation error, each `invalidParams` entry with a name, a code and a reason.
pub fn check_problem(e: RequestError) {
    let expected_params = match &e {
        RequestError::Invalid(params) => Some(params.len()),
        _ => None,
    };
    let response = Problem::from(e).into_response(BASE);
    let status = response.status().as_u16();
    assert!((400..600).contains(&status), "a problem with status {status}");
    assert_eq!(response.headers().get("content-type").map(|v| v.as_bytes()), Some(&b"application/problem+json"[..]));
    let body = runtime().block_on(response.into_body().collect()).map(|b| b.to_bytes()).unwrap_or_else(|e| match e {});
    let json: Value = serde_json::from_slice(&body).expect("a problem body is JSON");
    for key in ["type", "code", "title", "detail", "instance"] {
        assert!(json[key].is_string(), "problem without {key}: {json}");
    }
    assert!(!json["code"].as_str().unwrap_or_default().is_empty(), "problem without a code: {json}");
    assert_eq!(json["status"], status, "{json}");
    if let Some(n) = expected_params {
        let params = json["invalidParams"].as_array().expect("invalidParams");
        assert!(n > 0 && params.len() == n, "a validation error without entries: {json}");
        for p in params {
            for key in ["name", "code", "reason"] {
                assert!(!p[key].as_str().unwrap_or_default().is_empty(), "an entry without {key}: {json}");
            }
        }
    }
}
