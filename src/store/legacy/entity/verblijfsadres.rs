use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "verblijfsadres")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub klant_id: i32,
    pub aoa_identificatie: String,
    pub woonplaats_naam: String,
    pub gor_openbare_ruimte_naam: String,
    pub postcode: String,
    pub huisnummer: Option<i32>,
    pub huisletter: String,
    pub huisnummertoevoeging: String,
    pub inp_locatiebeschrijving: String,
}

super::belongs_to_klant!();
