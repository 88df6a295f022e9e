//! Pure rules of the standard and the reference: the klant model and representation, validation, the subject
//! check (kla-002), the field validators, and the audit record and notification of a write.
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
