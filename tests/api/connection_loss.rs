//! The database drops the server's connections (PostgreSQL restarted, a pooler or an administrator ending them):
//! the next requests are answered as before, with no 5xx and nothing lost, on new connections.
use serde_json::json;

use crate::helpers::*;

/// Ends every connection to `database_url`'s database but the one that asks, as `pg_terminate_backend` does for an
/// administrator or a restarted server does for all; returns how many it ended.
async fn terminate_connections(database_url: &str) -> i64 {
    use sea_orm::{ConnectionTrait, Database, Statement};
    let (server, name) = database_url.rsplit_once('/').expect("a database url with a database name");
    let admin = Database::connect(format!("{server}/test")).await.expect("connect to the test database");
    let row = admin
        .query_one(Statement::from_sql_and_values(
            sea_orm::DbBackend::Postgres,
            "SELECT COUNT(*) AS n FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE datname = $1 AND pid <> pg_backend_pid()) AS ended",
            [name.into()],
        ))
        .await
        .expect("terminate the server's connections")
        .expect("one row");
    let n: i64 = row.try_get("", "n").expect("a count");
    let _ = admin.close().await;
    n
}

db_test!(postgres_only: writes_and_reads_go_on_after_the_database_ended_every_connection);
async fn writes_and_reads_go_on_after_the_database_ended_every_connection(backend: Backend) {
    let app = spawn_app(&backend).await;
    let (path, _) = app.create(&klant("950428139", "1")).await;
    assert_eq!(app.get(&path).await.status, 200);

    for round in 0..3 {
        let ended = terminate_connections(&app.database_url).await;
        assert!(ended > 0, "round {round}: the server had connections to end");
        // The writer's connection is among the ended ones: its next transaction must open a new one.
        let created = app.post(&klant("950428139", &format!("n{round}"))).await;
        assert_eq!(created.status, 201, "round {round}: create after the connections ended: {}", created.text);
        let voornaam = format!("na-{round}");
        let patched = app.patch(&path, &json!({"voornaam": voornaam})).await;
        assert_eq!(patched.status, 200, "round {round}: patch after the connections ended: {}", patched.text);
        let read = app.get(&path).await;
        assert_eq!(read.status, 200, "round {round}: {}", read.text);
        assert_eq!(read.json()["voornaam"], json!(voornaam), "round {round}: the read shows the acknowledged patch");
        let new_path = created.json()["url"].as_str().unwrap().trim_start_matches(&app.address).to_string();
        assert_eq!(app.delete(&new_path).await.status, 204, "round {round}: delete");
        assert_eq!(app.get(&new_path).await.status, 404, "round {round}: the deleted klant is gone");
    }
    let list = app.get("/api/v1/klanten").await;
    assert_eq!(list.status, 200);
    assert_eq!(list.json()["count"], json!(1), "only the first klant is left: {}", list.text);
}
