//! Configuration: flags with environment fallbacks (`--help` lists them; README.md documents each with its default).
use std::path::PathBuf;

#[derive(clap::Args, Clone, Debug)]
pub struct Config {
    /// Address to listen on.
    #[arg(long, env = "KLANTEN_BIND", default_value = "127.0.0.1:8000")]
    pub bind: String,

    /// Database URL: `sqlite://FILE` (created when missing) or `postgres://USER@HOST/DB`.
    #[arg(long = "database-url", env = "DATABASE_URL", default_value = "sqlite://klanten.sqlite3")]
    pub database_url: String,

    /// TOML file with the API clients (`[[client]]` tables with `id`, `secret` and `scopes` or `all = true`).
    #[arg(long = "clients-file", env = "KLANTEN_CLIENTS_FILE")]
    pub clients_file: Option<PathBuf>,

    /// Base URL of the Autorisaties API, for clients whose rights are not in the clients file.
    #[arg(long = "autorisaties-api", env = "KLANTEN_AUTORISATIES_API")]
    pub autorisaties_api: Option<String>,

    /// Client id this server uses towards the Autorisaties API.
    #[arg(long = "autorisaties-client-id", env = "KLANTEN_AUTORISATIES_CLIENT_ID")]
    pub autorisaties_client_id: Option<String>,

    /// Secret this server uses towards the Autorisaties API.
    #[arg(long = "autorisaties-secret", env = "KLANTEN_AUTORISATIES_SECRET", hide_env_values = true)]
    pub autorisaties_secret: Option<String>,

    /// Seconds of clock skew allowed on `exp` and `nbf` of tokens.
    #[arg(long = "jwt-leeway", env = "KLANTEN_JWT_LEEWAY", default_value_t = 0)]
    pub jwt_leeway: u64,

    /// Seconds that rights fetched from the Autorisaties API are cached.
    #[arg(long = "autorisaties-cache-ttl", env = "KLANTEN_AUTORISATIES_CACHE_TTL", default_value_t = 300)]
    pub autorisaties_cache_ttl: u64,

    /// Connect timeout of the kla-002 subject check, in milliseconds.
    #[arg(long = "subject-connect-timeout-ms", env = "KLANTEN_SUBJECT_CONNECT_TIMEOUT_MS", default_value_t = 2000)]
    pub subject_connect_timeout_ms: u64,

    /// Total timeout of the kla-002 subject check, in milliseconds.
    #[arg(long = "subject-timeout-ms", env = "KLANTEN_SUBJECT_TIMEOUT_MS", default_value_t = 5000)]
    pub subject_timeout_ms: u64,

    /// Redirects the subject check follows at most.
    #[arg(long = "subject-max-redirects", env = "KLANTEN_SUBJECT_MAX_REDIRECTS", default_value_t = 5)]
    pub subject_max_redirects: usize,

    /// Comma-separated hosts a subject URL may point at (and redirect to); unset = any host.
    #[arg(long = "subject-allowed-hosts", env = "KLANTEN_SUBJECT_ALLOWED_HOSTS", value_delimiter = ',')]
    pub subject_allowed_hosts: Option<Vec<String>>,

    /// Largest request body accepted, in bytes.
    #[arg(long = "max-body-bytes", env = "KLANTEN_MAX_BODY_BYTES", default_value_t = 1024 * 1024)]
    pub max_body_bytes: usize,
}
