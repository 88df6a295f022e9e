use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "adres")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub klant_id: i32,
    pub straatnaam: String,
    pub huisnummer: Option<i32>,
    pub huisletter: String,
    pub huisnummertoevoeging: String,
    pub postcode: String,
    pub woonplaatsnaam: String,
    pub landcode: String,
}

super::belongs_to_klant!();
