//! Authentication and authorisation: the API's `JWT-Claims` scheme, as the reference checks it.
//!
//! A request carries `Authorization: Bearer <JWT>`, an HS256 token signed with the secret of a
//! client from the clients file ([`clients`]). The token is checked in the reference's order
//! ([`jwt`]); the client's rights come from the clients file or, for a client that lists neither
//! `scopes` nor `all`, from the Autorisaties API ([`ac`]). Every failure is an [`AuthError`],
//! which the HTTP layer renders as a 403 (the reference never answers 401).
//!
//! Deliberate deviations from the reference (README lists them): expired or not-yet-valid
//! tokens, an `alg` other than HS256 and an unreachable AC are 403s with their own codes instead
//! of 500s; fetched rights live a bounded time ([`AuthConfig::ac_cache_ttl`]) instead of forever.
//! Like the reference, an `aud` claim is not interpreted and `iat` is not compared with the clock
//! (but unlike the reference, an `aud` claim is not refused with a 500: it is ignored).

mod ac;
mod clients;
pub mod config_error;
mod error;
mod grants;
mod jwt;
mod verified;

#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use serde_json::Value;

pub use error::AuthError;
pub use grants::{Grants, KNOWN_SCOPES};

use ac::{AcCache, AcClient};
use clients::{Client, ClientRights};
use config_error::AuthConfigError;
pub(crate) use jwt::sign_hs256_with_header;
use verified::{Verified, VerifiedTokens};

/// Default for [`AuthConfig::leeway`]: none, as in the reference (PyJWT without leeway).
pub const DEFAULT_LEEWAY: Duration = Duration::from_secs(0);
/// Default for [`AuthConfig::ac_cache_ttl`].
pub const DEFAULT_AC_CACHE_TTL: Duration = Duration::from_secs(300);
/// Default for [`AuthConfig::ac_timeout`].
pub const DEFAULT_AC_TIMEOUT: Duration = Duration::from_secs(5);

/// Settings of the authoriser; the CLI fills them from flags and environment variables.
#[derive(Clone)]
pub struct AuthConfig {
    /// The TOML clients file (`--clients-file` / `KLANTEN_CLIENTS_FILE`). `None`: no clients,
    /// every request is refused.
    pub clients_file: Option<PathBuf>,
    /// Base URL of the Autorisaties API (`--autorisaties-api` / `KLANTEN_AUTORISATIES_API`),
    /// e.g. `http://ac.local/api/v1`. Blank counts as absent.
    pub autorisaties_api: Option<String>,
    /// The client id this server puts in the HS256 token it signs to call the AC.
    pub autorisaties_client_id: Option<String>,
    /// The secret for that token.
    pub autorisaties_secret: Option<String>,
    /// Clock skew tolerated on `exp` and `nbf` (whole seconds). Default [`DEFAULT_LEEWAY`] (0 s).
    pub leeway: Duration,
    /// How long rights fetched from the AC are used before asking again. Default
    /// [`DEFAULT_AC_CACHE_TTL`] (300 s). Failures are remembered at most 2 s.
    pub ac_cache_ttl: Duration,
    /// Upper bound on one AC look-up (connect, request and all pages). Default
    /// [`DEFAULT_AC_TIMEOUT`] (5 s).
    pub ac_timeout: Duration,
}

impl Default for AuthConfig {
    fn default() -> Self {
        AuthConfig {
            clients_file: None,
            autorisaties_api: None,
            autorisaties_client_id: None,
            autorisaties_secret: None,
            leeway: DEFAULT_LEEWAY,
            ac_cache_ttl: DEFAULT_AC_CACHE_TTL,
            ac_timeout: DEFAULT_AC_TIMEOUT,
        }
    }
}

impl std::fmt::Debug for AuthConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuthConfig")
            .field("clients_file", &self.clients_file)
            .field("autorisaties_api", &self.autorisaties_api)
            .field("autorisaties_client_id", &self.autorisaties_client_id)
            .field("autorisaties_secret", &self.autorisaties_secret.as_ref().map(|_| "<redacted>"))
            .field("leeway", &self.leeway)
            .field("ac_cache_ttl", &self.ac_cache_ttl)
            .field("ac_timeout", &self.ac_timeout)
            .finish()
    }
}

