//! Moving a registry (README, "Operating"): `klanten export` and `import` between SQLite and PostgreSQL answer
//! every GET, list page and audit trail byte for byte as before; an import checks what it reads and stores nothing
//! of a stream that is wrong; `klanten backup` copies a SQLite registry consistently while it is written.
use std::collections::BTreeSet;
use std::path::Path;

use serde_json::json;

use crate::helpers::*;

/// A registry with klanten of every subject type, changed and deleted ones, and their audit trails.
async fn fill(app: &TestApp) -> Vec<String> {
    let mut paths = Vec::new();
    for i in 0..12 {
        let body = match i % 3 {
            0 => json!({
                "bronorganisatie": "950428139", "klantnummer": format!("{}", 100 + i), "websiteUrl": "http://a.nl",
                "achternaam": format!("Jansen-{i}"), "adres": {"straatnaam": "Keizersgracht", "postcode": "1015CJ"},
                "subjectType": "natuurlijk_persoon",
                "subjectIdentificatie": {"inpBsn": "111222333", "geslachtsnaam": "Jansen \u{2028} Ĳsbrand",
                    "verblijfsadres": {"aoaIdentificatie": "1", "gorOpenbareRuimteNaam": "Markt", "wplWoonplaatsNaam": "Ede"}}
            }),
            1 => json!({
                "bronorganisatie": "950428139", "websiteUrl": "http://b.nl", "bedrijfsnaam": "Bakkerij 🍞",
                "subjectType": "vestiging",
                "subjectIdentificatie": {"vestigingsNummer": format!("{i}"), "handelsnaam": ["a", "b"]}
            }),
            _ => json!({
                "bronorganisatie": "111222333", "klantnummer": format!("{i}"), "websiteUrl": "http://c.nl",
                "subjectType": "niet_natuurlijk_persoon",
                "subjectIdentificatie": {"innNnpId": "111222333", "statutaireNaam": "Стичтинг"}
            }),
        };
        let (path, _) = app.create(&body).await;
        paths.push(path);
    }
    for (n, path) in paths.iter().enumerate().step_by(2) {
        let a = app.patch(path, &json!({"telefoonnummer": format!("06{n}"), "functie": "x"})).await;
        assert_eq!(a.status, 200, "{}", a.text);
    }
    let gone = paths.remove(5);
    assert_eq!(app.delete(&gone).await.status, 204);
    paths
}

/// Every answer a client can get of the registry (asked under one `Host`, whatever the server's port), with its
/// ETag.
async fn answers(app: &TestApp, paths: &[String]) -> Vec<String> {
    let mut all = Vec::new();
    let mut queries: Vec<String> = paths.iter().flat_map(|p| [p.clone(), format!("{p}/audittrail")]).collect();
    queries.extend(
        ["/api/v1/klanten", "/api/v1/klanten?subjectType=vestiging", "/api/v1/klanten?adres__postcode=1015CJ"]
            .map(String::from),
    );
    for q in queries {
        let a = app.send(app.authed(reqwest::Method::GET, &q).header("Host", "klanten.example")).await;
        assert_eq!(a.status, 200, "{q}: {}", a.text);
        all.push(format!("{q} {} {}", a.header("etag").unwrap_or("-"), a.text));
    }
    all
}

async fn export(database_url: &str, file: &Path) {
    klanten::transfer::export(database_url, file.to_str().unwrap()).await.expect("export");
}

async fn import(database_url: &str, file: &Path) {
    klanten::transfer::import(database_url, file.to_str().unwrap(), false).await.expect("import");
}

#[tokio::test]
#[cfg_attr(not(klanten_pg), ignore = "set KLANTEN_TEST_POSTGRES (e.g. postgres://postgres@127.0.0.1:5432) to run it")]
async fn sqlite_to_postgres_to_sqlite_answers_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let first = site(&Backend::Sqlite).await;
    let (app, task) = start_on(&first, |_| {}).await;
    let paths = fill(&app).await;
    let before = answers(&app, &paths).await;
    task.abort();
    let _ = task.await;

    let pg = site(&Backend::postgres()).await;
    let last = site(&Backend::Sqlite).await;
    let (a, b, c) = (dir.path().join("a.jsonl"), dir.path().join("b.jsonl"), dir.path().join("c.jsonl"));
    export(&first.database_url, &a).await;
    import(&pg.database_url, &a).await;
    export(&pg.database_url, &b).await;
    import(&last.database_url, &b).await;
    export(&last.database_url, &c).await;
    let text = std::fs::read_to_string(&a).unwrap();
    assert_eq!(
        text.lines().count(),
        1 + 11 + (12 + 6 - 1) + 1,
        "header, klanten, audit records (the deleted klant's went), trailer"
    );
    assert_eq!(text, std::fs::read_to_string(&b).unwrap(), "SQLite → PostgreSQL changed the stream");
    assert_eq!(text, std::fs::read_to_string(&c).unwrap(), "PostgreSQL → SQLite changed the stream");

    for (name, target) in [("PostgreSQL", &pg), ("SQLite again", &last)] {
        let (app, task) = start_on(target, |_| {}).await;
        let after = answers(&app, &paths).await;
        for (a, b) in before.iter().zip(&after) {
            let at = a.bytes().zip(b.bytes()).position(|(x, y)| x != y).unwrap_or(a.len().min(b.len()));
            let around = |t: &str| t.get(at.saturating_sub(80)..(at + 80).min(t.len())).unwrap_or(t).to_string();
            assert!(a == b, "{name} answers otherwise at byte {at}:\n{}\n{}", around(a), around(b));
        }
        assert_eq!(after.len(), before.len());
        // and it goes on: a generated klantnummer follows the imported ones, a new klant comes last
        let (_, created) = app
            .create(&json!({"bronorganisatie": "950428139", "websiteUrl": "http://d.nl",
            "subject": "", "subjectType": "vestiging", "subjectIdentificatie": {"vestigingsNummer": "9"}}))
            .await;
        assert_eq!(created["klantnummer"], "111", "{name}: the next after 110");
        let list = app.get("/api/v1/klanten").await.json();
        assert_eq!(list["count"], 12, "{name}");
        assert_eq!(list["results"][11]["url"], created["url"], "{name}");
        task.abort();
    }
}

