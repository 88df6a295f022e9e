//! Rights from the Autorisaties API (AC), cached per client with a bounded lifetime: as the reference, the
//! applicaties of a client id come from `GET {AC}/applicaties?clientIds=…`, and their scopes for component `kc`.
//!
//! Differences from the reference, on purpose: the reference caches applications for good and
//! only refreshes on AC notifications; here a fetched answer lives `ac_cache_ttl`, a failure only
//! [`FAILURE_TTL`] (so that a burst of requests during an outage shares one failed call instead of
//! each waiting for its own timeout). Concurrent first requests for one client share one AC call.
//! An unreachable or failing AC is a 403 `ac-unavailable`, not a 500.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::Value;
use tokio::sync::OnceCell;
use tokio::time::Instant;
use url::Url;

use super::config_error::AuthConfigError;
use super::grants::Grants;
use super::jwt::{now_secs, sign_hs256, IssuedClaims};
use super::AuthError;

/// How long a failed AC call (unreachable, refused, no applicatie) is remembered.
pub const FAILURE_TTL: Duration = Duration::from_secs(2);
/// The component whose autorisaties count (`AuthorizationsConfig.component`, which must be `kc`).
const COMPONENT: &str = "kc";
/// Upper bound on one AC answer; a list for one client id is a few kilobytes.
const MAX_BODY: usize = 4 * 1024 * 1024;
/// Upper bound on `next` links followed for one client.
const MAX_PAGES: usize = 10;

/// What the AC says about one client.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct AcRights {
    pub grants: Grants,
    /// Last path segment of the first matching applicatie's `url` (its uuid); `None` if absent.
    pub applicatie_id: Option<String>,
    /// That applicatie's `label`.
    pub label: String,
}

/// Calls `GET {base}/applicaties?clientIds=<id>` with a token this server signs itself.
pub(crate) struct AcClient {
    base: Url,
    client_id: String,
    secret: Vec<u8>,
    http: reqwest::Client,
    timeout: Duration,
}

impl AcClient {
    pub fn new(
        base: &str,
        client_id: Option<String>,
        secret: Option<String>,
        timeout: Duration,
    ) -> Result<Self, AuthConfigError> {
        let parsed = Url::parse(base.trim())
            .map_err(|source| AuthConfigError::AutorisatiesApiNotAUrl { url: base.to_string(), source })?;
        if !matches!(parsed.scheme(), "http" | "https") || parsed.cannot_be_a_base() {
            return Err(AuthConfigError::AutorisatiesApiNotHttp { url: base.to_string() });
        }
        let client_id =
            client_id.filter(|s| !s.trim().is_empty()).ok_or(AuthConfigError::AutorisatiesClientIdMissing)?;
        let secret = secret.filter(|s| !s.is_empty()).ok_or(AuthConfigError::AutorisatiesSecretMissing)?;
        let timeout = timeout.max(Duration::from_millis(1));
        let http = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout)
            .redirect(reqwest::redirect::Policy::limited(3))
            .build()
            .map_err(AuthConfigError::HttpClient)?;
        Ok(AcClient { base: parsed, client_id, secret: secret.into_bytes(), http, timeout })
    }

    fn list_url(&self, client_id: &str) -> Url {
        let mut url = self.base.clone();
        if let Ok(mut segments) = url.path_segments_mut() {
            segments.pop_if_empty().push("applicaties");
        }
        url.query_pairs_mut().append_pair("clientIds", client_id);
        url
    }

    /// One AC look-up, bounded as a whole by the configured timeout.
    #[tracing::instrument(skip(self), fields(ac = %self.base))]
    pub async fn fetch(&self, client_id: &str) -> Result<AcRights, AuthError> {
        match tokio::time::timeout(self.timeout, self.fetch_pages(client_id)).await {
            Ok(result) => result,
            Err(_) => {
                tracing::warn!(
                    client_id,
                    timeout_ms = self.timeout.as_millis() as u64,
                    "Autorisaties API did not answer in time"
                );
                Err(AuthError::AcUnavailable)
            }
        }
    }

    async fn fetch_pages(&self, client_id: &str) -> Result<AcRights, AuthError> {
        let mut url = self.list_url(client_id);
        let mut applicaties = Vec::new();
        for page in 1..=MAX_PAGES {
            let body = self.get_json(&url, client_id).await?;
            let (items, next) = split_page(body).ok_or_else(|| {
                tracing::warn!(client_id, %url, "Autorisaties API answered with an unexpected JSON shape");
                AuthError::AcUnavailable
            })?;
            applicaties.extend(items);
            match next.and_then(|n| Url::parse(&n).ok()) {
                // only follow links that stay on the AC we were configured with
                Some(n) if n.origin() == self.base.origin() && page < MAX_PAGES => url = n,
                _ => break,
            }
        }
        rights_from(&applicaties, client_id).ok_or(AuthError::PermissionDenied)
    }

    async fn get_json(&self, url: &Url, client_id: &str) -> Result<Value, AuthError> {
        let claims = IssuedClaims {
            iss: &self.client_id,
            iat: now_secs(),
            client_id: &self.client_id,
            user_id: "",
            user_representation: "",
        };
        let token = sign_hs256(&self.secret, &claims).map_err(|_| AuthError::AcUnavailable)?;
        let response = self
            .http
            .get(url.clone())
            .bearer_auth(token)
            .header(reqwest::header::ACCEPT, "application/json")
            .send()
            .await
            .map_err(|e| {
                tracing::warn!(client_id, %url, error = %chain(&e), "Autorisaties API unreachable");
                AuthError::AcUnavailable
            })?;
        let status = response.status();
        if status == reqwest::StatusCode::UNAUTHORIZED || status == reqwest::StatusCode::FORBIDDEN {
            tracing::warn!(
                client_id,
                %url,
                status = status.as_u16(),
                "Autorisaties API refused this server's credentials"
            );
            return Err(AuthError::NotAuthenticatedForAc);
        }
        if status.is_client_error() {
            // the reference treats any other 4xx as "no applications"
            tracing::warn!(client_id, %url, status = status.as_u16(), "Autorisaties API answered with a client error");
            return Err(AuthError::PermissionDenied);
        }
        if !status.is_success() {
            tracing::warn!(client_id, %url, status = status.as_u16(), "Autorisaties API failed");
            return Err(AuthError::AcUnavailable);
        }
        let bytes = read_bounded(response).await.map_err(|e| {
            tracing::warn!(client_id, %url, error = %e, "cannot read the Autorisaties API answer");
            AuthError::AcUnavailable
        })?;
        serde_json::from_slice(&bytes).map_err(|e| {
            tracing::warn!(client_id, %url, error = %e, "Autorisaties API answered with invalid JSON");
            AuthError::AcUnavailable
        })
    }
}

