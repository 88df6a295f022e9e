//! sea-orm entities, one per table of migrations/ (the reference's data model, plus this server's own tables).

/// The relation of a row that belongs to one klant (`klant_id`, cascading), shared by every nested table.
macro_rules! belongs_to_klant {
    () => {
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
    };
}
use belongs_to_klant;

pub mod adres;
pub mod audit_trail;
pub mod klant;
pub mod klant_teller;
pub mod natuurlijk_persoon;
pub mod niet_natuurlijk_persoon;
pub mod outbox;
pub mod sub_verblijf_buitenland;
pub mod verblijfsadres;
pub mod vestiging;
