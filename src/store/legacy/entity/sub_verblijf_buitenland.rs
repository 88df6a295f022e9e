use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sub_verblijf_buitenland")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub klant_id: i32,
    pub lnd_landcode: String,
    pub lnd_landnaam: String,
    pub sub_adres_buitenland_1: String,
    pub sub_adres_buitenland_2: String,
    pub sub_adres_buitenland_3: String,
}

super::belongs_to_klant!();
