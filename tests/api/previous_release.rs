//! A database written by the previous release migrates and answers every klant and audit record byte for byte as
//! before. The fixture (tests/fixtures/previous-release/, made by scripts/previous-release-fixture.sh, which says
//! how) holds a SQLite file and a PostgreSQL dump that the previous release wrote, and that release's answers to
//! every GET of their data (answers.json). The current server is started on a copy (running its migrations at
//! start-up), gets every recorded request and must give the recorded status, `Content-Type`, `ETag` and body; then
//! it must still write: a PATCH of an old klant leaves an audit record whose `oud` is the old representation, and a
//! new klant gets the next klantnummer.
use std::collections::HashMap;
use std::path::PathBuf;

use serde_json::{json, Value};

use crate::helpers::*;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/previous-release").join(name)
}

/// One recorded request and the previous release's answer to it.
#[derive(Clone, Debug)]
struct Recorded {
    method: String,
    path: String,
    host: String,
    request_headers: Vec<(String, String)>,
    status: u16,
    content_type: Option<String>,
    etag: Option<String>,
    body: String,
}

/// The answers of `database` (`sqlite` or `postgres`) in answers.json, with every body written out and the
/// database's own made-up values in place (the file's `about` describes its form).
fn recorded(database: &str) -> Vec<Recorded> {
    let text = std::fs::read_to_string(fixture("answers.json")).expect("answers.json");
    let doc: Value = serde_json::from_str(&text).expect("answers.json is JSON");
    let db = &doc["databases"][database];
    let (list, replace) = match db.get("answers") {
        Some(own) => (own, None),
        None => (&doc["answers"], db["replace"].as_object()),
    };
    let list = list.as_array().expect("answers");
    let replace: HashMap<String, String> = replace
        .map(|m| m.iter().map(|(k, v)| (k.clone(), v.as_str().expect("a text").to_string())).collect())
        .unwrap_or_default();
    let replacer = Replacer::new(&replace);
    let text_of = |v: &Value| v.as_str().map(|s| replacer.apply(s));
    (0..list.len())
        .map(|i| {
            let a = &list[i];
            let headers = &a["headers"];
            Recorded {
                method: a["method"].as_str().unwrap().to_string(),
                path: text_of(&a["path"]).unwrap(),
                host: a["host"].as_str().unwrap().to_string(),
                request_headers: a
                    .get("request_headers")
                    .and_then(Value::as_object)
                    .map(|m| m.iter().map(|(k, v)| (k.clone(), text_of(v).unwrap())).collect())
                    .unwrap_or_default(),
                status: a["status"].as_u64().unwrap() as u16,
                content_type: text_of(&headers["content-type"]),
                etag: text_of(&headers["etag"]),
                body: replacer.apply(&joined(list, i, 0)),
            }
        })
        .collect()
}

/// The body of answer `i`: its `body`, or its `body_parts` joined (texts as they are, numbers the bodies of those
/// answers).
fn joined(list: &[Value], i: usize, depth: usize) -> String {
    assert!(depth < 4, "answers.json: body_parts of answer {i} go round");
    let a = &list[i];
    if let Some(body) = a.get("body") {
        return body.as_str().expect("a body is a text").to_string();
    }
    a["body_parts"]
        .as_array()
        .unwrap_or_else(|| panic!("answers.json: answer {i} has neither body nor body_parts"))
        .iter()
        .map(|p| match p {
            Value::String(s) => s.clone(),
            n => joined(list, n.as_u64().expect("a part is a text or a number") as usize, depth + 1),
        })
        .collect()
}

/// Replaces, in one pass, every key of a map by its value (the longest key first where two start at one place).
struct Replacer<'a> {
    map: &'a HashMap<String, String>,
    pattern: Option<regex::Regex>,
}

impl<'a> Replacer<'a> {
    fn new(map: &'a HashMap<String, String>) -> Self {
        let mut keys: Vec<&String> = map.keys().collect();
        keys.sort_by_key(|k| std::cmp::Reverse(k.len()));
        let alternation = keys.iter().map(|k| regex::escape(k)).collect::<Vec<_>>().join("|");
        let pattern = (!keys.is_empty()).then(|| regex::Regex::new(&alternation).expect("pattern"));
        Replacer { map, pattern }
    }

