//! Why the authorisation settings cannot be used: the clients file and the Autorisaties API. Each message names
//! the file, the line and the problem, never a secret; `klanten serve` and `klanten check` print it and stop.
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum AuthConfigError {
    #[error("cannot read clients file {}: {source}", path.display())]
    ClientsFileUnreadable { path: PathBuf, source: std::io::Error },
    /// `problem` starts with the line it was found on, where known.
    #[error("clients file {}: {problem}", path.display())]
    ClientsFile { path: PathBuf, problem: String },
    #[error(
        "clients file {}: line {line}: client '{client}' has neither `scopes` nor `all = true`, so its rights must \
         come from an Autorisaties API, but none is configured; add `scopes = [...]` or `all = true`, or configure \
         the Autorisaties API",
        path.display()
    )]
    RightsNeedAutorisatiesApi { path: PathBuf, line: usize, client: String },
    #[error("the Autorisaties API URL {url:?} is not a valid URL: {source}")]
    AutorisatiesApiNotAUrl { url: String, source: url::ParseError },
    #[error("the Autorisaties API URL {url:?} must be an http(s) base URL such as http://ac.local/api/v1")]
    AutorisatiesApiNotHttp { url: String },
    #[error("an Autorisaties API is configured, but not the client id this server uses to call it")]
    AutorisatiesClientIdMissing,
    #[error("an Autorisaties API is configured, but not the secret this server uses to call it")]
    AutorisatiesSecretMissing,
    #[error("cannot build the HTTP client for the Autorisaties API: {0}")]
    HttpClient(reqwest::Error),
}
