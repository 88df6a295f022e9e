//! Every write transaction that changes a klant raises a change counter, so that a list page cached by one
//! instance can be checked against the writes of all instances on the same PostgreSQL database.
//!
//! `klant_teller` gets `wijzigingen`: a write transaction raises it by one in the shard whose `aantal` it changes
//! (a create, a change or a delete: one shard, chosen at random, in the same statement), so that the writes of
//! several instances do not queue on one row. The sum over the shards grows with every committed change; a list
//! page read in a snapshot with the same sum as a later one has the same klanten. The server's read cache keeps
//! that sum with each page it caches and answers the page again only while the sum is unchanged.
use sea_orm_migration::prelude::*;

use crate::m20261128_000001_schema::a;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261208_000006_change_counter"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(a("klant_teller"))
                    .add_column(ColumnDef::new(a("wijzigingen")).big_integer().not_null().default(0))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table(a("klant_teller")).drop_column(a("wijzigingen")).to_owned()).await
    }
}
