//! SQLite: an index of klant ids alone, so that a page far into the list finds its first id by skipping
//! entries of this narrow index (about 100 bytes a page of them) instead of whole klant rows with their
//! representations (measured at 100,000 klanten: page 1,000 took 72 ms, with this index 1.5 ms). On PostgreSQL
//! the primary key's index is this index already.
use sea_orm_migration::prelude::*;

use crate::m20261128_000001_schema::a;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261202_000004_page_index"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != sea_orm::DbBackend::Sqlite {
            return Ok(());
        }
        manager.create_index(Index::create().name("idx_klant_page").table(a("klant")).col(a("id")).to_owned()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != sea_orm::DbBackend::Sqlite {
            return Ok(());
        }
        manager.drop_index(Index::drop().name("idx_klant_page").table(a("klant")).to_owned()).await
    }
}
