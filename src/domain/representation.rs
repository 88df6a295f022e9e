//! The stored representation of a klant: the exact JSON text the API answers (key order, `""`/`null`, U+2028 and
//! U+2029 escaped as the reference's renderer writes them), rendered once in the write transaction that changes
//! the klant, with a base-relative `url`. Only the base URL depends on the request; [`with_base`] adds it.
//!
//! `Klant::from_representation` (`super::description`) reads a stored representation back, so that an update merges
//! onto exactly the state that was stored.
use serde_json::Value;

use super::description::Klant;

/// Every representation starts with this; the base URL goes right after it.
const URL_PREFIX: &str = "{\"url\":\"";

/// The representation of `k` with a base-relative `url` (`/api/v1/klanten/UUID`), key for key as the reference
/// renders it.
pub fn render(k: &Klant) -> String {
    escape_line_separators(serde_json::to_string(&k.to_value()).unwrap_or_default())
}

/// The stored representation under `base_url` (`http://HOST`), as bytes ready to answer.
pub fn with_base(representation: &str, base_url: &str) -> Vec<u8> {
    let escaped = escape_base(base_url);
    let mut out = Vec::with_capacity(representation.len() + escaped.len());
    push_with_escaped_base(&mut out, representation, &escaped);
    out
}

/// `base_url` as it stands inside a JSON string.
pub fn escape_base(base_url: &str) -> String {
    let quoted = escape_line_separators(serde_json::to_string(base_url).unwrap_or_else(|_| "\"\"".into()));
    quoted[1..quoted.len() - 1].to_string()
}

/// Appends the stored representation under a base URL escaped by [`escape_base`].
pub fn push_with_escaped_base(out: &mut Vec<u8>, representation: &str, escaped_base: &str) {
    push_bytes_with_escaped_base(out, representation.as_bytes(), escaped_base);
}

/// [`push_with_escaped_base`] of a representation's UTF-8 bytes.
pub fn push_bytes_with_escaped_base(out: &mut Vec<u8>, representation: &[u8], escaped_base: &str) {
    let rest = representation.strip_prefix(URL_PREFIX.as_bytes()).unwrap_or(representation);
    out.extend_from_slice(URL_PREFIX.as_bytes());
    out.extend_from_slice(escaped_base.as_bytes());
    out.extend_from_slice(rest);
}

/// The `wijzigingen` an audit record of this server stores: `{"oud": …}` only, the stored representation before the
/// change (`None`: there was none, `null`) under `base_url`. Its `nieuw` is the next record's `oud`, or the klant as
/// stored now, and is added when the record is read (`super::audit::completed`): a write stores each state once.
pub fn stored_wijzigingen(oud: Option<&str>, base_url: &str) -> String {
    let escaped = escape_base(base_url);
    let mut out = Vec::with_capacity(oud.map_or(4, str::len) + escaped.len() + 10);
    out.extend_from_slice(b"{\"oud\":");
    match oud {
        Some(r) => push_with_escaped_base(&mut out, r, &escaped),
        None => out.extend_from_slice(b"null"),
    }
    out.push(b'}');
    // every piece is UTF-8 text
    String::from_utf8(out).unwrap_or_default()
}

/// The stored representation under `base_url`, as a JSON value (for audit records and messages).
pub fn value_with_base(representation: &str, base_url: &str) -> Value {
    serde_json::from_slice(&with_base(representation, base_url)).unwrap_or(Value::Null)
}

/// The reference's renderer escapes U+2028 and U+2029 in JSON (`\u2028`, `\u2029`); serde_json writes them raw.
/// In JSON text they can only stand inside strings, so a plain replace is exact.
pub fn escape_line_separators(text: String) -> String {
    if !text.contains(['\u{2028}', '\u{2029}']) {
        return text;
    }
    text.replace('\u{2028}', "\\u2028").replace('\u{2029}', "\\u2029")
}

/// [`escape_line_separators`] on JSON bytes: the reference's renderer escapes U+2028 and U+2029 in JSON (`\u2028`, `\u2029`);
/// serde_json writes them raw. In JSON text they can only stand inside strings, so a byte-level replace is exact.
pub fn escape_line_separators_in(body: bytes::Bytes) -> bytes::Bytes {
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
    bytes::Bytes::from(out)
}
