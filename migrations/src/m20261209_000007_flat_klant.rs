//! The klant becomes one flat row: the columns the store itself needs (identity, version, kla-001, the subject
//! type, the representation and the `shape` it was rendered in) and one column per list filter, which the server
//! adds, fills and indexes from `openapi.yaml` at start-up (the server crate's `store::sync`). The nested tables
//! and the klant columns that only restated the representation go: GET serves the representation, and every
//! filter now reads a column of the klant row.
//!
//! What this migration leaves is the same on every database, old or new: `sync` then adds the filter columns of
//! the description the server was built from and renders every row whose `shape` is not its own (all rows, the
//! first time, since `shape` starts empty).
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::ConnectionTrait;

use crate::FILTER_COLUMNS;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261209_000007_flat_klant"
    }
}

/// The tables of the first schema that held a klant's nested objects (children first).
const NESTED: [&str; 6] = [
    "verblijfsadres",
    "sub_verblijf_buitenland",
    "adres",
    "natuurlijk_persoon",
    "niet_natuurlijk_persoon",
    "vestiging",
];

/// The klant columns of the first schema that only restated its representation.
const RESTATED: [&str; 9] = [
    "bedrijfsnaam",
    "functie",
    "website_url",
    "voornaam",
    "voorvoegsel_achternaam",
    "achternaam",
    "telefoonnummer",
    "emailadres",
    "subject",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let mut sql = String::new();
        // the filter indexes of migration 5 on klant (their columns go or `sync` indexes them again by its names)
        for (table, col, order) in FILTER_COLUMNS {
            if table == "klant" {
                sql.push_str(&format!("DROP INDEX IF EXISTS \"idx_{table}_{col}_{order}\";\n"));
            }
        }
        // a filter on bronorganisatie reads `sync`'s partial index like any other
        sql.push_str("DROP INDEX IF EXISTS \"idx_klant_bronorganisatie_id\";\n");
        for table in NESTED {
            sql.push_str(&format!("DROP TABLE IF EXISTS \"{table}\";\n"));
        }
        for col in RESTATED {
            sql.push_str(&format!("ALTER TABLE klant DROP COLUMN \"{col}\";\n"));
        }
        sql.push_str("ALTER TABLE klant ADD COLUMN shape TEXT NOT NULL DEFAULT '';\n");
        if manager.get_database_backend() == sea_orm_migration::sea_orm::DbBackend::Postgres {
            // no length of its own: the OAS's maxLength is checked by the server, and may grow
            sql.push_str("ALTER TABLE klant ALTER COLUMN subject_type TYPE TEXT;\n");
        }
        db.execute_unprepared(&sql).await.map(|_| ())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration(
            "m20261209_000007_flat_klant cannot be undone: restore the backup taken before the upgrade".into(),
        ))
    }
}
