//! The tokens a step sends: HS256 JWTs of the `JWT-Claims` scheme (README, Configuration: the claims `iss`, `iat`,
//! `client_id`, `user_id`, `user_representation`), signed by this tool with the tester's secrets, and the broken
//! tokens the authorisation steps send on purpose.
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use sha2::Sha256;

/// A client id and its secret, as configured at the server under test.
#[derive(Clone, Debug)]
pub struct Credentials {
    pub client_id: String,
    pub secret: String,
}

/// Which `Authorization` a step sends.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    /// A valid token of the client with all rights (`--client-id`, `--secret`).
    #[default]
    Full,
    /// A valid token of the limited client (`--limited-client-id`, `--limited-secret`).
    Limited,
    /// No `Authorization` header.
    None,
    /// The full client's claims signed with another secret.
    BadSignature,
    /// The full client's token with an `exp` an hour ago.
    Expired,
    /// The full client's claims with the header `alg: none` and no signature.
    AlgNone,
    /// `Bearer not-a-jwt`.
    Garbage,
    /// `Bearer ` (the scheme, a space and no token).
    EmptyBearer,
}

/// The user this tool's tokens name (they go into the audit trail).
pub const USER_ID: &str = "conformance";
pub const USER_REPRESENTATION: &str = "Conformance tester";

fn b64(v: &Value) -> String {
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(v).expect("a JSON value serialises"))
}

/// `header.claims.signature`, HS256 with `secret`.
pub fn sign(header: &Value, claims: &Value, secret: &str) -> String {
    let signing = format!("{}.{}", b64(header), b64(claims));
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes a key of any length");
    mac.update(signing.as_bytes());
    let signature = URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes());
    format!("{signing}.{signature}")
}

/// The claims of a token of `client_id` issued at `now` (seconds since the epoch).
pub fn claims(client_id: &str, now: i64) -> Value {
    json!({
        "iss": client_id,
        "iat": now,
        "client_id": client_id,
        "user_id": USER_ID,
        "user_representation": USER_REPRESENTATION,
    })
}

fn hs256() -> Value {
    json!({"typ": "JWT", "alg": "HS256"})
}

/// The `Authorization` header value of `kind` (`None`: no header), or why it cannot be made (the limited client
/// was not given).
pub fn authorization(
    kind: TokenKind,
    full: &Credentials,
    limited: Option<&Credentials>,
    now: i64,
) -> Result<Option<String>, String> {
    let bearer = |t: String| Ok(Some(format!("Bearer {t}")));
    match kind {
        TokenKind::Full => bearer(sign(&hs256(), &claims(&full.client_id, now), &full.secret)),
        TokenKind::Limited => match limited {
            Some(l) => bearer(sign(&hs256(), &claims(&l.client_id, now), &l.secret)),
            None => Err("no limited client given (--limited-client-id, --limited-secret)".into()),
        },
        TokenKind::None => Ok(None),
        TokenKind::BadSignature => {
            let wrong = format!("{}-not-the-secret", full.secret);
            bearer(sign(&hs256(), &claims(&full.client_id, now), &wrong))
        }
        TokenKind::Expired => {
            let mut c = claims(&full.client_id, now - 7200);
            c["exp"] = json!(now - 3600);
            bearer(sign(&hs256(), &c, &full.secret))
        }
        TokenKind::AlgNone => {
            let header = json!({"typ": "JWT", "alg": "none"});
            bearer(format!("{}.{}.", b64(&header), b64(&claims(&full.client_id, now))))
        }
        TokenKind::Garbage => bearer("not-a-jwt".into()),
        TokenKind::EmptyBearer => Ok(Some("Bearer ".into())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn creds() -> Credentials {
        Credentials { client_id: "alles".into(), secret: "geheim".into() }
    }

    fn parts(header: &str) -> Vec<Value> {
        let token = header.strip_prefix("Bearer ").unwrap();
        token.split('.').take(2).map(|p| serde_json::from_slice(&URL_SAFE_NO_PAD.decode(p).unwrap()).unwrap()).collect()
    }

    #[test]
    fn a_full_token_verifies_with_the_secret_and_names_the_client() {
        let h = authorization(TokenKind::Full, &creds(), None, 1000).unwrap().unwrap();
        let token = h.strip_prefix("Bearer ").unwrap();
        let (signing, signature) = token.rsplit_once('.').unwrap();
        let mut mac = Hmac::<Sha256>::new_from_slice(b"geheim").unwrap();
        mac.update(signing.as_bytes());
        mac.verify_slice(&URL_SAFE_NO_PAD.decode(signature).unwrap()).unwrap();
        let p = parts(&h);
        assert_eq!(p[0], json!({"typ": "JWT", "alg": "HS256"}));
        let keys: Vec<&String> = p[1].as_object().unwrap().keys().collect();
        assert_eq!(keys, ["iss", "iat", "client_id", "user_id", "user_representation"]);
        assert_eq!(p[1]["client_id"], "alles");
        assert_eq!(p[1]["iat"], 1000);
    }

    #[test]
    fn broken_tokens_are_broken_as_named() {
        let c = creds();
        let bad = authorization(TokenKind::BadSignature, &c, None, 1000).unwrap().unwrap();
        let good = authorization(TokenKind::Full, &c, None, 1000).unwrap().unwrap();
        assert_eq!(bad.rsplit_once('.').unwrap().0, good.rsplit_once('.').unwrap().0);
        assert_ne!(bad, good);
        let expired = authorization(TokenKind::Expired, &c, None, 10_000).unwrap().unwrap();
        assert_eq!(parts(&expired)[1]["exp"], 10_000 - 3600);
        let none = authorization(TokenKind::AlgNone, &c, None, 1000).unwrap().unwrap();
        assert_eq!(parts(&none)[0]["alg"], "none");
        assert!(none.ends_with('.'));
        assert_eq!(authorization(TokenKind::EmptyBearer, &c, None, 0).unwrap().unwrap(), "Bearer ");
        assert_eq!(authorization(TokenKind::None, &c, None, 0).unwrap(), None);
        assert!(authorization(TokenKind::Limited, &c, None, 0).unwrap_err().contains("--limited-client-id"));
    }
}
