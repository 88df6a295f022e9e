//! The number of klanten, in shards (see the migration `m20261201_000003_representation`), and the number of
//! write transactions that changed a klant (`m20261208_000006_change_counter`).
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "klant_teller")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub shard: i32,
    pub aantal: i64,
    pub wijzigingen: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
