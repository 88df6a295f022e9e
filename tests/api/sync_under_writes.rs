//! `klanten migrate` renders stored klanten again while a server writes them (the roll-over of README, Operating →
//! Upgrading): rows an earlier release stored (another layout, the representation as text) are rendered and
//! packed by the sync while several clients PATCH the same klanten at once. Nothing a client was told is lost,
//! every row ends in this build's layout and packed, each klant's audit trail holds the state of every
//! acknowledged PATCH, and a GET answers what is stored. PostgreSQL only: that is where instances roll over while
//! `klanten migrate` runs; a SQLite file is synced at start-up, before its one server answers (README, Upgrading).
//! Without the version guard of the sync's updates this test fails (a PATCH made between the sync's read and its
//! write is lost).
use std::collections::HashMap;
use std::sync::Arc;

use sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement, Value as DbValue};
use serde_json::json;

use crate::helpers::*;

const KLANTEN: usize = 1_200;
const CLIENTS: usize = 6;

/// Every row made as an earlier release left it: its representation as JSON text and a layout of another build.
async fn store_as_an_earlier_release(db: &DatabaseConnection) {
    let backend = db.get_database_backend();
    let rows = db
        .query_all(Statement::from_string(backend, "SELECT id, representation FROM klant ORDER BY id"))
        .await
        .expect("the klant rows");
    for row in rows {
        let id: i32 = row.try_get("", "id").unwrap();
        let text = klanten::store::packing::column(&row, "representation").expect("it unpacks");
        // the column of an earlier release held text, which migration 8 turned into its bytes
        let stored = DbValue::Bytes(Some(Box::new(text.into_bytes())));
        db.execute(Statement::from_sql_and_values(
            backend,
            "UPDATE klant SET representation = $1, shape = 'earlier' WHERE id = $2",
            [stored, id.into()],
        ))
        .await
        .expect("store the row as text");
    }
}

async fn count(db: &DatabaseConnection, sql: &str) -> i64 {
    let row = db.query_one(Statement::from_string(db.get_database_backend(), sql)).await.unwrap().unwrap();
    row.try_get_by_index::<i64>(0).unwrap()
}

db_test!(postgres_only: rendering_again_while_clients_patch_loses_nothing);
async fn rendering_again_while_clients_patch_loses_nothing(backend: Backend) {
    let app = Arc::new(spawn_app(&backend).await);
    let mut paths = Vec::with_capacity(KLANTEN);
    for n in 0..KLANTEN {
        paths.push(app.create(&klant("950428139", &format!("{n}"))).await.0);
    }
    let db = Database::connect(&app.database_url).await.expect("open the database");
    store_as_an_earlier_release(&db).await;
    let text_rows = "SELECT CAST(count(*) AS BIGINT) FROM klant WHERE shape = 'earlier'";
    assert_eq!(count(&db, text_rows).await, KLANTEN as i64);

    // clients PATCH every klant once, two at a time from each of three places in the table (so that two hit the
    // same klant at once and the sync's batches meet writes wherever they are), while the sync runs
    let paths = Arc::new(paths);
    let mut clients = Vec::new();
    for c in 0..CLIENTS {
        let (app, paths) = (app.clone(), paths.clone());
        clients.push(tokio::spawn(async move {
            let start = (c / 2) * KLANTEN / (CLIENTS / 2);
            let mut acknowledged: Vec<(usize, String)> = Vec::with_capacity(KLANTEN);
            for j in 0..KLANTEN {
                let i = (start + j) % KLANTEN;
                let voornaam = format!("client {c}, klant {i}");
                let a = app.patch(&paths[i], &json!({ "voornaam": voornaam })).await;
                assert_eq!(a.status, 200, "PATCH {}: {}", paths[i], a.text);
                acknowledged.push((i, voornaam));
            }
            acknowledged
        }));
    }
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let first = klanten::store::sync::sync(&db).await.expect("the sync under writes");
    let mut acknowledged: HashMap<usize, Vec<String>> = HashMap::new();
    for c in clients {
        for (i, v) in c.await.expect("a client") {
            acknowledged.entry(i).or_default().push(v);
        }
    }
    assert!(first.rendered > 0, "{backend:?}: the sync rendered nothing");

    // a row a server wrote meanwhile is in this build's layout already: a second run has nothing left
    let second = klanten::store::sync::sync(&db).await.expect("the second sync");
    assert_eq!(second.rendered, 0, "{backend:?}: rows left behind by the first sync");
    assert_eq!(count(&db, text_rows).await, 0, "{backend:?}: rows still in the earlier layout");
    let unpacked = "SELECT CAST(count(*) AS BIGINT) FROM klant WHERE get_byte(representation, 0) = 123";
    assert_eq!(count(&db, unpacked).await, 0, "{backend:?}: rows still stored as text");

    for (i, path) in paths.iter().enumerate() {
        let now = app.get(path).await;
        assert_eq!(now.status, 200, "{}", now.text);
        let now = now.json();
        let trail = app.get(&format!("{path}/audittrail")).await.json();
        let records = trail.as_array().expect("the audit trail");
        // each acknowledged PATCH left the state it was answered with: its record's `nieuw` (the next record's
        // `oud`, which the next write read, or the klant as stored now) has its voornaam; a sync that wrote a row
        // over a PATCH made meanwhile would lose that value
        let mut stored: Vec<String> = records
            .iter()
            .filter(|r| r["actie"] == "partial_update")
            .map(|r| r["wijzigingen"]["nieuw"]["voornaam"].as_str().unwrap_or_default().to_string())
            .collect();
        let mut told = acknowledged.get(&i).cloned().unwrap_or_default();
        stored.sort();
        told.sort();
        assert_eq!(stored, told, "{backend:?} {path}: the trail's states are not the acknowledged PATCHes");
        // and the server answers the klant as it is stored (no cached copy from before the sync)
        assert_eq!(
            records.last().unwrap()["wijzigingen"]["nieuw"],
            now,
            "{backend:?} {path}: GET is not the last state"
        );
    }
}
