//! The eight operations of the OAS, named once. The scope each one needs, the `actie` its audit record and its
//! notification carry, and whether it takes a klant body all follow from this enum; routing (`http::route`), the
//! validation of a write body, the store's audit records and the notifications use it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Operation {
    List,
    Create,
    Read,
    Update,
    PartialUpdate,
    Delete,
    AuditList,
    AuditRead,
}

impl Operation {
    pub const ALL: [Operation; 8] = [
        Operation::List,
        Operation::Create,
        Operation::Read,
        Operation::Update,
        Operation::PartialUpdate,
        Operation::Delete,
        Operation::AuditList,
        Operation::AuditRead,
    ];

    /// The OAS `operationId`.
    pub fn operation_id(self) -> &'static str {
        match self {
            Operation::List => "klant_list",
            Operation::Create => "klant_create",
            Operation::Read => "klant_read",
            Operation::Update => "klant_update",
            Operation::PartialUpdate => "klant_partial_update",
            Operation::Delete => "klant_delete",
            Operation::AuditList => "audittrail_list",
            Operation::AuditRead => "audittrail_read",
        }
    }

    /// The scope the operation needs (the OAS `security` of each operation, as the reference checks it).
    pub fn scope(self) -> &'static str {
        match self {
            Operation::List | Operation::Read => "klanten.lezen",
            Operation::Create => "klanten.aanmaken",
            Operation::Update | Operation::PartialUpdate => "klanten.bijwerken",
            Operation::Delete => "klanten.verwijderen",
            Operation::AuditList | Operation::AuditRead => "audittrails.lezen",
        }
    }

    /// The action name of the reference's viewsets, which its audit records (`actie`) and notifications (`actie`)
    /// carry for the writes.
    pub fn actie(self) -> &'static str {
        match self {
            Operation::List | Operation::AuditList => "list",
            Operation::Read | Operation::AuditRead => "retrieve",
            Operation::Create => "create",
            Operation::Update => "update",
            Operation::PartialUpdate => "partial_update",
            Operation::Delete => "destroy",
        }
    }

    /// The audit record's `actieWeergave` of a write (empty for reads, which leave no audit record).
    pub fn actie_weergave(self) -> &'static str {
        match self {
            Operation::Create => "Object aangemaakt",
            Operation::Update => "Object bijgewerkt",
            Operation::PartialUpdate => "Object deels bijgewerkt",
            Operation::Delete => "Object verwijderd",
            _ => "",
        }
    }

    /// Whether the request carries a klant as its JSON body.
    pub fn has_body(self) -> bool {
        matches!(self, Operation::Create | Operation::Update | Operation::PartialUpdate)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_have_bodies_scopes_and_actions() {
        let writes: Vec<_> = Operation::ALL.into_iter().filter(|o| o.has_body()).collect();
        assert_eq!(writes, [Operation::Create, Operation::Update, Operation::PartialUpdate]);
        for op in Operation::ALL {
            assert!(op.scope().contains('.'), "{op:?}");
            assert_eq!(op.actie_weergave().is_empty(), !op.has_body() && op != Operation::Delete, "{op:?}");
        }
        assert_eq!(Operation::Delete.actie(), "destroy");
    }
}
