//! What the coverage-guided fuzz targets in `fuzz/` call (README, "Fuzzing"): the request paths that take client
//! input, without the network. Thin wrappers around the functions the request path itself calls, so that a target
//! exercises exactly the server's code; not an API of its own.
use bytes::Bytes;
use serde_json::{Map, Value};

pub use crate::api::query::{parse_list, ListQuery, ParsedList};
pub use crate::auth::{AuthConfig, AuthError, Authoriser, Principal};
pub use crate::domain::description::{klant_url, Klant, FILTERS};
pub use crate::domain::etag;
pub use crate::domain::json::Json;
pub use crate::domain::names::camel_to_underscore as snake_case;
pub use crate::domain::operation::Operation;
pub use crate::domain::representation;
pub use crate::domain::subject::SubjectChecker;
pub use crate::domain::validation::{has_identificatie_input, merge, validate_klant, InvalidParam, Validated};
pub use crate::error::RequestError;
pub use crate::http::problem::Problem;

/// A write's body as received, parsed as the operations parse it (`parse_body` of `crate::api`): `{}` for a blank
/// body, a `parse_error` with Python's message for anything that is not JSON.
pub fn parse_body(raw: &[u8]) -> Result<Json, RequestError> {
    crate::api::parse_body(&Bytes::copy_from_slice(raw))
}

/// A kla-002 subject checker that refuses every subject before any connection (an empty
/// `--subject-allowed-hosts`): no fuzz input reaches the network, and a subject is `bad-url` at once.
pub fn offline_subject_checker() -> SubjectChecker {
    SubjectChecker::new(crate::domain::subject::SubjectConfig { allowed_hosts: Some(Vec::new()), ..Default::default() })
}

/// Django's `Host` syntax check, as the HTTP layer applies it to every request.
pub fn host_syntax_valid(host: &str) -> bool {
    crate::http::negotiation::host_syntax_valid(host)
}

/// The `--allowed-hosts` check of a `Host`.
pub fn host_allowed(host: &str, allowed: &[String]) -> bool {
    crate::http::negotiation::host_allowed(host, allowed)
}

/// Whether an `Accept` header admits JSON (otherwise 406).
pub fn accepts_json(accept: Option<&str>) -> bool {
    crate::http::negotiation::accepts_json(accept)
}

/// A token with the JSON text `header` and the claims `payload`, signed with HS256 under `secret` whatever the
/// header says: how the fuzz target gets past the signature to the checks after it.
pub fn sign_token(secret: &[u8], header: &str, payload: &Value) -> String {
    crate::auth::sign_hs256_with_header(secret, header, payload).unwrap_or_default()
}

/// Validated input merged onto a stored klant, as PUT and PATCH merge it.
pub fn merged(stored: &Klant, input: &Map<String, Value>) -> Klant {
    crate::api::merged(stored, input)
}
