//! The rules of the standard and the reference: the klant as openapi.yaml describes it and its representation,
//! validation, the field validators, and the audit record and notification of a write, all of them pure; and the
//! subject check of kla-002 ([`subject`]), the one part that does I/O (it fetches the subject URL).
pub mod audit;
pub mod description;
pub mod etag;
pub mod json;
pub mod names;
pub mod notification;
pub mod operation;
pub mod python;
pub mod refusal;
pub mod representation;
pub mod subject;
pub mod validation;
pub mod validators;
pub mod write_records;
