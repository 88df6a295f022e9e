//! Building responses: bodies, 304, and the reference's escaping of U+2028 and U+2029.
use bytes::Bytes;
use http_body_util::Full;
use hyper::header::HeaderValue;
use hyper::{Response, StatusCode};

pub(super) fn response(status: StatusCode, body: Bytes) -> Response<Full<Bytes>> {
    let mut r = Response::new(Full::new(body));
    *r.status_mut() = status;
    r
}

/// 304 with the ETag and no body (the standard's HTTP caching; `API-version` is added by `handle`).
pub(super) fn not_modified(tag: &str) -> Response<Full<Bytes>> {
    let mut r = response(StatusCode::NOT_MODIFIED, Bytes::new());
    r.headers_mut().insert(hyper::header::ETAG, HeaderValue::from_str(tag).expect("hex"));
    r
}

pub(crate) use crate::domain::representation::escape_line_separators_in as escape_line_separators;
