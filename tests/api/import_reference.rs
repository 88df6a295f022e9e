//! `klanten import-reference`: a database of the reference implementation, filled through its own API
//! (tests/fixtures/reference-db), loaded into a scratch PostgreSQL database and imported; this server then answers
//! the klanten and audit trails the reference answered, byte for byte.
use std::path::PathBuf;

use sea_orm::{ConnectionTrait, Database};
use serde_json::Value;

use crate::helpers::*;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/reference-db").join(name)
}

/// A body as the reference's renderer writes it: compact, non-ASCII as it is, U+2028 and U+2029 escaped.
fn as_the_reference_writes(body: &Value) -> String {
    serde_json::to_string(body).unwrap().replace('\u{2028}', "\\u2028").replace('\u{2029}', "\\u2029")
}

#[tokio::test]
#[cfg_attr(not(klanten_pg), ignore = "set KLANTEN_TEST_POSTGRES (e.g. postgres://postgres@127.0.0.1:5432) to run it")]
async fn the_references_klanten_answer_as_the_reference_did() {
    let Backend::Postgres(server) = Backend::postgres() else { unreachable!() };
    let name = format!("klanten_reference_{}", uuid::Uuid::new_v4().simple());
    let admin = Database::connect(format!("{server}/test")).await.unwrap();
    admin.execute_unprepared(&format!("CREATE DATABASE \"{name}\"")).await.unwrap();
    let reference = format!("{server}/{name}");
    let loaded = std::process::Command::new("psql")
        .args(["-q", "-v", "ON_ERROR_STOP=1", "-d", &reference, "-f"])
        .arg(fixture("klanten-reference-1.0.0.sql"))
        .output()
        .expect("psql");
    assert!(loaded.status.success(), "loading the dump: {}", String::from_utf8_lossy(&loaded.stderr));

    let target = site(&Backend::Sqlite).await;
    let summary = klanten::transfer::import_reference(&reference, &target.database_url, None, false).await.unwrap();
    assert!(summary.contains("imported 484 klanten, 653 audit records"), "{summary}");
    // what the reference database held is left as it was
    let e = klanten::transfer::import_reference(&reference, &target.database_url, None, false).await.unwrap_err();
    assert!(e.contains("holds 484 klanten"), "{e}");

    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("expected-answers.json")).unwrap()).unwrap();
    let host = expected["base_url"].as_str().unwrap().trim_start_matches("http://").trim_end_matches("/api/v1");
    let (app, task) = start_on(&target, |_| {}).await;
    let mut cases: Vec<&Value> = expected["klanten"].as_array().unwrap().iter().collect();
    cases.push(&expected["deleted_klant"]);
    for case in cases {
        for what in ["klant", "audittrail"] {
            let recorded = &case[what];
            let url = recorded["request"]["url"].as_str().unwrap();
            let path = &url[url.find("/api/v1").unwrap()..];
            let a = app.send(app.authed(reqwest::Method::GET, path).header("Host", host)).await;
            assert_eq!(a.status, recorded["status"].as_u64().unwrap() as u16, "{path}: {}", a.text);
            if a.status == 200 {
                // README, Deviations from the reference, item 6: `bron` is `kc`
                let want =
                    as_the_reference_writes(&recorded["body"]).replace("\"bron\":\"Klanten\"", "\"bron\":\"kc\"");
                let at = want.bytes().zip(a.text.bytes()).position(|(x, y)| x != y).unwrap_or(want.len());
                assert!(
                    a.text == want,
                    "{path} differs from the reference at byte {at}:\nreference: {}\nthis:      {}",
                    want.get(at.saturating_sub(120)..(at + 120).min(want.len())).unwrap_or(&want),
                    a.text.get(at.saturating_sub(120)..(at + 120).min(a.text.len())).unwrap_or(&a.text),
                );
            }
        }
    }
    task.abort();
    let _ = admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)")).await;
}