#[tokio::test]
async fn an_import_stores_nothing_of_a_wrong_stream() {
    let dir = tempfile::tempdir().unwrap();
    let first = site(&Backend::Sqlite).await;
    let (app, task) = start_on(&first, |_| {}).await;
    let paths = fill(&app).await;
    task.abort();
    let _ = task.await;
    let good = dir.path().join("good.jsonl");
    export(&first.database_url, &good).await;
    let text = std::fs::read_to_string(&good).unwrap();
    let lines: Vec<&str> = text.lines().collect();

    let target = site(&Backend::Sqlite).await;
    let cases: Vec<(String, &str, &str)> = vec![
        // a klant line whose representation is no JSON, as the 5th line
        (
            lines
                .iter()
                .enumerate()
                .map(|(i, l)| if i == 4 { l.replace("{\\\"url", "{\\\"url\\\"") } else { l.to_string() } + "\n")
                .collect(),
            "line 5",
            "no JSON",
        ),
        (lines[..lines.len() - 1].iter().map(|l| format!("{l}\n")).collect(), "line", "cut off"),
        (lines.iter().map(|l| format!("{l}\n")).collect::<String>() + "{}\n", "line 31", "after the trailer"),
        (text.replacen("\"kind\":\"audit\"", "\"kind\":\"audit\",\"extra\":1", 1), "line 13", "unknown field"),
    ];
    for (i, (stream, line, says)) in cases.into_iter().enumerate() {
        let file = dir.path().join(format!("wrong-{i}.jsonl"));
        std::fs::write(&file, stream).unwrap();
        let e = klanten::transfer::import(&target.database_url, file.to_str().unwrap(), false).await.unwrap_err();
        assert!(e.contains(line) && e.contains(says) && e.contains("nothing was imported"), "case {i}: {e}");
    }
    let (app, task) = start_on(&target, |_| {}).await;
    assert_eq!(app.get("/api/v1/klanten").await.json()["count"], 0, "a wrong stream left klanten behind");
    task.abort();
    let _ = task.await;
    import(&target.database_url, &good).await;
    let e = klanten::transfer::import(&target.database_url, good.to_str().unwrap(), false).await.unwrap_err();
    assert!(e.contains("holds 11 klanten") && e.contains("--append"), "{e}");
    let (app, task) = start_on(&target, |_| {}).await;
    assert_eq!(app.get(&paths[0]).await.status, 200);
    task.abort();
}

/// `klanten backup` while clients write: the copy passes `integrity_check` and holds every write acknowledged
/// before the backup began.
#[tokio::test]
async fn a_backup_under_writes_holds_every_acknowledged_write() {
    let dir = tempfile::tempdir().unwrap();
    let first = site(&Backend::Sqlite).await;
    let (app, task) = start_on(&first, |_| {}).await;
    let app = std::sync::Arc::new(app);
    let acknowledged = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut writers = Vec::new();
    for w in 0..4 {
        let (app, acknowledged, stop) = (app.clone(), acknowledged.clone(), stop.clone());
        writers.push(tokio::spawn(async move {
            let mut n = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let a = app.post(&klant("950428139", &format!("{w}{n:05}"))).await;
                assert_eq!(a.status, 201, "{}", a.text);
                acknowledged.lock().unwrap().push(a.json()["url"].as_str().unwrap().rsplit('/').next().unwrap().into());
                n += 1;
            }
        }));
    }
    while acknowledged.lock().unwrap().len() < 200 {
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    let before: Vec<String> = acknowledged.lock().unwrap().clone();
    let copy = dir.path().join("backup.sqlite3");
    let summary = klanten::transfer::backup(&first.database_url, copy.to_str().unwrap()).await.expect("backup");
    assert!(summary.contains("integrity_check ok"), "{summary}");
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for w in writers {
        w.await.unwrap();
    }
    let after = acknowledged.lock().unwrap().len();
    assert!(after > before.len(), "the writes went on during the backup");
    let conn = rusqlite::Connection::open(&copy).unwrap();
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    let mut stmt = conn.prepare("SELECT uuid FROM klant").unwrap();
    let stored: BTreeSet<String> = stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
    let missing: Vec<&String> = before.iter().filter(|u| !stored.contains(*u)).collect();
    assert!(missing.is_empty(), "{} acknowledged writes are not in the backup: {missing:?}", missing.len());
    let e = klanten::transfer::backup(&first.database_url, copy.to_str().unwrap()).await.unwrap_err();
    assert!(e.contains("exists already"), "{e}");
    task.abort();
}
