//! What a request must satisfy before anything else: an allowed `Host` (Django's ALLOWED_HOSTS), an `Accept` that
//! admits JSON, and CORS preflights answered as the reference does.
use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::header::{HeaderValue, CONTENT_LENGTH};
use hyper::{Method, Request, Response, StatusCode};

use super::response::response;

/// Whether an `Accept` header admits `application/json` (if not, 406 as in the reference).
pub(crate) fn accepts_json(accept: Option<&str>) -> bool {
    let Some(accept) = accept else { return true };
    if accept.trim().is_empty() {
        return true;
    }
    accept.split(',').any(|range| {
        let media = range.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
        matches!(media.as_str(), "application/json" | "application/*" | "*/*")
    })
}

/// RFC 9112 §3.2: an HTTP/1.1 request has exactly one `Host`, and any request at most one; otherwise 400, before
/// anything reads the Host (it ends up in urls, audit trails and notifications). An HTTP/1.0 request may have none
/// (README, Deviations from the reference, item 17).
pub(super) fn one_host(req: &Request<Incoming>) -> Result<(), crate::error::RequestError> {
    let hosts = req.headers().get_all(hyper::header::HOST).iter().count();
    let required = req.version() >= hyper::Version::HTTP_11;
    if hosts > 1 || (hosts == 0 && required) {
        return Err(crate::error::RequestError::HostHeaders(hosts));
    }
    Ok(())
}

/// Django's ALLOWED_HOSTS matching: the host without its port, case-insensitive; `.domain` admits the domain and
/// its subdomains; `*` admits everything.
pub(crate) fn host_allowed(host: &str, allowed: &[String]) -> bool {
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

/// The preflight's answer, header for header the reference's: its CORS middleware answers before the API (so no
/// `API-version` and no `Allow`), with Django's empty `text/html; charset=utf-8` body and the `X-Frame-Options`
/// Django adds to every answer.
pub(super) fn preflight() -> Response<Full<Bytes>> {
    let mut r = response(StatusCode::OK, Bytes::new());
    let h = r.headers_mut();
    h.insert(hyper::header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    h.insert(hyper::header::X_FRAME_OPTIONS, HeaderValue::from_static("SAMEORIGIN"));
    h.insert(hyper::header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    h.insert(hyper::header::ACCESS_CONTROL_ALLOW_METHODS, HeaderValue::from_static(CORS_ALLOW_METHODS));
    h.insert(hyper::header::ACCESS_CONTROL_ALLOW_HEADERS, HeaderValue::from_static(CORS_ALLOW_HEADERS));
    h.insert(hyper::header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("86400"));
    h.insert(CONTENT_LENGTH, HeaderValue::from(0));
    r
}

/// Django's `host_validation_re` (`get_host`): a name of `[a-z0-9.-]` or a bracketed IPv6 address, then an optional
/// `:port`, compared in lower case. Anything else (`evil.example/x?y=`, `a"b<script>`, `user@host`) is refused before
/// the Host is used anywhere, whatever `--allowed-hosts` says.
pub(crate) fn host_syntax_valid(host: &str) -> bool {
    let host = host.to_ascii_lowercase();
    let (name, port) = match host.rfind(':') {
        // the colon of a port, not one inside an IPv6 address
        Some(i) if !host[i..].contains(']') && (!host.starts_with('[') || host[..i].ends_with(']')) => {
            (&host[..i], Some(&host[i + 1..]))
        }
        _ => (host.as_str(), None),
    };
    if port.is_some_and(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit())) {
        return false;
    }
    if let Some(inner) = name.strip_prefix('[').and_then(|n| n.strip_suffix(']')) {
        // \[[a-f0-9]*:[a-f0-9\.:]+\]
        let Some(colon) = inner.find(':') else { return false };
        let (head, tail) = (&inner[..colon], &inner[colon + 1..]);
        return head.bytes().all(|b| b.is_ascii_hexdigit())
            && !tail.is_empty()
            && tail.bytes().all(|b| b.is_ascii_hexdigit() || b == b'.' || b == b':');
    }
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_syntax_as_django() {
        for ok in ["klanten.gemeente.nl", "127.0.0.1:8000", "LOCALHOST", "[::1]", "[::1]:8000", "a-b.c", "[fe80::1%]"] {
            assert_eq!(host_syntax_valid(ok), !ok.contains('%'), "{ok}");
        }
        for bad in [
            "evil.example/x?y=",
            "a\"b<script>",
            "user@host",
            "host:",
            "host:8x",
            "[::1",
            "::1",
            "a b",
            "",
            "[]",
            "h_st",
        ] {
            assert!(!host_syntax_valid(bad), "{bad}");
        }
    }
}
