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

/// The reference's renderer escapes U+2028 and U+2029 in JSON (`\u2028`, `\u2029`);
/// serde_json writes them raw. In JSON text they can only stand inside strings, so a byte-level replace is exact.
pub(crate) fn escape_line_separators(body: Bytes) -> Bytes {
    let has = body.windows(3).any(|w| w[0] == 0xE2 && w[1] == 0x80 && (w[2] == 0xA8 || w[2] == 0xA9));
    if !has {
        return body;
    }
    let mut out = Vec::with_capacity(body.len() + 16);
    let mut i = 0;
    while i < body.len() {
        if i + 2 < body.len() && body[i] == 0xE2 && body[i + 1] == 0x80 && (body[i + 2] == 0xA8 || body[i + 2] == 0xA9)
        {
            out.extend_from_slice(if body[i + 2] == 0xA8 { b"\\u2028" } else { b"\\u2029" });
            i += 3;
        } else {
            out.push(body[i]);
            i += 1;
        }
    }
    Bytes::from(out)
}
