//! `klanten check`: every step's line, and the first failure's reason with a non-zero exit status.
use std::process::Command;

use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::helpers::*;

fn run_check(site: &Site, env: &[(&str, String)]) -> (bool, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_klanten"));
    cmd.arg("check")
        .env("DATABASE_URL", &site.database_url)
        .env("KLANTEN_CLIENTS_FILE", &site.clients_file)
        .env("KLANTEN_LOG", "error");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run klanten check");
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

#[tokio::test]
async fn check_reaches_the_database_and_the_notificaties_api() {
    let site = site(&Backend::Sqlite).await;
    let (_app, _task) = start_on(&site, |_| {}).await;
    let nrc = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v1/kanaal"))
        .respond_with(ResponseTemplate::new(200).set_body_string("[]"))
        .mount(&nrc)
        .await;
    let env = [
        ("KLANTEN_NOTIFICATIES_API", format!("{}/api/v1", nrc.uri())),
        ("KLANTEN_NOTIFICATIES_CLIENT_ID", "klanten".to_string()),
        ("KLANTEN_NOTIFICATIES_SECRET", "geheim".to_string()),
    ];
    let (ok, stdout, stderr) = run_check(&site, &env);
    assert!(ok, "{stdout}{stderr}");
    assert!(stdout.contains("reached, migrations applied"), "{stdout}");
    assert!(stdout.contains("kanaal klanten does not exist yet"), "{stdout}");
    assert!(stdout.contains("warn  subject check: no --subject-allowed-hosts"), "{stdout}");
    let listed = [("KLANTEN_SUBJECT_ALLOWED_HOSTS", "brp.example,kvk.example".to_string())];
    let (ok, stdout, _) = run_check(&site, &[env.as_slice(), listed.as_slice()].concat());
    assert!(ok && stdout.contains("ok    subject check: only brp.example, kvk.example"), "{stdout}");

    // credentials the NRC refuses: the check fails and says why
    nrc.reset().await;
    Mock::given(method("GET")).respond_with(ResponseTemplate::new(403)).mount(&nrc).await;
    let (ok, stdout, stderr) = run_check(&site, &env);
    assert!(!ok, "{stdout}");
    assert!(stderr.contains("Notificaties API") && stderr.contains("403"), "{stderr}");

    // a clients file that does not parse
    std::fs::write(&site.clients_file, "[[client]]\nid = \"x\"\n").unwrap();
    let (ok, _, stderr) = run_check(&site, &[]);
    assert!(!ok);
    assert!(stderr.contains("secret"), "{stderr}");
}
