//! The klant row's fixed columns (`store::layout::FIXED`); its filter columns are written by `store::layout`.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "klant")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub uuid: String,
    /// 1 on create, one more on each write: the version a cache entry was read at.
    pub version: i64,
    /// The layout the row was written in (`store::layout::layout`).
    pub shape: String,
    pub bronorganisatie: String,
    pub klantnummer: String,
    pub klantnummer_numeriek: Option<i64>,
    pub subject_type: Option<String>,
    /// The exact JSON the API answers for this klant, with a base-relative `url` (`{"url":"/api/v1/klanten/…`),
    /// packed (`store::packing`): written in the transaction that changes the klant, so a read of this one row sees
    /// one version whole.
    pub representation: Vec<u8>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
