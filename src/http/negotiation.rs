//! What a request must satisfy before anything else: an allowed `Host` (Django's ALLOWED_HOSTS), an `Accept` that
//! admits JSON, and CORS preflights answered as the reference does.
use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::header::{HeaderValue, CONTENT_LENGTH};
use hyper::{Method, Request, Response, StatusCode};

use super::response::response;

/// Whether an `Accept` header admits `application/json` (if not, 406 as in the reference).
pub(super) fn accepts_json(accept: Option<&str>) -> bool {
    let Some(accept) = accept else { return true };
    if accept.trim().is_empty() {
        return true;
    }
    accept.split(',').any(|range| {
        let media = range.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
        matches!(media.as_str(), "application/json" | "application/*" | "*/*")
    })
}

/// Django's ALLOWED_HOSTS matching: the host without its port, case-insensitive; `.domain` admits the domain and
/// its subdomains; `*` admits everything.
pub(super) fn host_allowed(host: &str, allowed: &[String]) -> bool {
    let name = match host.rsplit_once(':') {
        Some((h, port)) if port.bytes().all(|b| b.is_ascii_digit()) && !h.ends_with(':') => h,
        _ => host,
    }
    .trim_end_matches('.')
    .to_ascii_lowercase();
    !name.is_empty()
        && allowed
            .iter()
            .map(|a| a.trim().to_ascii_lowercase())
            .any(|a| a == "*" || a == name || (a.starts_with('.') && (name.ends_with(&a) || name == a[1..])))
}

/// CORS as the reference answers it (README, Cross-origin requests; django-cors-middleware allowing every origin):
/// a preflight gets 200 with the allowed methods and headers; any request with `Origin` gets
/// `Access-Control-Allow-Origin: *`.
pub(super) const CORS_ALLOW_METHODS: &str = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
pub(super) const CORS_ALLOW_HEADERS: &str =
    "x-requested-with, content-type, accept, origin, authorization, x-csrftoken, \
                                  user-agent, accept-encoding, accept-crs, content-crs";

pub(super) fn is_preflight(req: &Request<Incoming>) -> bool {
    req.method() == Method::OPTIONS
        && req.headers().contains_key(hyper::header::ORIGIN)
        && req.headers().contains_key(hyper::header::ACCESS_CONTROL_REQUEST_METHOD)
}

pub(super) fn preflight() -> Response<Full<Bytes>> {
    let mut r = response(StatusCode::OK, Bytes::new());
    let h = r.headers_mut();
    h.insert(hyper::header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    h.insert(hyper::header::ACCESS_CONTROL_ALLOW_METHODS, HeaderValue::from_static(CORS_ALLOW_METHODS));
    h.insert(hyper::header::ACCESS_CONTROL_ALLOW_HEADERS, HeaderValue::from_static(CORS_ALLOW_HEADERS));
    h.insert(hyper::header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("86400"));
    h.insert(CONTENT_LENGTH, HeaderValue::from(0));
    r
}
