//! The first schema's klant (a klant row with one row per nested object), kept for one job: rendering the
//! representation of klanten stored before klant rows carried it ([`backfill`], inside migration
//! `m20261201_000003_representation`). Nothing else reads or writes these tables; a later migration drops them.
pub mod backfill;
mod convert;
pub(super) mod entity;
pub(super) mod model;
