//! The request headers a client controls, checked before anything else: the `Host` syntax and allow-list,
//! `Accept` negotiation, `If-None-Match` against an ETag, and the token of `Authorization` (with a clients file of
//! two clients; claims of the input are also signed with a client's secret, so that the checks after the signature
//! are reached).
//!
//! An input is a header block, one `Name: value` a line: `Host`, `Allowed-Hosts` (the `--allowed-hosts` list,
//! comma-separated), `Accept`, `If-None-Match`, `ETag` (the current tag; by default the ETag of `{}`),
//! `Authorization`, and `Jwt-Header` with `Jwt-Claims` (JSON texts of a token to sign).
//!
//! Invariants: nothing panics; a syntactically valid Host has only the characters of a host name or IPv6 address
//! and both Host checks ignore case; `Accept` negotiation ignores case and a list with `application/json` is always
//! accepted; `If-None-Match` with the current tag in its list always matches, and a match names the tag or is `*`;
//! a token is accepted only as `Bearer <token>` of a configured client, a refusal is a 403 problem body with the
//! reference's fields, and a token checked a second time (from the tokens verified before) gets the same answer.
use std::sync::OnceLock;

use klanten::fuzzing::*;
use serde_json::Value;

use super::common::{check_problem, runtime};

/// The clients file: one client with every right, one that may only read.
const CLIENTS: [(&str, &str); 2] = [("fuzz-alles", "geheim-voor-alles"), ("fuzz-lezer", "geheim-voor-lezen")];
const HS256: &str = r#"{"typ":"JWT","alg":"HS256"}"#;

fn authoriser() -> &'static Authoriser {
    static AUTH: OnceLock<Authoriser> = OnceLock::new();
    AUTH.get_or_init(|| {
        let path = std::env::temp_dir().join(format!("klanten-fuzz-clients-{}.toml", std::process::id()));
        let text = format!(
            "[[client]]\nid = \"{}\"\nsecret = \"{}\"\nall = true\n\n[[client]]\nid = \"{}\"\nsecret = \"{}\"\nscopes = [\"klanten.lezen\"]\n",
            CLIENTS[0].0, CLIENTS[0].1, CLIENTS[1].0, CLIENTS[1].1
        );
        std::fs::write(&path, text).expect("clients file");
        let auth = Authoriser::new(AuthConfig { clients_file: Some(path.clone()), ..AuthConfig::default() })
            .expect("the clients file");
        let _ = std::fs::remove_file(path);
        assert!(matches!(runtime().block_on(auth.authenticate(None)), Err(AuthError::PermissionDenied)));
        auth
    })
}

/// One input: panics when an invariant breaks.
pub fn check(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let mut allowed: Vec<String> = vec![".gemeente.nl".into(), "localhost".into(), "[::1]".into()];
    let mut current = etag::of(b"{}");
    let mut jwt_header = HS256.to_string();
    let mut lines = Vec::new();
    for line in text.split('\n') {
        let Some((name, value)) = line.split_once(':') else { continue };
        // as HTTP reads a header: the name without case, the value without surrounding blanks
        let (name, value) = (name.trim().to_ascii_lowercase(), value.trim_matches([' ', '\t', '\r']));
        match name.as_str() {
            "allowed-hosts" => allowed = value.split(',').map(str::to_string).collect(),
            "etag" => current = value.to_string(),
            "jwt-header" => jwt_header = value.to_string(),
            _ => lines.push((name, value)),
        }
    }
    for (name, value) in lines {
        match name.as_str() {
            "host" => host(value, &allowed),
            "accept" => accept(value),
            "if-none-match" => if_none_match(value, &current),
            "authorization" => authorization(value),
            "jwt-claims" => signed(&jwt_header, value),
            _ => {}
        }
    }
}

