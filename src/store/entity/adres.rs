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
