//! A server killed with SIGKILL while clients write, then started again on the same database: every
//! acknowledged write is there whole (klant, nested rows, audit record), nothing is half-written or twice there.
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use serde_json::{json, Value};

use crate::helpers::*;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

async fn start_process(site: &Site, port: u16) -> Child {
    #[allow(clippy::zombie_processes)] // every caller kills and waits for it
    let child = Command::new(env!("CARGO_BIN_EXE_klanten"))
        .arg("serve")
        .env("KLANTEN_BIND", format!("127.0.0.1:{port}"))
        .env("DATABASE_URL", &site.database_url)
        .env("KLANTEN_CLIENTS_FILE", &site.clients_file)
        .env("KLANTEN_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the server binary");
    let client = reqwest::Client::new();
    for _ in 0..200 {
        if client.get(format!("http://127.0.0.1:{port}/api/v1/klanten")).send().await.is_ok() {
            return child;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the server did not start");
}

/// What one client had acknowledged when the server died: its klant's path and the last voornaam number.
struct Acked {
    path: String,
    last: u32,
}

async fn writer(address: String, token: String, c: usize) -> Vec<Acked> {
    let client = reqwest::Client::new();
    let mut acked = Vec::new();
    for k in 0.. {
        let mut body = klant("950428139", &format!("{c}-{k}"));
        body["voornaam"] = json!("v0");
        body["adres"] = json!({"straatnaam": "Keizersgracht", "huisnummer": 117});
        let Ok(r) = client
            .post(format!("{address}/api/v1/klanten"))
            .bearer_auth(&token)
            .header("Content-Type", "application/json")
            .body(body.to_string())
            .send()
            .await
        else {
            return acked;
        };
        if r.status() != 201 {
            return acked;
        }
        let Ok(text) = r.text().await else { return acked };
        let Ok(created) = serde_json::from_str::<Value>(&text) else { return acked };
        let path = created["url"].as_str().expect("url").trim_start_matches(&address).to_string();
        acked.push(Acked { path: path.clone(), last: 0 });
        for n in 1..=5u32 {
            let sent = client
                .patch(format!("{address}{path}"))
                .bearer_auth(&token)
                .header("Content-Type", "application/json")
                .body(json!({"voornaam": format!("v{n}")}).to_string())
                .send()
                .await;
            let Ok(r) = sent else { return acked };
            if r.status() != 200 || r.bytes().await.is_err() {
                return acked;
            }
            acked.last_mut().expect("pushed").last = n;
        }
    }
    acked
}

db_test!(acknowledged_writes_survive_sigkill);
async fn acknowledged_writes_survive_sigkill(backend: Backend) {
    let site = site(&backend).await;
    let port = free_port();
    let mut server = start_process(&site, port).await;
    let address = format!("http://127.0.0.1:{port}");
    let token = token_for(&test_config(site.database_url.clone(), site.clients_file.clone()), "alles");
    let writers: Vec<_> = (0..8).map(|c| tokio::spawn(writer(address.clone(), token.clone(), c))).collect();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    server.kill().expect("SIGKILL");
    server.wait().expect("reaped");
    let mut acked = Vec::new();
    for w in writers {
        acked.extend(w.await.unwrap());
    }
    assert!(acked.len() >= 8, "{backend:?}: too few writes before the kill");

    let mut server = start_process(&site, port).await;
    let app = Arc::new(TestApp::for_address(&address, &token, &site));
    for a in &acked {
        let got = app.get(&a.path).await;
        assert_eq!(got.status, 200, "{backend:?}: an acknowledged create is gone: {}", got.text);
        let k = got.json();
        let n: u32 = k["voornaam"].as_str().unwrap()[1..].parse().unwrap();
        // the PATCH in flight at the kill may or may not have committed, nothing else
        assert!(n == a.last || n == a.last + 1, "{backend:?}: acknowledged v{}, stored v{n}", a.last);
        assert_eq!(k["adres"]["straatnaam"], "Keizersgracht", "{backend:?}: nested row lost: {k}");
        assert_eq!(k["subjectIdentificatie"]["inpBsn"], "111222333", "{backend:?}: nested row lost: {k}");
        let trail = app.get(&format!("{}/audittrail", a.path)).await.json();
        let trail = trail.as_array().unwrap();
        assert_eq!(trail.len() as u32, n + 1, "{backend:?}: one audit record per stored write");
        assert_eq!(trail.last().unwrap()["wijzigingen"]["nieuw"], k);
    }
    let count = app.get("/api/v1/klanten").await.json()["count"].as_u64().unwrap() as usize;
    assert!(
        count >= acked.len() && count <= acked.len() + 8,
        "{backend:?}: {count} klanten stored for {} acknowledged creates",
        acked.len()
    );
    server.kill().ok();
    server.wait().ok();
}
