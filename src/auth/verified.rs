//! Tokens this server has verified before. A client sends the same token with request after request; verifying
//! it again each time (two base64 decodes, two JSON parses, the HMAC) was about half of the instructions of a GET
//! answered from the read cache (callgrind, README "Benchmarks"). So a token that passed every check is kept here
//! with what its requests need, and its next use only runs the checks that depend on the clock (`nbf`, `exp`).
//!
//! Why a hit answers exactly as a full check would: the key is the whole token as sent (header, payload and
//! signature), so a hit is a token with exactly those bytes, whose structure, `client_id`, `alg` and signature
//! passed; the clients and their secrets are read once at start-up and never change while the server runs. A
//! token that failed is not kept, so it is checked in full every time and gets the same error.
//!
//! Bounded: at most [`MAX_TOKENS`] tokens of at most [`MAX_TOKEN_LEN`] bytes each (a longer one is simply checked
//! in full every time); when it is full it is emptied and fills again from the tokens in use.
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::jwt::TimeClaims;

/// Tokens kept at most.
pub(crate) const MAX_TOKENS: usize = 1024;
/// Longest token kept, in bytes (the tokens of ZGW clients are a few hundred).
pub(crate) const MAX_TOKEN_LEN: usize = 2048;

/// What requests with one verified token need.
#[derive(Debug)]
pub(crate) struct Verified {
    /// The `client_id` claim: a client of the clients file.
    pub client_id: String,
    pub times: TimeClaims,
    pub user_id: String,
    pub user_representation: String,
}

/// The tokens verified so far (see the module documentation).
#[derive(Default)]
pub(crate) struct VerifiedTokens {
    tokens: Mutex<HashMap<Box<str>, Arc<Verified>>>,
}

impl VerifiedTokens {
    /// What `token` was verified as, if it was.
    pub fn get(&self, token: &str) -> Option<Arc<Verified>> {
        self.lock().get(token).cloned()
    }

    /// Remembers `token` as verified.
    pub fn insert(&self, token: &str, verified: Arc<Verified>) {
        if token.len() > MAX_TOKEN_LEN {
            return;
        }
        let mut tokens = self.lock();
        if tokens.len() >= MAX_TOKENS {
            tokens.clear();
        }
        tokens.insert(token.into(), verified);
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Box<str>, Arc<Verified>>> {
        // the map is consistent after any panic (each change is one call), so a poisoned lock is still good
        self.tokens.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verified(client: &str) -> Arc<Verified> {
        Arc::new(Verified {
            client_id: client.into(),
            times: TimeClaims { nbf: None, exp: None },
            user_id: String::new(),
            user_representation: String::new(),
        })
    }

    #[test]
    fn bounded_in_count_and_token_length() {
        let tokens = VerifiedTokens::default();
        tokens.insert(&"x".repeat(MAX_TOKEN_LEN + 1), verified("a"));
        assert_eq!(tokens.len(), 0, "a token longer than MAX_TOKEN_LEN is not kept");
        for i in 0..MAX_TOKENS {
            tokens.insert(&format!("t{i}"), verified("a"));
        }
        assert_eq!(tokens.len(), MAX_TOKENS);
        assert!(tokens.get("t0").is_some());
        tokens.insert("one more", verified("b"));
        assert_eq!(tokens.len(), 1, "full: emptied, then the new one");
        assert_eq!(tokens.get("one more").unwrap().client_id, "b");
        assert!(tokens.get("t0").is_none());
    }
}
