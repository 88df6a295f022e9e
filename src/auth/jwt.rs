//! HS256 JSON Web Tokens, decoded in the reference's order (see `crate::auth::Authoriser::authenticate`):
//! first without verification (structure, base64url, JSON), so that the `client_id` can pick the
//! secret; then the algorithm, the signature and the time claims.
//!
//! Hand-written on `hmac` + `sha2` + `base64` rather than a JWT library because the order of the
//! checks, and so the error code a client sees, is part of the reference behaviour.

use base64::alphabet::URL_SAFE;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine;
use hmac::{Hmac, Mac};
use serde::Serialize;
use serde_json::{Map, Value};
use sha2::Sha256;

use super::AuthError;

type HmacSha256 = Hmac<Sha256>;

/// base64url as PyJWT reads it: padding optional, non-zero trailing bits tolerated.
const B64_LENIENT: GeneralPurpose = GeneralPurpose::new(
    &URL_SAFE,
    GeneralPurposeConfig::new()
        .with_decode_padding_mode(DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true),
);

/// base64url without padding, as RFC 7515 prescribes for what we sign.
const B64_OUT: GeneralPurpose = base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// The header of every token we sign, in this key order (brief: `{"typ":"JWT","alg":"HS256"}`).
const HEADER_HS256: &str = r#"{"typ":"JWT","alg":"HS256"}"#;

/// A token split and decoded, but not yet verified.
pub(crate) struct Unverified<'a> {
    pub header: Map<String, Value>,
    pub payload: Map<String, Value>,
    signing_input: &'a str,
    signature: Vec<u8>,
}

/// The reference's first check, before the `client_id` is looked at: three base64url segments; header and payload
/// JSON objects.
pub(crate) fn decode_unverified(token: &str) -> Result<Unverified<'_>, AuthError> {
    let mut parts = token.split('.');
    let (Some(h), Some(p), Some(s), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return Err(AuthError::JwtDecodeError);
    };
    let header = json_object(h)?;
    let payload = json_object(p)?;
    let signature = B64_LENIENT.decode(s).map_err(|_| AuthError::JwtDecodeError)?;
    Ok(Unverified { header, payload, signing_input: &token[..h.len() + 1 + p.len()], signature })
}

fn json_object(segment: &str) -> Result<Map<String, Value>, AuthError> {
    let bytes = B64_LENIENT.decode(segment).map_err(|_| AuthError::JwtDecodeError)?;
    match serde_json::from_slice::<Value>(&bytes) {
        Ok(Value::Object(map)) => Ok(map),
        _ => Err(AuthError::JwtDecodeError),
    }
}

impl Unverified<'_> {
    /// Only `HS256` is accepted; `none`, `HS512`, RS*, a missing or non-string `alg` are refused.
    pub fn check_algorithm(&self) -> Result<(), AuthError> {
        match self.header.get("alg") {
            Some(Value::String(alg)) if alg == "HS256" => Ok(()),
            _ => Err(AuthError::UnsupportedAlgorithm),
        }
    }

    /// Constant-time comparison of the HMAC-SHA256 over `header.payload` as sent.
    pub fn verify_signature(&self, secret: &[u8]) -> Result<(), AuthError> {
        let mac = hs256(secret, self.signing_input).ok_or(AuthError::InvalidJwtSignature)?;
        mac.verify_slice(&self.signature).map_err(|_| AuthError::InvalidJwtSignature)
    }
}

/// The time claims, checked as PyJWT does after the signature: `iat` must be a number (its value
/// is not checked: a future `iat` is accepted), then `nbf`, then `exp`. Absent claims are fine; a
/// token without `exp` does not expire, as in the reference (PyJWT 1.7.1). Boundaries: expired
/// when `exp < now - leeway`, immature when `nbf > now + leeway` (whole seconds; a fractional
/// claim is truncated). Returns the two claims that depend on the clock, for the checks of the
/// token's later uses ([`TimeClaims::check`]).
pub(crate) fn check_time_claims(
    payload: &Map<String, Value>,
    now: i64,
    leeway_secs: i64,
) -> Result<TimeClaims, AuthError> {
    if let Some(iat) = payload.get("iat") {
        numeric_date(iat)?;
    }
    // `nbf` is judged before `exp` is read, so a bad `exp` of an immature token is not what the client hears
    let nbf = payload.get("nbf").map(numeric_date).transpose()?;
    TimeClaims { nbf, exp: None }.check(now, leeway_secs)?;
    let claims = TimeClaims { nbf, exp: payload.get("exp").map(numeric_date).transpose()? };
    claims.check(now, leeway_secs)?;
    Ok(claims)
}

/// A token's `nbf` and `exp` as whole seconds: what of a verified token still depends on the clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TimeClaims {
    pub nbf: Option<i64>,
    pub exp: Option<i64>,
}