async fn read_bounded(mut response: reqwest::Response) -> Result<Vec<u8>, String> {
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(|e| chain(&e))? {
        if body.len() + chunk.len() > MAX_BODY {
            return Err(format!("answer larger than {MAX_BODY} bytes"));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// An error with its causes, for logs (reqwest hides the cause, e.g. "connection refused").
fn chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

/// The paginated envelope `{count, next, previous, results}`, or a plain array.
fn split_page(body: Value) -> Option<(Vec<Value>, Option<String>)> {
    match body {
        Value::Array(items) => Some((items, None)),
        Value::Object(mut map) => {
            let next = map.get("next").and_then(Value::as_str).map(str::to_string);
            match map.remove("results") {
                Some(Value::Array(items)) => Some((items, next)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The rights of `client_id` from the applicaties that list it in their `clientIds` (others are
/// ignored, in case an AC ignores the filter). `None` when no applicatie matches.
fn rights_from(applicaties: &[Value], client_id: &str) -> Option<AcRights> {
    let matching: Vec<&serde_json::Map<String, Value>> = applicaties
        .iter()
        .filter_map(Value::as_object)
        .filter(|app| {
            app.get("clientIds")
                .and_then(Value::as_array)
                .is_some_and(|ids| ids.iter().any(|id| id.as_str() == Some(client_id)))
        })
        .collect();
    let first = matching.first()?;
    let all = matching.iter().any(|app| app.get("heeftAlleAutorisaties").and_then(Value::as_bool) == Some(true));
    let grants = if all {
        Grants::All
    } else {
        let scopes: BTreeSet<String> = matching
            .iter()
            .filter_map(|app| app.get("autorisaties").and_then(Value::as_array))
            .flatten()
            .filter(|a| a.get("component").and_then(Value::as_str) == Some(COMPONENT))
            .filter_map(|a| a.get("scopes").and_then(Value::as_array))
            .flatten()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect();
        Grants::Scopes(scopes)
    };
    let applicatie_id = first
        .get("url")
        .and_then(Value::as_str)
        .and_then(|u| u.trim_end_matches('/').rsplit('/').next())
        .filter(|s| !s.is_empty() && !s.contains(':'))
        .map(str::to_string);
    let label = first.get("label").and_then(Value::as_str).unwrap_or_default().to_string();
    Some(AcRights { grants, applicatie_id, label })
}

type Outcome = (Result<AcRights, AuthError>, Instant);

/// Per-client cache with single-flight: one `OnceCell` per client, replaced once expired.
pub(crate) struct AcCache {
    client: AcClient,
    ttl: Duration,
    entries: Mutex<HashMap<String, Arc<OnceCell<Outcome>>>>,
}

impl AcCache {
    pub fn new(client: AcClient, ttl: Duration) -> Self {
        AcCache { client, ttl, entries: Mutex::new(HashMap::new()) }
    }

    /// One uncached look-up, to see that the AC answers our credentials (`klanten check`).
    pub async fn probe(&self) -> Result<(), AuthError> {
        match self.client.fetch("klanten-check").await {
            // an unknown client is a good answer: the AC read our request
            Ok(_) | Err(AuthError::PermissionDenied) => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// The client's rights, from the cache or from one AC call shared by all concurrent callers.
    /// The map only ever holds client ids from the clients file, so it stays small.
    pub async fn rights(&self, client_id: &str) -> Result<AcRights, AuthError> {
        let cell = {
            let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
            let now = Instant::now();
            match entries.get(client_id) {
                // in flight, or answered and still fresh
                Some(cell) if cell.get().is_none_or(|(_, expires)| now < *expires) => cell.clone(),
                _ => {
                    let cell = Arc::new(OnceCell::new());
                    entries.insert(client_id.to_string(), cell.clone());
                    cell
                }
            }
        };
        let (result, _) = cell
            .get_or_init(|| async {
                let result = self.client.fetch(client_id).await;
                let ttl = match result {
                    Ok(_) => self.ttl,
                    Err(_) => FAILURE_TTL.min(self.ttl),
                };
                (result, Instant::now() + ttl)
            })
            .await;
        result.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn rights_union_of_kc_scopes_only() {
        let apps = vec![
            json!({"url": "http://ac/api/v1/applicaties/1111", "clientIds": ["x", "y"], "label": "App 1",
            "heeftAlleAutorisaties": false,
            "autorisaties": [
                {"component": "kc", "scopes": ["klanten.lezen"]},
                {"component": "zrc", "scopes": ["zaken.lezen", "klanten.verwijderen"]},
                {"component": "kc", "scopes": ["klanten.aanmaken", 5]}
            ]}),
            json!({"url": "http://ac/api/v1/applicaties/2222", "clientIds": ["x"], "label": "App 2",
                   "autorisaties": [{"component": "kc", "scopes": ["audittrails.lezen"]}]}),
            json!({"url": "http://ac/api/v1/applicaties/3333", "clientIds": ["other"],
                   "heeftAlleAutorisaties": true}),
            json!("garbage"),
        ];
        let r = rights_from(&apps, "x").unwrap();
        assert_eq!(r.applicatie_id.as_deref(), Some("1111"));
        assert_eq!(r.label, "App 1");
        assert_eq!(
            r.grants,
            Grants::Scopes(
                ["audittrails.lezen", "klanten.aanmaken", "klanten.lezen"].iter().map(|s| s.to_string()).collect()
            )
        );
        // the app of another client does not leak its heeftAlleAutorisaties
        assert_eq!(rights_from(&apps, "other").unwrap().grants, Grants::All);
        assert!(rights_from(&apps, "nobody").is_none());
        assert!(rights_from(&[], "x").is_none());
    }

    #[test]
    fn lenient_envelope() {
        assert_eq!(split_page(json!([1])), Some((vec![json!(1)], None)));
        assert_eq!(
            split_page(json!({"count": 1, "next": "http://ac/p2", "results": [2]})),
            Some((vec![json!(2)], Some("http://ac/p2".to_string())))
        );
        assert_eq!(split_page(json!({"count": 0})), None);
        assert_eq!(split_page(json!("x")), None);
    }

    #[test]
    fn applicatie_id_from_url() {
        let one = |url: Value| rights_from(&[json!({"url": url, "clientIds": ["x"]})], "x").unwrap().applicatie_id;
        assert_eq!(one(json!("http://ac/applicaties/abc/")).as_deref(), Some("abc"));
        assert_eq!(one(json!("")), None);
        assert_eq!(one(json!("http://")), None);
        assert_eq!(one(json!(5)), None);
    }

    #[test]
    fn list_url_is_built_from_the_base() {
        for base in ["http://ac.local/api/v1", "http://ac.local/api/v1/"] {
            let c = AcClient::new(base, Some("me".into()), Some("s".into()), Duration::from_secs(1)).unwrap();
            assert_eq!(c.list_url("a b&c").as_str(), "http://ac.local/api/v1/applicaties?clientIds=a+b%26c");
        }
    }

    #[test]
    fn config_errors() {
        let t = Duration::from_secs(1);
        let e = |r: Result<AcClient, AuthConfigError>| r.err().expect("expected an error").to_string();
        assert!(e(AcClient::new("not a url", Some("a".into()), Some("s".into()), t)).contains("not a valid URL"));
        assert!(e(AcClient::new("ftp://x/", Some("a".into()), Some("s".into()), t)).contains("http(s)"));
        assert!(e(AcClient::new("http://x/", None, Some("s".into()), t)).contains("client id"));
        assert!(e(AcClient::new("http://x/", Some("a".into()), Some(String::new()), t)).contains("secret"));
    }
}
