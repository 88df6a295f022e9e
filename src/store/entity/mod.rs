//! sea-orm entities, one per table of migrations/ that the server reads and writes (the klant row's columns beyond
//! its fixed ones follow openapi.yaml and are written through `store::layout`, not through an entity).

pub mod audit_trail;
pub mod klant;
pub mod klant_teller;
pub mod outbox;
