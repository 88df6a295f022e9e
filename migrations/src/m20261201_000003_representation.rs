//! Every klant carries its representation (the exact JSON the API answers, with a base-relative `url`) and a
//! version that grows with each write, so that a read is one indexed row and can never mix two versions. The
//! remembered-ETag columns of the first schema go: a read no longer writes.
//!
//! `klant_teller` holds the number of klanten in a few shards (a create or delete changes one shard, chosen at
//! random, in its own transaction), so that the count of an unfiltered list page never scans the table.
//!
//! Existing rows get their representation from [`RenderExisting`], which the server crate supplies: how a klant
//! is rendered is domain knowledge, and this crate only knows the schema.
use std::marker::PhantomData;

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::ConnectionTrait;

use crate::m20261128_000001_schema::{a, index};

/// The columns the 19 list filters match, with the column that orders their rows (the store's filter table).
pub const FILTER_COLUMNS: [(&str, &str, &str); 18] = [
    ("klant", "klantnummer", "id"),
    ("klant", "bedrijfsnaam", "id"),
    ("klant", "functie", "id"),
    ("klant", "achternaam", "id"),
    ("klant", "telefoonnummer", "id"),
    ("klant", "emailadres", "id"),
    ("klant", "subject", "id"),
    ("klant", "subject_type", "id"),
    ("adres", "straatnaam", "klant_id"),
    ("adres", "postcode", "klant_id"),
    ("adres", "woonplaatsnaam", "klant_id"),
    ("adres", "landcode", "klant_id"),
    ("natuurlijk_persoon", "inp_bsn", "klant_id"),
    ("natuurlijk_persoon", "anp_identificatie", "klant_id"),
    ("natuurlijk_persoon", "inp_a_nummer", "klant_id"),
    ("niet_natuurlijk_persoon", "inn_nnp_id", "klant_id"),
    ("niet_natuurlijk_persoon", "ann_identificatie", "klant_id"),
    ("vestiging", "vestigings_nummer", "klant_id"),
];

/// Shards of `klant_teller`.
pub const COUNTER_SHARDS: i32 = 16;

/// Fills `klant.representation` for every row whose representation is empty, in the migration's transaction.
#[async_trait::async_trait]
pub trait RenderExisting: Send + Sync + 'static {
    async fn render_existing(db: &SchemaManagerConnection<'_>) -> Result<(), DbErr>;
}

pub struct Migration<R>(PhantomData<fn() -> R>);

impl<R> Default for Migration<R> {
    fn default() -> Self {
        Migration(PhantomData)
    }
}

impl<R> MigrationName for Migration<R> {
    fn name(&self) -> &str {
        "m20261201_000003_representation"
    }
}

#[async_trait::async_trait]
impl<R: RenderExisting> MigrationTrait for Migration<R> {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for col in [
            ColumnDef::new(a("representation")).text().not_null().default("").to_owned(),
            ColumnDef::new(a("version")).big_integer().not_null().default(1).to_owned(),
        ] {
            manager.alter_table(Table::alter().table(a("klant")).add_column(col).to_owned()).await?;
        }
        for col in ["etag_token", "etag_cache"] {
            manager.alter_table(Table::alter().table(a("klant")).drop_column(a(col)).to_owned()).await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(a("klant_teller"))
                    .col(ColumnDef::new(a("shard")).integer().not_null().primary_key())
                    .col(ColumnDef::new(a("aantal")).big_integer().not_null().default(0))
                    .to_owned(),
            )
            .await?;
        // Each list filter gets an index that also yields its rows in creation order, `(column, id)` on klant and
        // `(column, klant_id)` on a nested table: a filtered page is then one ordered index range whatever the
        // table statistics say (the single-column indexes of the first schema go).
        for (table, col, order) in FILTER_COLUMNS {
            manager.drop_index(Index::drop().name(format!("idx_{table}_{col}")).table(a(table)).to_owned()).await?;
            manager.create_index(index(table, &[col, order])).await?;
        }
        manager.create_index(index("klant", &["bronorganisatie", "id"])).await?;
        let db = manager.get_connection();
        db.execute_unprepared("INSERT INTO klant_teller (shard, aantal) SELECT 0, count(*) FROM klant").await?;
        for shard in 1..COUNTER_SHARDS {
            db.execute_unprepared(&format!("INSERT INTO klant_teller (shard, aantal) VALUES ({shard}, 0)")).await?;
        }
        R::render_existing(db).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_index(Index::drop().name("idx_klant_bronorganisatie_id").table(a("klant")).to_owned()).await?;
        for (table, col, order) in FILTER_COLUMNS {
            manager
                .drop_index(Index::drop().name(format!("idx_{table}_{col}_{order}")).table(a(table)).to_owned())
                .await?;
            manager.create_index(index(table, &[col])).await?;
        }
        manager.drop_table(Table::drop().table(a("klant_teller")).if_exists().to_owned()).await?;
        for col in [
            ColumnDef::new(a("etag_token")).string_len(36).not_null().default("").to_owned(),
            ColumnDef::new(a("etag_cache")).text().null().to_owned(),
        ] {
            manager.alter_table(Table::alter().table(a("klant")).add_column(col).to_owned()).await?;
        }
        for col in ["representation", "version"] {
            manager.alter_table(Table::alter().table(a("klant")).drop_column(a(col)).to_owned()).await?;
        }
        Ok(())
    }
}
