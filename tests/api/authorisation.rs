//! JWT-Claims through HTTP: each 403 code and each operation's scope (reference-behavior.md §9).
use serde_json::json;

use crate::helpers::*;

fn token(header: serde_json::Value, claims: serde_json::Value, secret: &str) -> String {
    use base64::Engine;
    use hmac::Mac;
    let b64 =
        |v: &serde_json::Value| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(serde_json::to_vec(v).unwrap());
    let signing = format!("{}.{}", b64(&header), b64(&claims));
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(signing.as_bytes());
    let sig = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes());
    format!("{signing}.{sig}")
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

#[tokio::test]
async fn each_403_code() {
    let backend = backends().remove(0);
    let app = spawn_app(&backend).await;
    let hs256 = json!({"typ": "JWT", "alg": "HS256"});
    let cases: Vec<(Option<String>, &str)> = vec![
        (None, "permission_denied"),
        (Some("Token abc".into()), "permission_denied"),
        (Some("Bearer not.a.jwt".into()), "jwt-decode-error"),
        (Some(format!("Bearer {}", token(hs256.clone(), json!({"iss": "x"}), "s"))), "missing-client-identifier"),
        (
            Some(format!("Bearer {}", token(hs256.clone(), json!({"client_id": "onbekend"}), "s"))),
            "invalid-client-identifier",
        ),
        (
            Some(format!("Bearer {}", token(hs256.clone(), json!({"client_id": "alles"}), "fout"))),
            "invalid-jwt-signature",
        ),
        (
            Some(format!("Bearer {}", token(json!({"alg": "HS512"}), json!({"client_id": "alles"}), "geheim-alles"))),
            "jwt-unsupported-algorithm",
        ),
        (
            Some(format!("Bearer {}", token(json!({"alg": "none"}), json!({"client_id": "alles"}), "geheim-alles"))),
            "jwt-unsupported-algorithm",
        ),
        (
            Some(format!(
                "Bearer {}",
                token(hs256.clone(), json!({"client_id": "alles", "exp": now() - 60}), "geheim-alles")
            )),
            "jwt-expired",
        ),
        (
            Some(format!(
                "Bearer {}",
                token(hs256.clone(), json!({"client_id": "alles", "nbf": now() + 600}), "geheim-alles")
            )),
            "jwt-immature",
        ),
    ];
    for (header, code) in cases {
        let mut req = app.client.get(app.url("/api/v1/klanten"));
        if let Some(h) = &header {
            req = req.header("Authorization", h);
        }
        let a = app.send(req).await;
        assert_eq!(a.status, 403, "{header:?}");
        assert_eq!(a.json()["code"], code, "{header:?}");
        assert_eq!(a.header("content-type"), Some("application/problem+json"));
        assert_eq!(a.json()["title"], "Je hebt geen toestemming om deze actie uit te voeren.");
    }
    let ok = token(hs256, json!({"client_id": "alles", "iat": now(), "exp": now() + 60}), "geheim-alles");
    let a = app.send(app.client.get(app.url("/api/v1/klanten")).header("Authorization", format!("Bearer {ok}"))).await;
    assert_eq!(a.status, 200);
}

#[tokio::test]
async fn leeway_admits_a_just_expired_token() {
    let backend = backends().remove(0);
    let app = spawn_app_with(&backend, |c| c.jwt_leeway = 120).await;
    let t = token(json!({"alg": "HS256"}), json!({"client_id": "alles", "exp": now() - 60}), "geheim-alles");
    let a = app.send(app.client.get(app.url("/api/v1/klanten")).header("Authorization", format!("Bearer {t}"))).await;
    assert_eq!(a.status, 200);
}

#[tokio::test]
async fn each_operation_needs_its_scope() {
    let backend = backends().remove(0);
    let app = spawn_app(&backend).await;
    let (path, _) = app.create(&klant("950428139", "1")).await;
    let trail = app.get(&format!("{path}/audittrail")).await.json();
    let audit_uuid = trail[0]["uuid"].as_str().unwrap().to_string();
    let config = klanten_test_config(&app);
    let ops: Vec<(&str, reqwest::Method, String, Option<serde_json::Value>)> = vec![
        ("klanten.lezen", reqwest::Method::GET, "/api/v1/klanten".into(), None),
        ("klanten.lezen", reqwest::Method::HEAD, "/api/v1/klanten".into(), None),
        ("klanten.lezen", reqwest::Method::GET, path.clone(), None),
        ("klanten.lezen", reqwest::Method::HEAD, path.clone(), None),
        ("klanten.aanmaken", reqwest::Method::POST, "/api/v1/klanten".into(), Some(klant("950428139", "2"))),
        ("klanten.bijwerken", reqwest::Method::PUT, path.clone(), Some(klant("950428139", "1"))),
        ("klanten.bijwerken", reqwest::Method::PATCH, path.clone(), Some(json!({"functie": "x"}))),
        ("audittrails.lezen", reqwest::Method::GET, format!("{path}/audittrail"), None),
        ("audittrails.lezen", reqwest::Method::HEAD, format!("{path}/audittrail"), None),
        ("audittrails.lezen", reqwest::Method::GET, format!("{path}/audittrail/{audit_uuid}"), None),
        ("klanten.verwijderen", reqwest::Method::DELETE, path.clone(), None),
    ];
    let clients = [
        ("lezer", "klanten.lezen"),
        ("aanmaker", "klanten.aanmaken"),
        ("bijwerker", "klanten.bijwerken"),
        ("auditor", "audittrails.lezen"),
        ("verwijderaar", "klanten.verwijderen"),
    ];
    for (scope, m, p, body) in ops {
        for (client, has) in clients {
            let t = token_for(&config, client);
            let mut req = app.client.request(m.clone(), app.url(&p)).header("Authorization", format!("Bearer {t}"));
            if let Some(b) = &body {
                req = req.json_body(b);
            }
            let a = app.send(req).await;
            if has == scope {
                assert!(a.status < 300, "{client} {m} {p}: {} {}", a.status, a.text);
            } else {
                assert_eq!(a.status, 403, "{client} {m} {p}");
            }
        }
    }
}

fn klanten_test_config(app: &TestApp) -> klanten::Config {
    test_config(app.database_url.clone(), app.clients_file.clone())
}
