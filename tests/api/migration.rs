//! The representation migration fills the column for klanten stored before it, and a seeded database answers as
//! one filled through the API.
use migration::MigratorTrait;
use sea_orm::{ConnectionTrait, Database};
use serde_json::json;

use crate::helpers::*;

db_test!(existing_klanten_get_their_representation);
async fn existing_klanten_get_their_representation(backend: Backend) {
    let site = site(&backend).await;
    let url = match backend {
        Backend::Sqlite => format!("{}?mode=rwc", site.database_url),
        Backend::Postgres(_) => site.database_url.clone(),
    };
    let db = Database::connect(&url).await.unwrap();
    klanten::store::Migrator::up(&db, Some(2)).await.unwrap();
    let uuid = uuid::Uuid::new_v4().to_string();
    for sql in [
        format!(
            "INSERT INTO klant (id, uuid, bronorganisatie, klantnummer, klantnummer_numeriek, website_url, \
             voornaam, subject_type, etag_token) VALUES (7, '{uuid}', '950428139', '12', 12, 'http://x.nl', \
             'Anna', 'natuurlijk_persoon', '')"
        ),
        "INSERT INTO adres (klant_id, straatnaam, huisnummer) VALUES (7, 'Keizersgracht', 117)".to_string(),
        "INSERT INTO natuurlijk_persoon (klant_id, inp_bsn, geslachtsnaam) VALUES (7, '111222333', 'Jansen')"
            .to_string(),
    ] {
        db.execute_unprepared(&sql).await.unwrap();
    }
    drop(db);
    let (app, _task) = start_on(&site, |_| {}).await;
    let got = app.get(&format!("/api/v1/klanten/{uuid}")).await;
    assert_eq!(got.status, 200, "{backend:?}: {}", got.text);
    let k = got.json();
    assert_eq!(k["url"], app.url(&format!("/api/v1/klanten/{uuid}")));
    assert_eq!(k["voornaam"], "Anna");
    assert_eq!(k["adres"]["huisnummer"], 117);
    assert_eq!(k["subjectIdentificatie"]["geslachtsnaam"], "Jansen");
    assert_eq!(k["subjectIdentificatie"]["verblijfsadres"], serde_json::Value::Null);
    let list = app.get("/api/v1/klanten").await.json();
    assert_eq!(list["count"], 1, "{backend:?}: the counter starts from the existing rows");
    assert_eq!(list["results"][0], k);
    // and it is a klant like any other
    let patched = app.patch(&format!("/api/v1/klanten/{uuid}"), &json!({"functie": "f"})).await;
    assert_eq!(patched.status, 200, "{}", patched.text);
    assert_eq!(patched.json()["adres"], k["adres"]);
}

db_test!(seeded_klanten_answer_as_created_ones);
async fn seeded_klanten_answer_as_created_ones(backend: Backend) {
    let site = site(&backend).await;
    let (app, _task) = start_on(&site, |_| {}).await;
    let (path, created) = app.create(&klant("950428139", "")).await;
    assert_eq!(created["klantnummer"], "1");
    let schema_before = schema(&site.database_url).await;
    klanten::store::seed(&site.database_url, 250, &app.address).await.unwrap();
    // the indexes and constraints the seed drops for the load are all back, as they were
    assert_eq!(schema(&site.database_url).await, schema_before, "{backend:?}");
    let list = app.get("/api/v1/klanten?page=3").await.json();
    assert_eq!(list["count"], 251, "{backend:?}");
    assert_eq!(list["results"].as_array().unwrap().len(), 51);
    let last = &list["results"][50];
    assert_eq!(last["klantnummer"], "251");
    let one = app.get(last["url"].as_str().unwrap().trim_start_matches(&app.address)).await.json();
    assert_eq!(&one, last);
    let trail =
        app.get(&format!("{}/audittrail", last["url"].as_str().unwrap().trim_start_matches(&app.address))).await;
    assert_eq!(trail.json()[0]["wijzigingen"]["nieuw"], one);
    let filtered = app.get("/api/v1/klanten?achternaam=Achternaam-7").await.json();
    assert_eq!(filtered["count"], 1);
    let by_postcode = app.get("/api/v1/klanten?adres__postcode=1007AB").await.json();
    assert_eq!(by_postcode["results"][0], filtered["results"][0]);
    // ids and numbers go on after the seed
    let (_, next) = app.create(&klant("950428139", "")).await;
    assert_eq!(next["klantnummer"], "252");
    assert_eq!(app.get(&path).await.status, 200);
}

/// Every index and constraint of the schema, with its definition.
async fn schema(database_url: &str) -> Vec<String> {
    let db = Database::connect(database_url).await.unwrap();
    let sql = match db.get_database_backend() {
        sea_orm::DbBackend::Sqlite => {
            "SELECT name || ': ' || COALESCE(sql, '') AS d FROM sqlite_master WHERE type = 'index' ORDER BY name"
        }
        _ => {
            "SELECT d FROM (SELECT indexname || ': ' || indexdef AS d FROM pg_indexes WHERE schemaname = current_schema() \
             UNION ALL SELECT conname || ': ' || pg_get_constraintdef(c.oid) FROM pg_constraint c \
             WHERE c.connamespace = current_schema()::regnamespace) s ORDER BY d"
        }
    };
    let rows = db.query_all(sea_orm::Statement::from_string(db.get_database_backend(), sql)).await.unwrap();
    let defs: Vec<String> = rows.iter().map(|r| r.try_get::<String>("", "d").unwrap()).collect();
    assert!(defs.iter().any(|d| d.contains("uuid")), "{defs:?}");
    defs
}
