use sea_orm::entity::prelude::*;

/// Also a line of the registry's stream (`store::stream`, docs/export-format.md): every column but `id`, in
/// camelCase.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize, serde::Deserialize)]
#[sea_orm(table_name = "audit_trail")]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Model {
    #[sea_orm(primary_key)]
    #[serde(skip)]
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