/// Who made a request, and what they may do.
#[derive(Clone, Debug)]
pub struct Principal {
    pub client_id: String,
    /// The `user_id` claim: a string as is; absent or `null` gives `""`; any other JSON value
    /// gives its compact JSON text (e.g. `123`, `true`).
    pub user_id: String,
    /// The `user_representation` claim, read the same way as `user_id`.
    pub user_representation: String,
    /// For the audit trail's `applicatieId`: the AC applicatie's uuid (the last path segment of
    /// its `url`) when rights came from the AC; otherwise [`local_applicatie_id`] of the client id.
    pub applicatie_id: String,
    /// For the audit trail's `applicatieWeergave`: the AC applicatie's `label`, or the client id.
    pub applicatie_weergave: String,
    /// The granted rights.
    pub grants: Grants,
}

impl Principal {
    /// Whether the request may perform an action that needs `scope`: whether the granted rights hold that label.
    pub fn has_scope(&self, scope: &str) -> bool {
        self.grants.has_scope(scope)
    }
}

/// The stable applicatie id of a client from the clients file: the name-based UUID version 3
/// (MD5, RFC 4122) of the name `urn:klanten:client:<client id>` in the URL namespace, i.e.
/// Python's `uuid.uuid3(uuid.NAMESPACE_URL, "urn:klanten:client:" + client_id)`.
pub fn local_applicatie_id(client_id: &str) -> String {
    use md5::{Digest, Md5};
    let mut hasher = Md5::new();
    hasher.update(uuid::Uuid::NAMESPACE_URL.as_bytes());
    hasher.update(b"urn:klanten:client:");
    hasher.update(client_id.as_bytes());
    let digest: [u8; 16] = hasher.finalize().into();
    uuid::Builder::from_md5_bytes(digest).into_uuid().hyphenated().to_string()
}

/// Checks tokens and finds the rights of their clients. Cheap to clone (shared state).
#[derive(Clone)]
pub struct Authoriser {
    inner: Arc<Inner>,
}

struct Inner {
    clients: HashMap<String, Client>,
    leeway_secs: i64,
    ac: Option<AcCache>,
    /// Tokens that passed [`Authoriser::authenticate`]'s checks, so that their next use skips the ones that do
    /// not depend on the clock.
    verified: VerifiedTokens,
}

impl std::fmt::Debug for Authoriser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Authoriser")
            .field("clients", &self.inner.clients.len())
            .field("autorisaties_api", &self.inner.ac.is_some())
            .finish()
    }
}

impl Authoriser {
    /// Reads and validates the clients file and the AC settings. Errors name the file, the line
    /// and the problem, never a secret. A client that relies on the AC while no AC is configured
    /// is an error (it could never be granted anything).
    pub fn new(cfg: AuthConfig) -> Result<Self, AuthConfigError> {
        let list = match &cfg.clients_file {
            Some(path) => clients::load(path)?,
            None => Vec::new(),
        };
        let ac_url = cfg.autorisaties_api.as_deref().map(str::trim).filter(|s| !s.is_empty());
        let ac = match ac_url {
            Some(url) => Some(AcCache::new(
                AcClient::new(
                    url,
                    cfg.autorisaties_client_id.clone(),
                    cfg.autorisaties_secret.clone(),
                    cfg.ac_timeout,
                )?,
                cfg.ac_cache_ttl,
            )),
            None => None,
        };
        if ac.is_none() {
            if let Some(c) = list.iter().find(|c| c.rights == ClientRights::FromAc) {
                return Err(AuthConfigError::RightsNeedAutorisatiesApi {
                    path: cfg.clients_file.clone().unwrap_or_default(),
                    line: c.line,
                    client: c.id.clone(),
                });
            }
        }
        let clients = list.into_iter().map(|c| (c.id.clone(), c)).collect();
        Ok(Authoriser {
            inner: Arc::new(Inner {
                clients,
                leeway_secs: i64::try_from(cfg.leeway.as_secs()).unwrap_or(i64::MAX),
                ac,
                verified: VerifiedTokens::default(),
            }),
        })
    }

    /// Whether the configured Autorisaties API answers with this server's credentials (`klanten check`); `None` when
    /// none is configured.
    pub async fn check_ac(&self) -> Option<Result<(), String>> {
        let ac = self.inner.ac.as_ref()?;
        Some(ac.probe().await.map_err(|e| format!("{} ({})", e.detail(), e.code())))
    }

    /// Number of configured clients (0: every request is refused).
    pub fn client_count(&self) -> usize {
        self.inner.clients.len()
    }

    /// Authenticates the raw `Authorization` header value (`None` when absent), in the reference's
    /// order: bearer prefix, unverified decode, `client_id` present,
    /// client known, `alg` HS256, signature, `iat`/`nbf`/`exp`, then the client's rights. A token that passed
    /// before is only checked against the clock again (`nbf`, `exp`; see [`verified`]).
    pub async fn authenticate(&self, authorization: Option<&str>) -> Result<Principal, AuthError> {
        self.authenticate_at(authorization, jwt::now_secs()).await
    }

