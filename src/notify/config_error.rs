//! Why the notification settings cannot be used; `klanten serve` prints it and stops.

#[derive(Debug, thiserror::Error)]
pub enum NotifyConfigError {
    #[error("--notificaties-api '{url}' is not a URL: {source}")]
    NotAUrl { url: String, source: url::ParseError },
    #[error("--notificaties-api '{url}' must be an http or https URL")]
    NotHttp { url: String },
    #[error(
        "--notificaties-api is set but --notificaties-client-id (KLANTEN_NOTIFICATIES_CLIENT_ID) is not: the \
         Notificaties API needs this server's client id"
    )]
    ClientIdMissing,
    #[error(
        "--notificaties-api is set but --notificaties-secret (KLANTEN_NOTIFICATIES_SECRET) is not: the \
         Notificaties API needs this server's secret"
    )]
    SecretMissing,
    #[error("cannot build the Notificaties API client: {0}")]
    HttpClient(reqwest::Error),
}
