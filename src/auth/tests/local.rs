//! Tokens of clients whose rights are in the clients file.

use std::time::Duration;

use serde_json::json;

use super::{authoriser, clients_file, config, new_err};
use crate::auth::jwt::{now_secs, raw_token};
use crate::auth::{local_applicatie_id, AuthConfig, AuthError, Authoriser, Grants};

const FILE: &str = r#"
[[client]]
id = "alpha"
secret = "alpha-secret"
scopes = ["klanten.lezen", "klanten.aanmaken"]

[[client]]
id = "root"
secret = "root-secret"
all = true
"#;

const HS256: &str = r#"{"typ":"JWT","alg":"HS256"}"#;

fn token(payload: serde_json::Value, secret: &str) -> String {
    raw_token(HS256, &payload.to_string(), secret.as_bytes())
}

fn bearer(t: &str) -> String {
    format!("Bearer {t}")
}

async fn auth_err(a: &Authoriser, header: Option<&str>) -> AuthError {
    match a.authenticate(header).await {
        Ok(p) => panic!("expected a refusal for {header:?}, got {p:?}"),
        Err(e) => e,
    }
}

#[tokio::test]
async fn valid_token_gives_the_principal() {
    let a = authoriser(FILE);
    assert_eq!(a.client_count(), 2);
    let t = token(
        json!({"iss": "alpha", "iat": now_secs(), "client_id": "alpha",
               "user_id": "u1", "user_representation": "User One"}),
        "alpha-secret",
    );
    let p = a.authenticate(Some(&bearer(&t))).await.unwrap();
    assert_eq!(p.client_id, "alpha");
    assert_eq!(p.user_id, "u1");
    assert_eq!(p.user_representation, "User One");
    assert_eq!(p.applicatie_id, "c94c9b08-6390-3df9-83d2-92790e732792");
    assert_eq!(p.applicatie_weergave, "alpha");
    assert!(p.has_scope("klanten.lezen"));
    assert!(p.has_scope("klanten.aanmaken"));
    assert!(!p.has_scope("klanten.verwijderen"));
    assert!(!p.has_scope("audittrails.lezen"));

    let t = token(json!({"client_id": "root"}), "root-secret");
    let p = a.authenticate(Some(&bearer(&t))).await.unwrap();
    assert_eq!(p.grants, Grants::All);
    assert!(p.has_scope("klanten.verwijderen"));
    assert!(!p.has_scope(""));
    assert_eq!(p.user_id, "");
    assert_eq!(p.user_representation, "");
}

#[test]
fn local_applicatie_id_is_uuid3_in_the_url_namespace() {
    // Python: uuid.uuid3(uuid.NAMESPACE_URL, "urn:klanten:client:alpha")
    assert_eq!(local_applicatie_id("alpha"), "c94c9b08-6390-3df9-83d2-92790e732792");
    assert_ne!(local_applicatie_id("alpha"), local_applicatie_id("beta"));
}

