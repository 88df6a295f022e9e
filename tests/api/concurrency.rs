//! Several clients on the same klant at once, on every database: no lost update, no torn read, no 5xx, and a
//! loser of a PATCH/DELETE race gets 404 with nothing left behind.
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use serde_json::{json, Value};

use crate::helpers::*;

fn klant_with_adres(klantnummer: &str) -> Value {
    let mut k = klant("950428139", klantnummer);
    k["voornaam"] = json!("v0");
    k["adres"] = json!({"straatnaam": "v0", "huisnummer": 1});
    k
}

/// The audit trail's records of a klant, oldest first.
async fn trail(app: &TestApp, path: &str) -> Vec<Value> {
    let a = app.get(&format!("{path}/audittrail")).await;
    assert_eq!(a.status, 200, "{}", a.text);
    a.json().as_array().unwrap().clone()
}

/// Each record's `oud` is the previous record's `nieuw`: every audit record is a state that was really stored,
/// in the order of storing.
fn assert_chained(records: &[Value]) {
    for pair in records.windows(2) {
        assert_eq!(pair[1]["wijzigingen"]["oud"], pair[0]["wijzigingen"]["nieuw"], "audit trail not chained");
    }
}

db_test!(concurrent_patches_of_different_fields_are_both_stored);
async fn concurrent_patches_of_different_fields_are_both_stored(backend: Backend) {
    let app = spawn_app(&backend).await;
    for round in 0..25 {
        let (path, _) = app.create(&klant_with_adres(&format!("{round}"))).await;
        let (first, second) =
            (json!({"voornaam": format!("voornaam {round}")}), json!({"functie": format!("functie {round}")}));
        let (a, b) = tokio::join!(app.patch(&path, &first), app.patch(&path, &second));
        assert_eq!((a.status, b.status), (200, 200), "{backend:?}: {} / {}", a.text, b.text);
        let now = app.get(&path).await.json();
        assert_eq!(now["voornaam"], format!("voornaam {round}"), "{backend:?} round {round}: lost update");
        assert_eq!(now["functie"], format!("functie {round}"), "{backend:?} round {round}: lost update");
        let records = trail(&app, &path).await;
        assert_eq!(records.len(), 3);
        assert_chained(&records);
        assert_eq!(records[2]["wijzigingen"]["nieuw"], now, "the last record is the stored state");
        // each answer is a state that was stored: the later one shows both changes
        let answers = [a.json(), b.json()];
        assert!(answers.iter().any(|x| x == &now), "{backend:?}: neither answer is the final state");
    }
}

db_test!(reads_during_patches_and_deletes_are_never_torn);
async fn reads_during_patches_and_deletes_are_never_torn(backend: Backend) {
    let app = Arc::new(spawn_app(&backend).await);
    let (path, _) = app.create(&klant_with_adres("1")).await;
    let done = Arc::new(AtomicBool::new(false));
    let reads = Arc::new(AtomicUsize::new(0));
    let mut readers = Vec::new();
    for _ in 0..4 {
        let (app, path, done, reads) = (app.clone(), path.clone(), done.clone(), reads.clone());
        readers.push(tokio::spawn(async move {
            while !done.load(Ordering::Relaxed) {
                let a = app.get(&path).await;
                assert!(a.status == 200 || a.status == 404, "{}", a.text);
                if a.status == 200 {
                    let j = a.json();
                    assert_eq!(j["voornaam"], j["adres"]["straatnaam"], "torn read: {j}");
                    assert!(j["subjectIdentificatie"].is_object(), "torn read: {j}");
                    reads.fetch_add(1, Ordering::Relaxed);
                }
            }
        }));
    }
    for i in 1..=60 {
        let v = format!("v{i}");
        let a = app.patch(&path, &json!({"voornaam": v, "adres": {"straatnaam": v}})).await;
        assert_eq!(a.status, 200, "{}", a.text);
    }
    assert_eq!(app.delete(&path).await.status, 204);
    done.store(true, Ordering::Relaxed);
    for r in readers {
        r.await.unwrap();
    }
    assert!(reads.load(Ordering::Relaxed) > 0);
}

