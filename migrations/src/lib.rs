//! Schema of the Klanten API, applied at start-up by the server and by `klanten migrate`.
//!
//! The migrator is generic over [`RenderExisting`]: the third migration fills the stored representation of
//! existing klanten, and only the server crate knows how a klant is rendered.
use std::marker::PhantomData;

pub use sea_orm_migration::prelude::*;

mod m20261128_000001_schema;
mod m20261128_000002_outbox;
mod m20261201_000003_representation;
mod m20261202_000004_page_index;
mod m20261204_000005_partial_filter_indexes;
mod m20261208_000006_change_counter;
mod m20261209_000007_flat_klant;
mod m20261210_000008_packed_representation;

pub use m20261201_000003_representation::{RenderExisting, COUNTER_SHARDS, FILTER_COLUMNS};
pub use m20261202_000004_page_index::BLOCK;
pub use m20261204_000005_partial_filter_indexes::NON_EMPTY;

pub struct Migrator<R>(PhantomData<fn() -> R>);

#[async_trait::async_trait]
impl<R: RenderExisting> MigratorTrait for Migrator<R> {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261128_000001_schema::Migration),
            Box::new(m20261128_000002_outbox::Migration),
            Box::new(m20261201_000003_representation::Migration::<R>::default()),
            Box::new(m20261202_000004_page_index::Migration),
            Box::new(m20261204_000005_partial_filter_indexes::Migration),
            Box::new(m20261208_000006_change_counter::Migration),
            Box::new(m20261209_000007_flat_klant::Migration),
            Box::new(m20261210_000008_packed_representation::Migration),
        ]
    }
}
