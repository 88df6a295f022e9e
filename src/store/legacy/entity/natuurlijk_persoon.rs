use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "natuurlijk_persoon")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub klant_id: i32,
    pub inp_bsn: String,
    pub anp_identificatie: String,
    pub inp_a_nummer: String,
    pub geslachtsnaam: String,
    pub voorvoegsel_geslachtsnaam: String,
    pub voorletters: String,
    pub voornamen: String,
    pub geslachtsaanduiding: String,
    pub geboortedatum: String,
}

super::belongs_to_klant!();
