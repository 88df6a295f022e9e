//! What a client may do: everything, or a set of scope labels, as the reference grants rights: an applicatie with
//! `heeftAlleAutorisaties` may do everything, any other the union of its scopes for component `kc`.

use std::collections::BTreeSet;

/// The scope labels of the Klanten API 1.0.0; the only ones accepted in the clients file.
pub const KNOWN_SCOPES: [&str; 5] =
    ["klanten.lezen", "klanten.aanmaken", "klanten.bijwerken", "klanten.verwijderen", "audittrails.lezen"];

/// The rights granted to a client.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Grants {
    /// `all = true` in the clients file, or `heeftAlleAutorisaties` in the AC.
    All,
    /// The listed scopes only (from the clients file, or the union of the AC's `kc` autorisaties).
    Scopes(BTreeSet<String>),
}

impl Grants {
    /// Whether `scope` is granted. `All` grants every non-empty scope; an empty scope label (an
    /// action without a scope, such as OPTIONS in the reference) is never granted.
    pub fn has_scope(&self, scope: &str) -> bool {
        if scope.is_empty() {
            return false;
        }
        match self {
            Grants::All => true,
            Grants::Scopes(set) => set.contains(scope),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_scope() {
        assert!(Grants::All.has_scope("klanten.lezen"));
        assert!(!Grants::All.has_scope(""));
        let some = Grants::Scopes(["klanten.lezen".to_string()].into_iter().collect());
        assert!(some.has_scope("klanten.lezen"));
        assert!(!some.has_scope("klanten.aanmaken"));
        assert!(!some.has_scope(""));
    }
}
