//! The notification outbox (README, Deviations from the reference, item 13): a row per notification, written in the
//! same transaction as the change it reports, delivered after commit by the worker in `src/notify/`.
use sea_orm_migration::prelude::*;

use crate::m20261128_000001_schema::{a, index};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261128_000002_outbox"
    }
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(a("outbox"))
                    .col(ColumnDef::new(a("id")).integer().not_null().auto_increment().primary_key())
                    // The exact JSON body to POST to {NRC}/notificaties (README, Notifications).
                    .col(ColumnDef::new(a("payload")).text().not_null())
                    // Microseconds since the Unix epoch (UTC), like every other timestamp here.
                    .col(ColumnDef::new(a("created_at")).big_integer().not_null())
                    // pending | delivered | failed
                    .col(ColumnDef::new(a("status")).string_len(16).not_null().default("pending"))
                    .col(ColumnDef::new(a("attempts")).integer().not_null().default(0))
                    .col(ColumnDef::new(a("next_attempt_at")).big_integer().not_null())
                    .col(ColumnDef::new(a("last_error")).text().not_null().default(""))
                    // A worker's lease on the row, so that several server instances never send a row twice at once.
                    .col(ColumnDef::new(a("locked_until")).big_integer().null())
                    .col(ColumnDef::new(a("locked_by")).string_len(64).null())
                    .col(ColumnDef::new(a("delivered_at")).big_integer().null())
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("outbox", &["status", "id"])).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(a("outbox")).if_exists().to_owned()).await
    }
}