#[tokio::test]
async fn non_string_user_claims() {
    let a = authoriser(FILE);
    for (v, want) in [(json!(123), "123"), (json!(null), ""), (json!(true), "true"), (json!({"a": 1}), r#"{"a":1}"#)] {
        let t = token(json!({"client_id": "alpha", "user_id": v, "user_representation": v}), "alpha-secret");
        let p = a.authenticate(Some(&bearer(&t))).await.unwrap();
        assert_eq!(p.user_id, want);
        assert_eq!(p.user_representation, want);
    }
}

/// A claim that goes into the audit trail with a control character is refused, whatever the character; the same
/// text without it passes.
#[tokio::test]
async fn control_characters_in_the_user_claims_are_refused() {
    let a = authoriser(FILE);
    for bad in ["u\u{0}1", "\u{0}", "a\nb", "\t", "\u{7f}", "\u{85}", "\u{1b}[31m"] {
        for claim in ["user_id", "user_representation"] {
            let t = token(json!({"client_id": "alpha", claim: bad}), "alpha-secret");
            let e = a.authenticate(Some(&bearer(&t))).await.unwrap_err();
            assert_eq!(e, AuthError::ControlCharacterInClaim, "{claim} {bad:?}");
        }
    }
    let t = token(
        json!({"client_id": "alpha", "user_id": "Jan \u{e9}\u{1f4a5}", "user_representation": "J. (\u{2028})"}),
        "alpha-secret",
    );
    assert!(a.authenticate(Some(&bearer(&t))).await.is_ok());
}

#[tokio::test]
async fn no_bearer_credentials_is_permission_denied() {
    let a = authoriser(FILE);
    let good = token(json!({"client_id": "alpha"}), "alpha-secret");
    for h in [
        None,
        Some(""),
        Some("bearer x"),
        Some("BEARER x"),
        Some("Token x"),
        Some("Basic YWxhZGRpbjpvcGVuc2VzYW1l"),
        Some(good.as_str()),
    ] {
        let e = auth_err(&a, h).await;
        assert_eq!(e, AuthError::PermissionDenied, "{h:?}");
        assert_eq!(e.code(), "permission_denied");
        assert_eq!(e.detail(), "Je hebt geen toestemming om deze actie uit te voeren.");
    }
    // exactly one space: a second one is part of the token, which then does not decode; nothing after the space is
    // an empty token, which does not decode either (as in the reference)
    assert_eq!(auth_err(&a, Some(&format!("Bearer  {good}"))).await, AuthError::JwtDecodeError);
    assert_eq!(auth_err(&a, Some("Bearer ")).await, AuthError::JwtDecodeError);
    // what `Bearer ` is after HTTP parsing (README, Deviations from the reference, item 14)
    assert_eq!(auth_err(&a, Some("Bearer")).await, AuthError::JwtDecodeError);
}

#[tokio::test]
async fn error_codes_in_reference_order() {
    let a = authoriser(FILE);
    let cases: Vec<(String, AuthError)> = vec![
        ("not-a-jwt".into(), AuthError::JwtDecodeError),
        ("a.b.c".into(), AuthError::JwtDecodeError),
        (raw_token(HS256, "[1]", b"x"), AuthError::JwtDecodeError),
        (raw_token(HS256, "{}", b"x"), AuthError::MissingClientIdentifier),
        (raw_token(HS256, r#"{"clientId":"alpha"}"#, b"alpha-secret"), AuthError::MissingClientIdentifier),
        (token(json!({"client_id": "nobody"}), "x"), AuthError::InvalidClientIdentifier),
        (token(json!({"client_id": 123}), "x"), AuthError::InvalidClientIdentifier),
        (token(json!({"client_id": null}), "x"), AuthError::InvalidClientIdentifier),
        (token(json!({"client_id": ""}), "x"), AuthError::InvalidClientIdentifier),
        (token(json!({"client_id": ["alpha"]}), "x"), AuthError::InvalidClientIdentifier),
        // unknown client is reported before a bad algorithm
        (raw_token(r#"{"alg":"none"}"#, r#"{"client_id":"nobody"}"#, b""), AuthError::InvalidClientIdentifier),
        // bad algorithm is reported before a bad signature
        (raw_token(r#"{"alg":"HS512"}"#, r#"{"client_id":"alpha"}"#, b"wrong"), AuthError::UnsupportedAlgorithm),
        (token(json!({"client_id": "alpha"}), "wrong-secret"), AuthError::InvalidJwtSignature),
        (token(json!({"client_id": "alpha"}), "root-secret"), AuthError::InvalidJwtSignature),
        // a bad signature is reported before expiry
        (token(json!({"client_id": "alpha", "exp": 1}), "wrong"), AuthError::InvalidJwtSignature),
        (token(json!({"client_id": "alpha", "exp": 1}), "alpha-secret"), AuthError::TokenExpired),
        (token(json!({"client_id": "alpha", "nbf": now_secs() + 3600}), "alpha-secret"), AuthError::TokenNotYetValid),
        (token(json!({"client_id": "alpha", "iat": "yesterday"}), "alpha-secret"), AuthError::JwtDecodeError),
        (token(json!({"client_id": "alpha", "exp": "tomorrow"}), "alpha-secret"), AuthError::JwtDecodeError),
    ];
    for (t, want) in cases {
        assert_eq!(auth_err(&a, Some(&bearer(&t))).await, want, "{t}");
    }
}

#[tokio::test]
async fn alg_none_and_hs512_are_refused() {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
    use base64::Engine;
    use hmac::{Hmac, Mac};

    let a = authoriser(FILE);
    let payload = B64.encode(r#"{"client_id":"alpha"}"#);

    // alg none, empty signature
    let header = B64.encode(r#"{"typ":"JWT","alg":"none"}"#);
    let t = format!("{header}.{payload}.");
    assert_eq!(auth_err(&a, Some(&bearer(&t))).await, AuthError::UnsupportedAlgorithm);

    // a genuine HS512 token with the right secret
    let header = B64.encode(r#"{"typ":"JWT","alg":"HS512"}"#);
    let input = format!("{header}.{payload}");
    let mut mac = Hmac::<sha2::Sha512>::new_from_slice(b"alpha-secret").unwrap();
    mac.update(input.as_bytes());
    let t = format!("{input}.{}", B64.encode(mac.finalize().into_bytes()));
    let e = auth_err(&a, Some(&bearer(&t))).await;
    assert_eq!(e, AuthError::UnsupportedAlgorithm);
    assert_eq!(e.code(), "jwt-unsupported-algorithm");
}

#[tokio::test]
async fn exp_and_nbf_with_and_without_leeway() {
    let f = clients_file(FILE);
    let strict = Authoriser::new(config(&f)).unwrap();
    let lenient = Authoriser::new(AuthConfig { leeway: Duration::from_secs(60), ..config(&f) }).unwrap();
    let now = now_secs();
    let t = |claims: serde_json::Value| bearer(&token(claims, "alpha-secret"));

    let expired_30s = t(json!({"client_id": "alpha", "exp": now - 30}));
    assert_eq!(auth_err(&strict, Some(&expired_30s)).await, AuthError::TokenExpired);
    assert!(lenient.authenticate(Some(&expired_30s)).await.is_ok());

    let expired_2m = t(json!({"client_id": "alpha", "exp": now - 120}));
    assert_eq!(auth_err(&lenient, Some(&expired_2m)).await, AuthError::TokenExpired);

    let immature_30s = t(json!({"client_id": "alpha", "nbf": now + 30}));
    assert_eq!(auth_err(&strict, Some(&immature_30s)).await, AuthError::TokenNotYetValid);
    assert!(lenient.authenticate(Some(&immature_30s)).await.is_ok());

    let immature_2m = t(json!({"client_id": "alpha", "nbf": now + 120}));
    assert_eq!(auth_err(&lenient, Some(&immature_2m)).await, AuthError::TokenNotYetValid);

    let valid = t(json!({"client_id": "alpha", "nbf": now - 5, "exp": now + 60, "iat": now + 999}));
    assert!(strict.authenticate(Some(&valid)).await.is_ok());

    // no exp at all: valid (as in the reference)
    let forever = t(json!({"client_id": "alpha", "iat": 0}));
    assert!(strict.authenticate(Some(&forever)).await.is_ok());

    assert_eq!(AuthError::TokenExpired.code(), "jwt-expired");
    assert_eq!(AuthError::TokenNotYetValid.code(), "jwt-immature");
}

/// A token verified once is remembered (`auth::verified`), but the clock is asked again at every use, and only the
/// exact token verified is let through: any other bytes are checked in full.
#[tokio::test]
async fn a_verified_token_is_still_judged_by_the_clock_and_by_its_exact_bytes() {
    let a = authoriser(FILE);
    let t = token(
        json!({"client_id": "alpha", "nbf": 1_000, "exp": 2_000, "user_id": "u1", "user_representation": "U"}),
        "alpha-secret",
    );
    for now in [1_000, 1_500, 2_000] {
        let p = a.authenticate_at(Some(&bearer(&t)), now).await.unwrap();
        assert_eq!((p.client_id.as_str(), p.user_id.as_str(), p.user_representation.as_str()), ("alpha", "u1", "U"));
        assert_eq!(p.applicatie_id, local_applicatie_id("alpha"));
        assert!(p.has_scope("klanten.lezen") && !p.has_scope("klanten.verwijderen"));
    }
    assert_eq!(a.inner.verified.len(), 1);
    assert_eq!(a.authenticate_at(Some(&bearer(&t)), 2_001).await.unwrap_err(), AuthError::TokenExpired);
    assert_eq!(a.authenticate_at(Some(&bearer(&t)), 999).await.unwrap_err(), AuthError::TokenNotYetValid);
    assert!(a.authenticate_at(Some(&bearer(&t)), 1_200).await.is_ok());

    // the same header and payload with another signature, or one byte of the signature changed
    let (signed, _) = t.rsplit_once('.').unwrap();
    let forged =
        format!("{signed}.{}", token(json!({"client_id": "alpha"}), "alpha-secret").rsplit_once('.').unwrap().1);
    assert_eq!(a.authenticate_at(Some(&bearer(&forged)), 1_500).await.unwrap_err(), AuthError::InvalidJwtSignature);
    let mut flipped = t.clone().into_bytes();
    let last = flipped.len() - 2;
    flipped[last] = if flipped[last] == b'A' { b'B' } else { b'A' };
    let flipped = String::from_utf8(flipped).unwrap();
    assert_eq!(a.authenticate_at(Some(&bearer(&flipped)), 1_500).await.unwrap_err(), AuthError::InvalidJwtSignature);
    // a refused token is not remembered: it is refused the same way again
    assert_eq!(a.authenticate_at(Some(&bearer(&forged)), 1_500).await.unwrap_err(), AuthError::InvalidJwtSignature);
    assert_eq!(a.inner.verified.len(), 1);

    // an expired token is not remembered either, and a token of another client gets that client's rights
    let expired = token(json!({"client_id": "root", "exp": 10}), "root-secret");
    assert_eq!(a.authenticate_at(Some(&bearer(&expired)), 1_500).await.unwrap_err(), AuthError::TokenExpired);
    assert_eq!(a.inner.verified.len(), 1);
    let root = token(json!({"client_id": "root"}), "root-secret");
    assert_eq!(a.authenticate_at(Some(&bearer(&root)), 1_500).await.unwrap().grants, Grants::All);
    assert_eq!(a.authenticate_at(Some(&bearer(&root)), 1_500).await.unwrap().applicatie_weergave, "root");
}

#[tokio::test]
async fn issue_token_round_trips() {
    let a = authoriser(FILE);
    let t = a.issue_token("alpha", "u1", "User One").unwrap();
    let p = a.authenticate(Some(&bearer(&t))).await.unwrap();
    assert_eq!(p.client_id, "alpha");
    assert_eq!(p.user_id, "u1");
    assert_eq!(p.user_representation, "User One");

    let parsed = crate::auth::jwt::decode_unverified(&t).unwrap();
    assert_eq!(serde_json::Value::Object(parsed.header.clone()), json!({"typ": "JWT", "alg": "HS256"}));
    assert_eq!(parsed.payload["iss"], "alpha");
    assert!(parsed.payload["iat"].as_i64().unwrap() >= now_secs() - 5);

    let e = a.issue_token("nobody", "", "").unwrap_err();
    assert!(e.contains("nobody"), "{e}");
}

#[tokio::test]
async fn no_clients_file_refuses_everything() {
    let a = Authoriser::new(AuthConfig::default()).unwrap();
    assert_eq!(a.client_count(), 0);
    let t = token(json!({"client_id": "alpha"}), "alpha-secret");
    assert_eq!(auth_err(&a, Some(&bearer(&t))).await, AuthError::InvalidClientIdentifier);
    assert!(a.issue_token("alpha", "", "").is_err());
}

#[test]
fn start_up_errors() {
    let missing = AuthConfig { clients_file: Some("/nonexistent/clients.toml".into()), ..AuthConfig::default() };
    assert!(new_err(missing).contains("/nonexistent/clients.toml"));

    let bad = clients_file("[[client]\nid = \"a\"\n");
    let e = new_err(config(&bad));
    assert!(e.contains(&bad.path().display().to_string()), "{e}");
    assert!(e.contains("line 1") && e.contains("invalid TOML"), "{e}");

    let both = clients_file("[[client]]\nid = \"a\"\nsecret = \"SECRET-X\"\nscopes = []\nall = true\n");
    let e = new_err(config(&both));
    assert!(e.contains("not both") && e.contains("line 5") && !e.contains("SECRET-X"), "{e}");

    let unknown = clients_file("[[client]]\nid = \"a\"\nsecret = \"SECRET-X\"\nscopes = [\"zaken.lezen\"]\n");
    let e = new_err(config(&unknown));
    assert!(e.contains("unknown scope \"zaken.lezen\"") && !e.contains("SECRET-X"), "{e}");

    // rights from the AC, but no AC configured
    let via_ac = clients_file("[[client]]\nid = \"a\"\nsecret = \"SECRET-X\"\n");
    let e = new_err(config(&via_ac));
    assert!(e.contains("client 'a'") && e.contains("Autorisaties API"), "{e}");
    assert!(e.contains("line 1"), "{e}");

    // an AC without this server's own credentials
    let e = new_err(AuthConfig {
        autorisaties_api: Some("http://ac.local/api/v1".into()),
        autorisaties_client_id: Some("klanten".into()),
        ..config(&via_ac)
    });
    assert!(e.contains("secret"), "{e}");

    // a blank AC URL counts as absent
    let e = new_err(AuthConfig { autorisaties_api: Some("  ".into()), ..config(&via_ac) });
    assert!(e.contains("none is configured"), "{e}");
}

#[test]
fn config_debug_hides_the_secret() {
    let cfg = AuthConfig { autorisaties_secret: Some("SECRET-X".into()), ..AuthConfig::default() };
    let shown = format!("{cfg:?}");
    assert!(!shown.contains("SECRET-X") && shown.contains("redacted"), "{shown}");
}

#[test]
fn authoriser_is_send_sync_clone() {
    fn check<T: Send + Sync + Clone + 'static>() {}
    check::<Authoriser>();
    check::<crate::auth::Principal>();
}

#[tokio::test]
async fn garbage_headers_never_panic() {
    let a = authoriser(FILE);
    let pieces = [
        "Bearer ",
        "eyJ",
        "hbGciOiJIUzI1NiJ9",
        ".",
        "..",
        "=",
        "-",
        "_",
        "+",
        "/",
        "\u{0}",
        "é",
        "{",
        "}",
        "\"",
        "client_id",
        "alpha",
        " ",
        "AAAA",
        "e30",
    ];
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..3000 {
        let mut h = String::from("Bearer ");
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        for _ in 0..(x % 12) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            h.push_str(pieces[(x % pieces.len() as u64) as usize]);
        }
        let _ = a.authenticate(Some(&h)).await;
    }
    // structurally valid tokens with hostile JSON values
    for payload in [
        json!({"client_id": "alpha", "exp": 1e308}),
        json!({"client_id": "alpha", "exp": -1e308}),
        json!({"client_id": "alpha", "nbf": i64::MIN}),
        json!({"client_id": "alpha", "exp": u64::MAX}),
        json!({"client_id": "alpha", "user_id": "x".repeat(100_000)}),
        json!({"client_id": {"nested": [1, 2, {"deep": null}]}}),
    ] {
        let _ = a.authenticate(Some(&bearer(&token(payload, "alpha-secret")))).await;
    }
}
