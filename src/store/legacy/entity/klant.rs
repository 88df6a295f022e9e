//! The klant row of the first schema.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "klant")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub uuid: String,
    pub bronorganisatie: String,
    pub klantnummer: String,
    pub klantnummer_numeriek: Option<i64>,
    pub bedrijfsnaam: String,
    pub functie: String,
    pub website_url: String,
    pub voornaam: String,
    pub voorvoegsel_achternaam: String,
    pub achternaam: String,
    pub telefoonnummer: String,
    pub emailadres: String,
    pub subject: String,
    pub subject_type: Option<String>,
    /// The exact JSON the API answers for this klant, with a base-relative `url` (`{"url":"/api/v1/klanten/…`):
    /// written in the transaction that changes the klant, so a read of this one row sees one version whole.
    pub representation: String,
    /// 1 on create, one more on each write: the version a cache entry was read at.
    pub version: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_one = "super::adres::Entity")]
    Adres,
    #[sea_orm(has_one = "super::natuurlijk_persoon::Entity")]
    NatuurlijkPersoon,
    #[sea_orm(has_one = "super::niet_natuurlijk_persoon::Entity")]
    NietNatuurlijkPersoon,
    #[sea_orm(has_one = "super::vestiging::Entity")]
    Vestiging,
}

impl ActiveModelBehavior for ActiveModel {}

impl Related<super::adres::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Adres.def()
    }
}

impl Related<super::natuurlijk_persoon::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::NatuurlijkPersoon.def()
    }
}

impl Related<super::niet_natuurlijk_persoon::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::NietNatuurlijkPersoon.def()
    }
}

impl Related<super::vestiging::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Vestiging.def()
    }
}