impl TimeClaims {
    /// `nbf`, then `exp`, against `now` with `leeway_secs` either way (see [`check_time_claims`]).
    pub fn check(&self, now: i64, leeway_secs: i64) -> Result<(), AuthError> {
        if self.nbf.is_some_and(|nbf| nbf > now.saturating_add(leeway_secs)) {
            return Err(AuthError::TokenNotYetValid);
        }
        if self.exp.is_some_and(|exp| exp < now.saturating_sub(leeway_secs)) {
            return Err(AuthError::TokenExpired);
        }
        Ok(())
    }
}

/// An RFC 7519 NumericDate: any JSON number, truncated to whole seconds and saturated to `i64`.
fn numeric_date(value: &Value) -> Result<i64, AuthError> {
    let Value::Number(n) = value else {
        return Err(AuthError::JwtDecodeError);
    };
    if let Some(i) = n.as_i64() {
        Ok(i)
    } else if n.as_u64().is_some() {
        Ok(i64::MAX)
    } else {
        // `as` saturates for out-of-range floats; JSON has no NaN or infinity.
        n.as_f64().map(|f| f as i64).ok_or(AuthError::JwtDecodeError)
    }
}

/// The HMAC-SHA256 of `signing_input` (`header.payload` in base64url) under `secret`: the one place where tokens
/// are signed ([`sign_hs256`]) and checked ([`Unverified::verify_signature`]). `None` for a key HMAC refuses (it takes
/// keys of any length, so never in practice).
fn hs256(secret: &[u8], signing_input: &str) -> Option<HmacSha256> {
    let mut mac = HmacSha256::new_from_slice(secret).ok()?;
    mac.update(signing_input.as_bytes());
    Some(mac)
}

/// Signs `claims` (serialised in field order) with HS256 under the fixed header.
pub(crate) fn sign_hs256<C: Serialize>(secret: &[u8], claims: &C) -> Result<String, String> {
    sign_hs256_with_header(secret, HEADER_HS256, claims)
}

/// Signs `claims` with HS256 under `header` (JSON text, sent as it is): the one place where tokens are made, for
/// this server's own tokens and the ones it sends to the Autorisaties and Notificaties APIs.
pub(crate) fn sign_hs256_with_header<C: Serialize>(secret: &[u8], header: &str, claims: &C) -> Result<String, String> {
    let payload = serde_json::to_vec(claims).map_err(|e| format!("cannot serialise claims: {e}"))?;
    let mut token = B64_OUT.encode(header);
    token.push('.');
    token.push_str(&B64_OUT.encode(payload));
    let signature = hs256(secret, &token).ok_or("unusable secret")?.finalize().into_bytes();
    token.push('.');
    token.push_str(&B64_OUT.encode(signature));
    Ok(token)
}

/// Seconds since the Unix epoch (0 if the clock is before it).
pub(crate) fn now_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// Standard claims of the tokens this server issues (`klanten token`) and sends to the AC.
#[derive(Serialize)]
pub(crate) struct IssuedClaims<'a> {
    pub iss: &'a str,
    pub iat: i64,
    pub client_id: &'a str,
    pub user_id: &'a str,
    pub user_representation: &'a str,
}