fn host(host: &str, allowed: &[String]) {
    let valid = host_syntax_valid(host);
    if valid {
        assert!(
            !host.is_empty() && host.bytes().all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b)),
            "{host:?} passed the Host syntax"
        );
    }
    assert_eq!(valid, host_syntax_valid(&host.to_ascii_uppercase()), "{host:?}");
    for list in [allowed, &["*".to_string()][..]] {
        let admitted = host_allowed(host, list);
        assert_eq!(admitted, host_allowed(&host.to_ascii_uppercase(), list), "{host:?} {list:?}");
    }
    if !valid {
        check_problem(RequestError::BadHost(host.to_string()));
    }
}

fn accept(accept: &str) {
    let ok = accepts_json(Some(accept));
    assert_eq!(ok, accepts_json(Some(&accept.to_ascii_uppercase())), "{accept:?}");
    assert!(accepts_json(Some(&format!("{accept},application/json"))), "{accept:?}");
    if !ok {
        check_problem(RequestError::NotAcceptable);
    }
}

fn if_none_match(header: &str, current: &str) {
    let matched = etag::matches(header, current);
    if matched && header.trim() != "*" {
        let inner = current.trim().trim_start_matches("W/").trim_matches('"');
        assert!(header.contains(inner), "{header:?} matched {current:?}");
    }
    let tag = etag::of(header.as_bytes());
    assert!(etag::matches(&format!("{header},{tag}"), &tag), "{header:?}");
    assert!(etag::matches(&format!("{tag}, W/{tag}"), &tag));
}

fn authorization(value: &str) {
    let auth = authoriser();
    let first = runtime().block_on(auth.authenticate(Some(value)));
    if let Ok(p) = &first {
        assert!(value.starts_with("Bearer "), "{value:?} was accepted");
        assert!(CLIENTS.iter().any(|(id, _)| *id == p.client_id), "{value:?}: {p:?}");
    }
    let again = runtime().block_on(auth.authenticate(Some(value)));
    same(&first, &again, value);
    if let Err(e) = first {
        check_problem(RequestError::Auth(e));
    }
}

/// Claims signed with the secret of the client they name (or of the first client): the checks after the signature.
fn signed(header: &str, claims: &str) {
    let Ok(payload) = serde_json::from_str::<Value>(claims) else { return };
    let secret = CLIENTS
        .iter()
        .find(|(id, _)| payload.get("client_id").and_then(Value::as_str) == Some(id))
        .map_or(CLIENTS[0].1, |(_, secret)| secret);
    let token = sign_token(secret.as_bytes(), header, &payload);
    let value = format!("Bearer {token}");
    let auth = authoriser();
    let first = runtime().block_on(auth.authenticate(Some(&value)));
    if let Ok(p) = &first {
        assert_eq!(payload.get("client_id").and_then(Value::as_str), Some(p.client_id.as_str()), "{claims}");
        assert!(!p.user_id.chars().chain(p.user_representation.chars()).any(char::is_control), "{claims}");
    }
    // a token whose validity depends on the second it is checked in is not compared
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64());
    let near_now =
        ["nbf", "exp"].iter().any(|c| payload.get(*c).and_then(Value::as_f64).is_some_and(|t| (t - now).abs() < 5.0));
    if !near_now {
        let again = runtime().block_on(auth.authenticate(Some(&value)));
        same(&first, &again, claims);
    }
    if let Err(e) = first {
        check_problem(RequestError::Auth(e));
    }
}

fn same(first: &Result<Principal, AuthError>, again: &Result<Principal, AuthError>, input: &str) {
    match (first, again) {
        (Ok(a), Ok(b)) => assert_eq!(
            (&a.client_id, &a.user_id, &a.user_representation, &a.grants),
            (&b.client_id, &b.user_id, &b.user_representation, &b.grants),
            "{input:?}"
        ),
        (Err(a), Err(b)) => assert_eq!(a, b, "{input:?}"),
        _ => panic!("{input:?}: {first:?} and then {again:?}"),
    }
}
