use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_trail")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub uuid: String,
    pub klant_uuid: String,
    pub bron: String,
    pub applicatie_id: String,
    pub applicatie_weergave: String,
    pub gebruikers_id: String,
    pub gebruikers_weergave: String,
    pub actie: String,
    pub actie_weergave: String,
    pub resultaat: i32,
    pub hoofd_object: String,
    pub resource: String,
    pub resource_url: String,
    pub toelichting: String,
    pub resource_weergave: String,
    /// Microseconds since the Unix epoch, UTC.
    pub aanmaakdatum: i64,
    /// JSON text `{"oud": …, "nieuw": …}`.
    pub wijzigingen: String,
    pub logrecord_id: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
