//! JWT-Claims through HTTP: each 403 code and each operation's scope, as the reference checks them.
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
    let backend = Backend::Sqlite;
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
    let backend = Backend::Sqlite;
    let app = spawn_app_with(&backend, |c| c.jwt_leeway = 120).await;
    let t = token(json!({"alg": "HS256"}), json!({"client_id": "alles", "exp": now() - 60}), "geheim-alles");
    let a = app.send(app.client.get(app.url("/api/v1/klanten")).header("Authorization", format!("Bearer {t}"))).await;
    assert_eq!(a.status, 200);
}

#[tokio::test]
async fn each_operation_needs_its_scope() {
    let backend = Backend::Sqlite;
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

#[tokio::test]
async fn without_clients_the_server_starts_and_refuses() {
    let backend = Backend::Sqlite;
    let app = spawn_app_with(&backend, |c| c.clients_file = None).await;
    let a = app.send(app.client.get(app.url("/api/v1/klanten")).header("Authorization", "Bearer x.y.z")).await;
    assert_eq!(a.status, 403);
}

#[tokio::test]
async fn rights_from_the_autorisaties_api() {
    use wiremock::matchers::{method, path, query_param};
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let ac = MockServer::start().await;
    let applicatie = |client: &str, all: bool, scopes: &[&str]| {
        json!({"count": 1, "next": null, "previous": null, "results": [{
            "url": format!("{}/applicaties/5a1c8f8e-0000-4000-8000-000000000001", ac.uri()),
            "clientIds": [client], "label": format!("App {client}"), "heeftAlleAutorisaties": all,
            "autorisaties": [{"component": "kc", "scopes": scopes}, {"component": "zrc", "scopes": ["klanten.aanmaken"]}]
        }]})
    };
    Mock::given(method("GET"))
        .and(path("/applicaties"))
        .and(query_param("clientIds", "ac-lezer"))
        .respond_with(ResponseTemplate::new(200).set_body_json(applicatie("ac-lezer", false, &["klanten.lezen"])))
        .expect(1)
        .mount(&ac)
        .await;
    Mock::given(method("GET"))
        .and(path("/applicaties"))
        .and(query_param("clientIds", "ac-alles"))
        .respond_with(ResponseTemplate::new(200).set_body_json(applicatie("ac-alles", true, &[])))
        .mount(&ac)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("clients.toml");
    std::fs::write(
        &file,
        "[[client]]\nid = \"ac-lezer\"\nsecret = \"geheim-1\"\n\n[[client]]\nid = \"ac-alles\"\nsecret = \"geheim-2\"\n",
    )
    .unwrap();
    let backend = Backend::Sqlite;
    let ac_uri = ac.uri();
    let file2 = file.clone();
    let app = spawn_app_with(&backend, move |c| {
        c.clients_file = Some(file2);
        c.autorisaties_api = Some(ac_uri);
        c.autorisaties_client_id = Some("klanten-server".into());
        c.autorisaties_secret = Some("ac-geheim".into());
    })
    .await;
    let hs256 = json!({"typ": "JWT", "alg": "HS256"});
    let lezer = format!("Bearer {}", token(hs256.clone(), json!({"client_id": "ac-lezer", "iat": now()}), "geheim-1"));
    let alles =
        format!("Bearer {}", token(hs256, json!({"client_id": "ac-alles", "iat": now(), "user_id": "u9"}), "geheim-2"));
    // many first requests at once: one AC call (the mock expects exactly one)
    let reads = futures::future::join_all(
        (0..20).map(|_| app.send(app.client.get(app.url("/api/v1/klanten")).header("Authorization", &lezer))),
    )
    .await;
    assert!(reads.iter().all(|a| a.status == 200));
    let create = app
        .send(
            app.client
                .post(app.url("/api/v1/klanten"))
                .header("Authorization", &lezer)
                .json_body(&klant("950428139", "1")),
        )
        .await;
    assert_eq!(create.status, 403, "zrc scopes do not count for kc");
    let create = app
        .send(
            app.client
                .post(app.url("/api/v1/klanten"))
                .header("Authorization", &alles)
                .json_body(&klant("950428139", "1")),
        )
        .await;
    assert_eq!(create.status, 201);
    // the audit trail names the AC's applicatie
    let path = create.json()["url"].as_str().unwrap().trim_start_matches(&app.address).to_string();
    let trail =
        app.send(app.client.get(app.url(&format!("{path}/audittrail"))).header("Authorization", &alles)).await.json();
    assert_eq!(trail[0]["applicatieId"], "5a1c8f8e-0000-4000-8000-000000000001");
    assert_eq!(trail[0]["applicatieWeergave"], "App ac-alles");
    assert_eq!(trail[0]["gebruikersId"], "u9");
    // an AC that is down: 403 with its own code, never a 500
    drop(ac);
    let app2 = spawn_app_with(&backend, move |c| {
        c.clients_file = Some(file);
        c.autorisaties_api = Some("http://127.0.0.1:9/api/v1".into());
        c.autorisaties_client_id = Some("klanten-server".into());
        c.autorisaties_secret = Some("ac-geheim".into());
    })
    .await;
    let a = app2.send(app2.client.get(app2.url("/api/v1/klanten")).header("Authorization", &lezer)).await;
    assert_eq!(a.status, 403);
    assert_eq!(a.json()["code"], "ac-unavailable");
}

/// `Authorization: Bearer ` with nothing after the space, sent byte for byte (a client library may trim it): an
/// empty token, which the reference answers 403 `jwt-decode-error`. HTTP parsing drops the trailing space, so a bare
/// `Bearer` gets the same answer (README, Deviations from the reference, item 14); `Bearer x` without a valid token
/// and `Token x` keep theirs.
#[tokio::test]
async fn an_empty_bearer_token_does_not_decode() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = spawn_app(&Backend::Sqlite).await;
    for (header, code) in [
        ("Bearer ", "jwt-decode-error"),
        ("Bearer  \t", "jwt-decode-error"),
        ("Bearer", "jwt-decode-error"),
        ("Bearerx", "permission_denied"),
        ("Token x", "permission_denied"),
    ] {
        let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", app.port)).await.unwrap();
        let request = format!(
            "GET /api/v1/klanten HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: {header}\r\nConnection: close\r\n\r\n"
        );
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).await.unwrap();
        assert!(answer.starts_with("HTTP/1.1 403"), "{header:?}: {answer}");
        assert!(answer.contains(&format!("\"code\":\"{code}\"")), "{header:?}: {answer}");
    }
}
