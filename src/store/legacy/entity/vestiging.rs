use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "vestiging")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub klant_id: i32,
    pub vestigings_nummer: String,
    /// JSON array of strings.
    pub handelsnaam: String,
}

super::belongs_to_klant!();