    fn apply(&self, text: &str) -> String {
        match &self.pattern {
            Some(p) => p.replace_all(text, |c: &regex::Captures| self.map[&c[0]].clone()).into_owned(),
            None => text.to_string(),
        }
    }
}

/// A problem body's `instance` is new in every answer: it is the one part not compared.
fn comparable(body: &str) -> String {
    let instance = regex::Regex::new(r#""instance":"urn:uuid:[0-9a-f-]{36}""#).unwrap();
    instance.replace_all(body, r#""instance":"urn:uuid:…""#).into_owned()
}

/// The two texts around the first character where they differ (all of them when they are short).
fn around_first_difference(a: &str, b: &str) -> (String, String) {
    let at = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let window = |s: &str| {
        let start = at.saturating_sub(60);
        let cut: String = s.chars().skip(start).take(160).collect();
        format!("{}{cut}{}", if start > 0 { "…" } else { "" }, if s.chars().count() > start + 160 { "…" } else { "" })
    };
    (window(a), window(b))
}

/// The fixture's database in the site's fresh one: the SQLite file copied, or the dump loaded with psql.
fn load_fixture(site: &Site) {
    match &site.backend {
        Backend::Sqlite => {
            let path = site.database_url.strip_prefix("sqlite://").expect("a sqlite:// URL");
            std::fs::copy(fixture("klanten.sqlite3"), path).expect("copy the SQLite fixture");
        }
        Backend::Postgres(_) => {
            let out = std::process::Command::new("psql")
                .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", &site.database_url, "-f"])
                .arg(fixture("postgres.sql"))
                .output()
                .expect("psql (PostgreSQL's client) on the PATH");
            assert!(out.status.success(), "loading postgres.sql failed: {}", String::from_utf8_lossy(&out.stderr));
        }
    }
}

db_test!(previous_release_database_answers_as_before);
async fn previous_release_database_answers_as_before(backend: Backend) {
    let database = match backend {
        Backend::Sqlite => "sqlite",
        Backend::Postgres(_) => "postgres",
    };
    let site = site(&backend).await;
    load_fixture(&site);
    let (app, _task) = start_on(&site, |_| {}).await;
    all_packed(&app).await;

    let answers = recorded(database);
    // a fixture that lost its data would let everything pass
    let count = |status: u16| answers.iter().filter(|a| a.status == status).count();
    assert!(answers.len() > 300 && count(200) > 250 && count(404) > 5 && count(304) > 0, "{}", answers.len());

    let mut differences = Vec::new();
    for r in &answers {
        let mut req = app
            .client
            .request(r.method.parse().unwrap(), app.url(&r.path))
            .header("Host", &r.host)
            .header("Accept", "application/json")
            .header("Authorization", format!("Bearer {}", app.token));
        for (k, v) in &r.request_headers {
            req = req.header(k, v);
        }
        let got = app.send(req).await;
        let now = (got.status, got.header("content-type"), got.header("etag"), comparable(&got.text));
        let then = (r.status, r.content_type.as_deref(), r.etag.as_deref(), comparable(&r.body));
        if now != then {
            let (got_body, was_body) = around_first_difference(&now.3, &then.3);
            differences.push(format!(
                "{} {} (Host {}):\n  now {} {:?} {:?} {got_body}\n  was {} {:?} {:?} {was_body}",
                r.method, r.path, r.host, now.0, now.1, now.2, then.0, then.1, then.2
            ));
        }
    }
    assert!(
        differences.is_empty(),
        "{database}: {} of {} answers differ from the previous release's; the first:\n{}",
        differences.len(),
        answers.len(),
        differences.iter().take(3).cloned().collect::<Vec<_>>().join("\n\n")
    );

    still_writes(&app, &answers).await;
}

/// Start-up rendered every row the previous release stored as text again, packed (its first byte is the number
/// of the dictionary it was packed with, not the `{` of JSON text).
async fn all_packed(app: &TestApp) {
    use sea_orm::{ConnectionTrait, Statement};
    let db = sea_orm::Database::connect(&app.database_url).await.expect("open the database");
    let sql = match db.get_database_backend() {
        sea_orm::DbBackend::Postgres => {
            "SELECT CAST(count(*) AS BIGINT) AS n FROM klant WHERE get_byte(representation, 0) = 123"
        }
        _ => "SELECT count(*) AS n FROM klant WHERE substr(CAST(representation AS BLOB), 1, 1) = CAST('{' AS BLOB)",
    };
    let text = db.query_one(Statement::from_string(db.get_database_backend(), sql)).await.unwrap().unwrap();
    let total = db
        .query_one(Statement::from_string(db.get_database_backend(), "SELECT CAST(count(*) AS BIGINT) AS n FROM klant"))
        .await
        .unwrap()
        .unwrap();
    assert!(total.try_get::<i64>("", "n").unwrap() > 0, "the fixture has klanten");
    assert_eq!(text.try_get::<i64>("", "n").unwrap(), 0, "klanten still stored as text after start-up");
}

/// The migrated database takes writes: a PATCH of an old klant (one with a long audit trail, read under a Host of
/// its own) answers 200 and adds one audit record whose `oud` is the representation the previous release answered;
/// a create without klantnummer gets the next one after the old klanten's.
async fn still_writes(app: &TestApp, answers: &[Recorded]) {
    let is_klant = |r: &&Recorded| {
        r.status == 200 && r.request_headers.is_empty() && r.path.matches('/').count() == 4 && !r.path.contains('?')
    };
    let trail_len = |r: &Recorded| {
        let trail = answers.iter().find(|t| t.path == format!("{}/audittrail", r.path) && t.host == r.host);
        trail.map_or(0, |t| serde_json::from_str::<Value>(&t.body).unwrap().as_array().unwrap().len())
    };
    let old = answers.iter().filter(is_klant).max_by_key(|r| trail_len(r)).expect("an old klant");
    let before = trail_len(old);
    assert!(before >= 3, "{before}");

    let patch = app
        .send(
            app.authed(reqwest::Method::PATCH, &old.path)
                .header("Host", &old.host)
                .json_body(&json!({"functie": "Na de migratie"})),
        )
        .await;
    assert_eq!(patch.status, 200, "{}", patch.text);
    let old_json: Value = serde_json::from_str(&old.body).unwrap();
    let mut expected = old_json.clone();
    expected["functie"] = json!("Na de migratie");
    assert_eq!(patch.json(), expected);

    let trail =
        app.send(app.authed(reqwest::Method::GET, &format!("{}/audittrail", old.path)).header("Host", &old.host)).await;
    assert_eq!(trail.status, 200, "{}", trail.text);
    let trail = trail.json();
    let trail = trail.as_array().unwrap();
    assert_eq!(trail.len(), before + 1);
    let last = &trail[before];
    assert_eq!(last["actie"], "partial_update");
    assert_eq!(last["wijzigingen"]["oud"], old_json);
    assert_eq!(last["wijzigingen"]["nieuw"], expected);
    // the old records are untouched
    let old_trail = answers.iter().find(|t| t.path == format!("{}/audittrail", old.path) && t.host == old.host);
    let old_trail: Value = serde_json::from_str(&old_trail.unwrap().body).unwrap();
    assert_eq!(&trail[..before], old_trail.as_array().unwrap().as_slice());

    // klantnummers go on from the old klanten's: the largest number of the bronorganisatie, plus one
    let list = answers.iter().find(|r| r.path == "/api/v1/klanten?bronorganisatie=111222333").expect("that list");
    let list: Value = serde_json::from_str(&list.body).unwrap();
    let highest = list["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|k| k["klantnummer"].as_str().and_then(|n| n.parse::<u64>().ok()))
        .max()
        .expect("numbered klanten");
    let mut body = klant("111222333", "");
    body.as_object_mut().unwrap().remove("klantnummer");
    let (_, created) = app.create(&body).await;
    assert_eq!(created["klantnummer"], (highest + 1).to_string());
}