/// Test helper: a token from raw header/payload JSON text, signed with HS256 under `secret`
/// whatever the header says.
#[cfg(test)]
pub(crate) fn raw_token(header: &str, payload: &str, secret: &[u8]) -> String {
    let input = format!("{}.{}", B64_OUT.encode(header), B64_OUT.encode(payload));
    let signature = hs256(secret, &input).expect("HMAC takes keys of any length").finalize().into_bytes();
    format!("{input}.{}", B64_OUT.encode(signature))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn sign_then_verify_roundtrip_and_header_shape() {
        let claims = IssuedClaims { iss: "a", iat: 5, client_id: "a", user_id: "u", user_representation: "U" };
        let token = sign_hs256(b"s3cret", &claims).unwrap();
        let u = decode_unverified(&token).unwrap();
        let h = token.split('.').next().unwrap();
        assert_eq!(B64_OUT.decode(h).unwrap(), HEADER_HS256.as_bytes());
        assert_eq!(
            Value::Object(u.payload.clone()),
            json!({"iss":"a","iat":5,"client_id":"a","user_id":"u","user_representation":"U"})
        );
        // key order of the payload is the declared field order
        let p = token.split('.').nth(1).unwrap();
        assert_eq!(
            String::from_utf8(B64_OUT.decode(p).unwrap()).unwrap(),
            r#"{"iss":"a","iat":5,"client_id":"a","user_id":"u","user_representation":"U"}"#
        );
        u.check_algorithm().unwrap();
        u.verify_signature(b"s3cret").unwrap();
        assert_eq!(u.verify_signature(b"other"), Err(AuthError::InvalidJwtSignature));
    }

    #[test]
    fn padded_segments_are_accepted() {
        let t = raw_token(r#"{"alg":"HS256"}"#, r#"{"client_id":"x"}"#, b"k");
        let padded: Vec<String> = t.split('.').map(|s| format!("{s}{}", "=".repeat((4 - s.len() % 4) % 4))).collect();
        let padded = padded.join(".");
        let u = decode_unverified(&padded).unwrap();
        // the signature covers the segments as sent, so a re-padded token no longer verifies
        assert_eq!(u.verify_signature(b"k"), Err(AuthError::InvalidJwtSignature));
        assert!(decode_unverified(&t).unwrap().verify_signature(b"k").is_ok());
    }

    #[test]
    fn structural_errors_are_decode_errors() {
        let good_h = B64_OUT.encode(r#"{"alg":"HS256"}"#);
        let good_p = B64_OUT.encode(r#"{"client_id":"x"}"#);
        let cases = vec![
            String::new(),
            "abc".into(),
            "a.b".into(),
            format!("{good_h}.{good_p}"),
            format!("{good_h}.{good_p}.sig.extra"),
            format!("{good_h}.{good_p}.!!!"),
            format!("!!.{good_p}.sig"),
            format!("{good_h}.%%%.sig"),
            format!("{good_h}.{}.sig", B64_OUT.encode("[1,2]")),
            format!("{good_h}.{}.sig", B64_OUT.encode("\"str\"")),
            format!("{good_h}.{}.sig", B64_OUT.encode("{not json")),
            format!("{}.{good_p}.sig", B64_OUT.encode("null")),
            format!("{good_h}.{}.sig", B64_OUT.encode([0xff, 0xfe, 0x7b])),
            format!("{good_h}.{good_p}.a"), // 1 char is never valid base64
        ];
        for c in cases {
            assert!(matches!(decode_unverified(&c), Err(AuthError::JwtDecodeError)), "{c:?}");
        }
    }

    #[test]
    fn algorithm_check() {
        for h in [
            r#"{"alg":"none"}"#,
            r#"{"alg":"HS512"}"#,
            r#"{"alg":"hs256"}"#,
            r#"{"alg":"RS256"}"#,
            r#"{"alg":null}"#,
            r#"{"alg":256}"#,
            r#"{"typ":"JWT"}"#,
        ] {
            let t = raw_token(h, "{}", b"k");
            assert_eq!(decode_unverified(&t).unwrap().check_algorithm(), Err(AuthError::UnsupportedAlgorithm), "{h}");
        }
    }

    #[test]
    fn time_claims() {
        let now = 1_000_000;
        let obj = |v: Value| v.as_object().unwrap().clone();
        let ok = |v: Value, leeway| check_time_claims(&obj(v), now, leeway).map(|_| ());
        assert_eq!(ok(json!({}), 0), Ok(()));
        assert_eq!(ok(json!({"exp": now}), 0), Ok(()));
        assert_eq!(ok(json!({"exp": now - 1}), 0), Err(AuthError::TokenExpired));
        assert_eq!(ok(json!({"exp": now - 30}), 30), Ok(()));
        assert_eq!(ok(json!({"exp": now - 31}), 30), Err(AuthError::TokenExpired));
        assert_eq!(ok(json!({"exp": (now - 1) as f64 + 0.5}), 0), Err(AuthError::TokenExpired));
        assert_eq!(ok(json!({"nbf": now}), 0), Ok(()));
        assert_eq!(ok(json!({"nbf": now + 1}), 0), Err(AuthError::TokenNotYetValid));
        assert_eq!(ok(json!({"nbf": now + 30}), 30), Ok(()));
        assert_eq!(ok(json!({"nbf": now + 31}), 30), Err(AuthError::TokenNotYetValid));
        assert_eq!(ok(json!({"iat": now + 10_000}), 0), Ok(()));
        assert_eq!(ok(json!({"iat": 1.5}), 0), Ok(()));
        assert_eq!(ok(json!({"exp": u64::MAX}), 0), Ok(()));
        assert_eq!(ok(json!({"nbf": u64::MAX}), 0), Err(AuthError::TokenNotYetValid));
        assert_eq!(ok(json!({"exp": -1e300}), 0), Err(AuthError::TokenExpired));
        assert_eq!(ok(json!({"exp": now + 5}), i64::MAX), Ok(()));
        for bad in ["iat", "nbf", "exp"] {
            for v in [json!("123"), json!(null), json!(true), json!([1]), json!({})] {
                let mut m = Map::new();
                m.insert(bad.to_string(), v);
                assert_eq!(check_time_claims(&m, now, 0).map(|_| ()), Err(AuthError::JwtDecodeError));
            }
        }
        // nbf is checked before exp
        assert_eq!(ok(json!({"nbf": now + 5, "exp": now - 5}), 0), Err(AuthError::TokenNotYetValid));
    }

    #[test]
    fn garbage_never_panics() {
        // a deterministic pseudo-random walk over awkward alphabets and lengths
        let alphabet: Vec<char> = "aZ09-_.=+/ \u{0}\u{e9}{}\":,.....eyJ".chars().collect();
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for len in 0..400 {
            let s: String = (0..len)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    alphabet[(x % alphabet.len() as u64) as usize]
                })
                .collect();
            if let Ok(u) = decode_unverified(&s) {
                let _ = u.check_algorithm();
                let _ = u.verify_signature(b"");
                let _ = check_time_claims(&u.payload, 0, 0);
            }
        }
    }
}
