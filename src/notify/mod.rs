//! Notifications to the Notificaties API through an outbox (README, Deviations from the reference, item 13): the
//! store writes the row in the transaction of the change; a worker delivers it after commit, in order, with retries.
//!
//! - the exact body is `crate::domain::notification` (the reference's, key for key; README, Notifications);
//! - [`client`]: `POST {NRC}/notificaties` and the kanaal registration, signed with this server's own HS256 token.
//! - [`worker`]: the delivery loop (one sender at a time per database, in id order, exponential backoff).
//! - [`outbox`]: the outbox queries, also behind `klanten outbox list` and `klanten outbox replay`.
pub mod client;
pub mod config_error;
pub mod outbox;
pub mod worker;

use std::time::Duration;

use crate::Config;
use config_error::NotifyConfigError;

/// Everything the client and the worker need, checked at start-up.
#[derive(Clone, Debug)]
pub struct Settings {
    /// The NRC's base URL without a trailing slash (`http://nrc.local/api/v1`).
    pub api: String,
    pub client_id: String,
    pub secret: String,
    /// At least 1.
    pub max_attempts: u32,
    pub retry_base: Duration,
    pub retry_cap: Duration,
    /// Bounds one request (connect, send, answer).
    pub timeout: Duration,
    pub poll_interval: Duration,
    pub register_kanaal: bool,
}

impl Settings {
    /// `None` when notifications are off (no `--notificaties-api`); an error when the API is set but unusable or
    /// its credentials are missing.
    pub fn from_config(config: &Config) -> Result<Option<Settings>, NotifyConfigError> {
        let Some(api) = config.notificaties_api.as_deref().map(str::trim).filter(|a| !a.is_empty()) else {
            return Ok(None);
        };
        let parsed =
            url::Url::parse(api).map_err(|source| NotifyConfigError::NotAUrl { url: api.to_string(), source })?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(NotifyConfigError::NotHttp { url: api.to_string() });
        }
        let nonempty = |v: &Option<String>| v.as_deref().filter(|v| !v.is_empty()).map(str::to_string);
        let client_id = nonempty(&config.notificaties_client_id).ok_or(NotifyConfigError::ClientIdMissing)?;
        let secret = nonempty(&config.notificaties_secret).ok_or(NotifyConfigError::SecretMissing)?;
        Ok(Some(Settings {
            api: api.trim_end_matches('/').to_string(),
            client_id,
            secret,
            max_attempts: config.notificaties_max_attempts.max(1),
            retry_base: Duration::from_millis(config.notificaties_retry_base_ms),
            retry_cap: Duration::from_millis(config.notificaties_retry_cap_ms),
            timeout: Duration::from_millis(config.notificaties_timeout_ms.max(1)),
            poll_interval: Duration::from_millis(config.notificaties_poll_interval_ms.max(10)),
            register_kanaal: config.notificaties_kanaal_registreren,
        }))
    }
}

/// Microseconds since the Unix epoch, the unit of every outbox time column.
pub fn now_micros() -> i64 {
    chrono::Utc::now().timestamp_micros()
}