    /// [`Authoriser::authenticate`] at the time `now` (seconds since the Unix epoch).
    pub(crate) async fn authenticate_at(&self, authorization: Option<&str>, now: i64) -> Result<Principal, AuthError> {
        // Exactly `Bearer ` and then the token, as in the reference. `Bearer ` with nothing after it is an empty
        // token, which does not decode (jwt-decode-error, as the reference answers). HTTP parsing drops the trailing
        // space of a header value, so that header arrives here as `Bearer`, which is therefore read as the empty
        // token too (the reference, which keeps the space, answers a bare `Bearer` permission_denied: README,
        // Deviations from the reference, item 14).
        let token = match authorization {
            Some("Bearer") => "",
            other => other.and_then(|h| h.strip_prefix("Bearer ")).ok_or(AuthError::PermissionDenied)?,
        };
        let verified = match self.inner.verified.get(token) {
            Some(verified) => {
                verified.times.check(now, self.inner.leeway_secs)?;
                verified
            }
            None => {
                let verified = Arc::new(self.verify(token, now)?);
                self.inner.verified.insert(token, verified.clone());
                verified
            }
        };
        let Some(client) = self.inner.clients.get(&verified.client_id) else {
            // a verified token names a configured client, and the clients never change
            return Err(AuthError::InvalidClientIdentifier);
        };
        let (grants, applicatie_id, applicatie_weergave) = match &client.rights {
            ClientRights::Local(grants) => (grants.clone(), client.applicatie_id.clone(), client.id.clone()),
            ClientRights::FromAc => {
                let ac = self.inner.ac.as_ref().ok_or(AuthError::PermissionDenied)?;
                let rights = ac.rights(&client.id).await?;
                (rights.grants, rights.applicatie_id.unwrap_or_else(|| client.applicatie_id.clone()), rights.label)
            }
        };
        Ok(Principal {
            client_id: client.id.clone(),
            user_id: verified.user_id.clone(),
            user_representation: verified.user_representation.clone(),
            applicatie_id,
            applicatie_weergave,
            grants,
        })
    }

    /// Every check of a token in the reference's order: unverified decode, `client_id` present, client known,
    /// `alg` HS256, signature, `iat`/`nbf`/`exp`.
    fn verify(&self, token: &str, now: i64) -> Result<Verified, AuthError> {
        let jwt = jwt::decode_unverified(token)?;
        let client = match jwt.payload.get("client_id") {
            None => return Err(AuthError::MissingClientIdentifier),
            Some(Value::String(id)) => self.inner.clients.get(id).ok_or(AuthError::InvalidClientIdentifier)?,
            Some(_) => return Err(AuthError::InvalidClientIdentifier),
        };
        jwt.check_algorithm()?;
        jwt.verify_signature(&client.secret)?;
        let times = jwt::check_time_claims(&jwt.payload, now, self.inner.leeway_secs)?;
        let user_id = claim_text(jwt.payload.get("user_id"));
        let user_representation = claim_text(jwt.payload.get("user_representation"));
        // These go into the audit trail of every write: text a database refuses (NUL) or that would forge its lines
        // is refused here, the same on every database (README, Deviations from the reference, item 16).
        if user_id.chars().chain(user_representation.chars()).any(char::is_control) {
            return Err(AuthError::ControlCharacterInClaim);
        }
        Ok(Verified { client_id: client.id.clone(), times, user_id, user_representation })
    }

    /// Issues a token for a configured client (`klanten token --client <id>`): HS256, header
    /// `{"typ":"JWT","alg":"HS256"}`, claims `iss`, `iat` (now), `client_id`, `user_id`,
    /// `user_representation`, no `exp`. Errors when the client is unknown.
    pub fn issue_token(&self, client_id: &str, user_id: &str, user_representation: &str) -> Result<String, String> {
        let client = self
            .inner
            .clients
            .get(client_id)
            .ok_or_else(|| format!("unknown client '{client_id}': it is not in the clients file"))?;
        jwt::sign_hs256(
            &client.secret,
            &jwt::IssuedClaims {
                iss: &client.id,
                iat: jwt::now_secs(),
                client_id: &client.id,
                user_id,
                user_representation,
            },
        )
    }
}

/// A free-text claim as audit-trail text (see [`Principal::user_id`]).
fn claim_text(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}
