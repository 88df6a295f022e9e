//! Why an update is refused by a rule that needs the stored klant: the rule runs on exactly what is stored, inside
//! the write's transaction (`store::Change`), and its refusal travels back to the request as this type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The klant would have neither a `subject` nor a `subjectIdentificatie` (the reference's `invalid-subject`).
    InvalidSubject,
}
