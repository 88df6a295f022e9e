//! The tables of the first schema as they were before the klant became one flat row (migration
//! `m20261209_000007_flat_klant`): read only by the backfill of the representation of databases from before it
//! existed (migration `m20261201_000003_representation`), which runs before that migration drops them.

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
pub mod klant;
pub mod natuurlijk_persoon;
pub mod niet_natuurlijk_persoon;
pub mod sub_verblijf_buitenland;
pub mod verblijfsadres;
pub mod vestiging;
