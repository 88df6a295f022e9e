//! A klant row keeps its representation packed (the server's `store::packing`): bytes, no longer text.
//!
//! On PostgreSQL the column becomes `bytea`; each stored text becomes its UTF-8 bytes, which the server reads as
//! they are (a value that starts with `{` is unpacked JSON) until it renders the row again in this build's layout
//! and packs it. On SQLite a column holds bytes as well as text whatever its declared type, so nothing changes
//! there. Instances of an earlier release read the column as text and must stop before this migration runs.
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend, Statement};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261210_000008_packed_representation"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DbBackend::Postgres {
            return Ok(());
        }
        manager
            .get_connection()
            .execute_unprepared(
                "ALTER TABLE klant ALTER COLUMN representation DROP DEFAULT, \
                 ALTER COLUMN representation TYPE bytea USING convert_to(representation, 'UTF8')",
            )
            .await
            .map(|_| ())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // only text can go back: a packed row would not be text
        if manager.get_database_backend() != DbBackend::Postgres {
            return Ok(());
        }
        let db = manager.get_connection();
        let packed = db
            .query_one(Statement::from_string(
                DbBackend::Postgres,
                "SELECT 1 AS packed FROM klant WHERE get_byte(representation, 0) <> 123 LIMIT 1",
            ))
            .await?;
        if packed.is_some() {
            return Err(DbErr::Migration("klanten are stored packed; an earlier release cannot read them".into()));
        }
        db.execute_unprepared(
            "ALTER TABLE klant ALTER COLUMN representation TYPE text USING convert_from(representation, 'UTF8'), \
                 ALTER COLUMN representation SET DEFAULT ''",
        )
        .await
        .map(|_| ())
    }
}
