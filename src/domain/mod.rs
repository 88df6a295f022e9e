//! Pure rules of the standard and the reference: the klant model and representation, validation, the subject
//! check (kla-002) and the field validators.
pub mod audit;
pub mod etag;
pub mod model;
pub mod notification;
pub mod operation;
pub mod representation;
pub mod subject;
pub mod validation;
pub mod validators;
