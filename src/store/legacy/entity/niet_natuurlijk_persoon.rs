use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "niet_natuurlijk_persoon")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub klant_id: i32,
    pub inn_nnp_id: String,
    pub ann_identificatie: String,
    pub statutaire_naam: String,
    pub inn_rechtsvorm: String,
    pub bezoekadres: String,
}

super::belongs_to_klant!();
