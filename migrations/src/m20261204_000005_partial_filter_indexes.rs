//! The filter indexes hold only the rows a filter can find: `(column, id)` becomes `(column, id) WHERE column <> ''`.
//!
//! A list filter with an empty value is no filter at all (the reference ignores it), so a row whose column is
//! empty (the default of every optional text of a klant: `functie`, `telefoonnummer`, …) or NULL (`subject_type`
//! of a klant without one) is never found through that column's index. Keeping those rows in the index only cost
//! every create and every change of such a row an index insertion: a typical new klant fills two or three of the
//! eighteen filter columns, so most of its index work went into entries that no query reads. The filters
//! (`store::filter` in the server crate) add the same `column <> ''` term to their condition, which is how both
//! SQLite and PostgreSQL prove, from the query text alone and without statistics, that the partial index applies.
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::ConnectionTrait;

use crate::FILTER_COLUMNS;

/// The condition of each filter index, and the term every filter adds to its query so that the index is used.
pub const NON_EMPTY: &str = "<> ''";

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261204_000005_partial_filter_indexes"
    }
}

fn name(table: &str, col: &str, order: &str) -> String {
    format!("idx_{table}_{col}_{order}")
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for (table, col, order) in FILTER_COLUMNS {
            let name = name(table, col, order);
            // One text on one connection: on SQLite another connection of the pool may still hold the schema
            // from before the drop and refuse the new index's name. sea-query has no partial indexes; the
            // statements are the same on SQLite and PostgreSQL.
            db.execute_unprepared(&format!(
                "DROP INDEX IF EXISTS \"{name}\"; \
                 CREATE INDEX \"{name}\" ON \"{table}\" (\"{col}\", \"{order}\") WHERE \"{col}\" {NON_EMPTY}"
            ))
            .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for (table, col, order) in FILTER_COLUMNS {
            let name = name(table, col, order);
            db.execute_unprepared(&format!(
                "DROP INDEX IF EXISTS \"{name}\"; CREATE INDEX \"{name}\" ON \"{table}\" (\"{col}\", \"{order}\")"
            ))
            .await?;
        }
        Ok(())
    }
}
