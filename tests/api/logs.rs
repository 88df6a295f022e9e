//! The server's logs as an operator reads them (README, "Logs"): one JSON line per request with its operation,
//! status, duration, client id and the request id the answer carries in `X-Request-ID`; the start-up line names the
//! database without credentials; no personal data (BSN, names, addresses) in any line.
use std::process::{Command, Stdio};
use std::time::Duration;

use serde_json::{json, Value};

use crate::helpers::*;

#[tokio::test]
async fn one_line_per_request_and_no_personal_data() {
    let site = site(&Backend::Sqlite).await;
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_klanten"))
        .arg("serve")
        .env("KLANTEN_BIND", format!("127.0.0.1:{port}"))
        .env("DATABASE_URL", &site.database_url)
        .env("KLANTEN_CLIENTS_FILE", &site.clients_file)
        .env("KLANTEN_LOG_FORMAT", "json")
        .env_remove("KLANTEN_LOG")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the server binary");
    let address = format!("http://127.0.0.1:{port}");
    let app = TestApp::for_address(&address, &site_token(&site), &site);
    let mut up = false;
    for _ in 0..200 {
        if app.client.get(app.url("/api/v1/openapi.json")).send().await.is_ok() {
            up = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(up, "the server did not start");
    let mut body = klant("950428139", "");
    body["voornaam"] = json!("Geheimenaam");
    body["achternaam"] = json!("Verborgenachternaam");
    body["adres"] = json!({"straatnaam": "Privéstraat", "huisnummer": 7});
    body["subjectType"] = json!("natuurlijk_persoon");
    body["subjectIdentificatie"] = json!({"inpBsn": "111222333"});
    let created = app.post(&body).await;
    assert_eq!(created.status, 201, "{}", created.text);
    let request_id = created.header("x-request-id").expect("X-Request-ID").to_string();
    let forbidden =
        app.send(app.client.get(app.url("/api/v1/klanten?subjectNatuurlijkPersoon__inpBsn=111222333"))).await;
    assert_eq!(forbidden.status, 403);
    let listed = app.get("/api/v1/klanten?subjectNatuurlijkPersoon__inpBsn=111222333").await;
    assert_eq!(listed.json()["count"], 1);
    assert_ne!(listed.header("x-request-id"), Some(request_id.as_str()));

    child.kill().unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stderr);
    for secret in ["111222333", "Geheimenaam", "Verborgenachternaam", "Privéstraat", "geheim-alles"] {
        assert!(!text.contains(secret), "{secret} in the logs:\n{text}");
    }
    let lines: Vec<Value> =
        text.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|_| panic!("not JSON: {l}"))).collect();
    let start = lines.iter().find(|l| l["fields"]["message"] == "klanten API listening").expect("a start-up line");
    assert!(start["fields"]["database"].as_str().unwrap().starts_with("sqlite://"), "{start}");
    let requests: Vec<&Value> = lines.iter().filter(|l| l["target"] == "klanten::request").collect();
    let create = requests
        .iter()
        .find(|l| l["span"]["id"] == request_id.as_str())
        .unwrap_or_else(|| panic!("no line for request {request_id}:\n{text}"));
    assert_eq!(create["fields"]["operation"], "klant_create");
    assert_eq!(create["fields"]["status"], 201);
    assert_eq!(create["fields"]["client_id"], "alles");
    assert_eq!(create["fields"]["method"], "POST");
    assert!(create["fields"]["duration_ms"].as_f64().is_some());
    let statuses: Vec<u64> = requests.iter().filter_map(|l| l["fields"]["status"].as_u64()).collect();
    assert!(statuses.contains(&403) && statuses.contains(&200), "{statuses:?}");
}

fn site_token(site: &Site) -> String {
    token_for(&test_config(site.database_url.clone(), site.clients_file.clone()), "alles")
}
