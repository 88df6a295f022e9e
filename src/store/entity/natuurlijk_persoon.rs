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

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::klant::Entity",
        from = "Column::KlantId",
        to = "super::klant::Column::Id",
        on_delete = "Cascade"
    )]
    Klant,
}

impl Related<super::klant::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Klant.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
