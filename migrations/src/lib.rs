//! Schema of the Klanten API (reference-behavior.md §2), applied at start-up by the server and by `klanten migrate`.
pub use sea_orm_migration::prelude::*;

mod m20261128_000001_schema;
mod m20261128_000002_outbox;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![Box::new(m20261128_000001_schema::Migration), Box::new(m20261128_000002_outbox::Migration)]
    }
}