db_test!(patch_racing_delete_is_200_or_404_and_leaves_nothing_behind);
async fn patch_racing_delete_is_200_or_404_and_leaves_nothing_behind(backend: Backend) {
    let app = spawn_app(&backend).await;
    for round in 0..25 {
        let (path, _) = app.create(&klant_with_adres(&format!("{round}"))).await;
        let change = json!({"functie": "x", "adres": {"straatnaam": "y"}});
        let (p, d) = tokio::join!(app.patch(&path, &change), app.delete(&path));
        assert!(p.status == 200 || p.status == 404, "{backend:?}: PATCH {} {}", p.status, p.text);
        assert_eq!(d.status, 204, "{backend:?}: DELETE {}", d.text);
        if p.status == 404 {
            assert_eq!(p.json()["code"], "not_found");
        }
        assert_eq!(app.get(&path).await.status, 404);
        assert_eq!(app.get(&format!("{path}/audittrail")).await.status, 404);
    }
    // no audit record outlives its klant, and no klant row is left of a deleted klant
    let db = sea_orm::Database::connect(&app.database_url).await.unwrap();
    use sea_orm::ConnectionTrait;
    for (what, sql) in [
        (
            "audit records",
            "SELECT CAST(count(*) AS BIGINT) AS n FROM audit_trail WHERE klant_uuid NOT IN (SELECT uuid FROM klant)",
        ),
        ("klant rows", "SELECT CAST(count(*) AS BIGINT) AS n FROM klant"),
    ] {
        let row = db.query_one(sea_orm::Statement::from_string(db.get_database_backend(), sql)).await.unwrap().unwrap();
        assert_eq!(row.try_get::<i64>("", "n").unwrap(), 0, "{backend:?}: {what} left behind");
    }
    let list = app.get("/api/v1/klanten").await.json();
    assert_eq!(list["count"], 0, "{backend:?}: the count follows creates and deletes");
}

db_test!(sixteen_mixed_clients_get_no_server_error);
async fn sixteen_mixed_clients_get_no_server_error(backend: Backend) {
    let app = Arc::new(spawn_app(&backend).await);
    let (shared, _) = app.create(&klant_with_adres("1")).await;
    let mut clients = Vec::new();
    for c in 0..16 {
        let (app, shared) = (app.clone(), shared.clone());
        clients.push(tokio::spawn(async move {
            let mut statuses = Vec::new();
            for i in 0..12 {
                let a = match (c + i) % 6 {
                    0 => app.post(&klant("950428139", &format!("{c}-{i}"))).await,
                    1 => app.get(&shared).await,
                    2 => app.patch(&shared, &json!({"functie": format!("{c}-{i}")})).await,
                    3 => app.get("/api/v1/klanten").await,
                    4 => app.put(&shared, &klant_with_adres("1")).await,
                    _ => {
                        let (p, _) = app.create(&klant("950428139", "")).await;
                        app.delete(&p).await
                    }
                };
                statuses.push((a.status, a.text));
            }
            statuses
        }));
    }
    for c in clients {
        for (status, text) in c.await.unwrap() {
            assert!(status < 500, "{backend:?}: {status} {text}");
        }
    }
    assert_chained(&trail(&app, &shared).await);
}

db_test!(a_refused_write_leaves_the_others_of_its_group_alone);
/// Writes that arrive together are written together (group commit): one that breaks kla-001 gets its 400 and
/// leaves the others alone, and each stored klant has exactly its own audit record and notification order.
async fn a_refused_write_leaves_the_others_of_its_group_alone(backend: Backend) {
    let app = Arc::new(spawn_app(&backend).await);
    for round in 0..5 {
        let mut writes = Vec::new();
        for c in 0..24 {
            let app = app.clone();
            // a third of them want the same klantnummer; the others each their own or a generated one
            let nummer = match c % 3 {
                0 => format!("dup{round}"),
                1 => format!("{round}-{c}"),
                _ => String::new(),
            };
            writes.push(tokio::spawn(async move { (nummer.clone(), app.post(&klant("950428139", &nummer)).await) }));
        }
        let mut created = Vec::new();
        let mut duplicates_created = 0;
        for w in writes {
            let (nummer, a) = w.await.unwrap();
            if nummer.starts_with("dup") {
                match a.status {
                    201 => duplicates_created += 1,
                    400 => assert_eq!(a.json()["invalidParams"][0]["code"], "unique", "{backend:?}"),
                    other => panic!("{backend:?}: {other} {}", a.text),
                }
            } else {
                assert_eq!(a.status, 201, "{backend:?} round {round}: {}", a.text);
            }
            if a.status == 201 {
                created.push(a.json());
            }
        }
        assert_eq!(duplicates_created, 1, "{backend:?} round {round}: exactly one of the same pair");
        let mut nummers: Vec<String> = created.iter().map(|k| k["klantnummer"].as_str().unwrap().to_string()).collect();
        nummers.sort();
        nummers.dedup();
        assert_eq!(nummers.len(), created.len(), "{backend:?}: a klantnummer given twice");
        for k in &created {
            let path = k["url"].as_str().unwrap().trim_start_matches(&app.address).to_string();
            assert_eq!(&app.get(&path).await.json(), k, "{backend:?}: the answer is what was stored");
            let records = trail(&app, &path).await;
            assert_eq!(records.len(), 1, "{backend:?}");
            assert_eq!(&records[0]["wijzigingen"]["nieuw"], k);
        }
    }
}
