//! sea-orm entities, one per table of migrations/ (reference-behavior.md §2).
pub mod adres;
pub mod audit_trail;
pub mod klant;
pub mod natuurlijk_persoon;
pub mod niet_natuurlijk_persoon;
pub mod outbox;
pub mod sub_verblijf_buitenland;
pub mod verblijfsadres;
pub mod vestiging;
