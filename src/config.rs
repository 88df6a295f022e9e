//! Configuration: flags with environment fallbacks (`--help` lists them; README.md documents each with its default).
use std::path::PathBuf;

#[derive(clap::Args, Clone, Debug)]
pub struct Config {
    /// Address to listen on.
    #[arg(long, env = "KLANTEN_BIND", default_value = "127.0.0.1:8000", global = true)]
    pub bind: String,

    /// Address of the admin listener (`/health`, `/ready`, `/metrics`); unset = none. Keep it off the API's network.
    #[arg(long = "admin-bind", env = "KLANTEN_ADMIN_BIND", global = true)]
    pub admin_bind: Option<String>,

    /// Database URL: `sqlite://FILE` (created when missing) or `postgres://USER@HOST/DB`.
    #[arg(long = "database-url", env = "DATABASE_URL", default_value = "sqlite://klanten.sqlite3", global = true)]
    pub database_url: String,

    /// TOML file with the API clients (`[[client]]` tables with `id`, `secret` and `scopes` or `all = true`).
    #[arg(long = "clients-file", env = "KLANTEN_CLIENTS_FILE", global = true)]
    pub clients_file: Option<PathBuf>,

    /// Base URL of the Autorisaties API, for clients whose rights are not in the clients file.
    #[arg(long = "autorisaties-api", env = "KLANTEN_AUTORISATIES_API", global = true)]
    pub autorisaties_api: Option<String>,

    /// Client id this server uses towards the Autorisaties API.
    #[arg(long = "autorisaties-client-id", env = "KLANTEN_AUTORISATIES_CLIENT_ID", global = true)]
    pub autorisaties_client_id: Option<String>,

    /// Secret this server uses towards the Autorisaties API.
    #[arg(long = "autorisaties-secret", env = "KLANTEN_AUTORISATIES_SECRET", hide_env_values = true, global = true)]
    pub autorisaties_secret: Option<String>,

    /// Seconds of clock skew allowed on `exp` and `nbf` of tokens.
    #[arg(long = "jwt-leeway", env = "KLANTEN_JWT_LEEWAY", default_value_t = 0, global = true)]
    pub jwt_leeway: u64,

    /// Seconds that rights fetched from the Autorisaties API are cached.
    #[arg(
        long = "autorisaties-cache-ttl",
        env = "KLANTEN_AUTORISATIES_CACHE_TTL",
        default_value_t = 300,
        global = true
    )]
    pub autorisaties_cache_ttl: u64,

    /// Connect timeout of the kla-002 subject check, in milliseconds.
    #[arg(
        long = "subject-connect-timeout-ms",
        env = "KLANTEN_SUBJECT_CONNECT_TIMEOUT_MS",
        default_value_t = 2000,
        global = true
    )]
    pub subject_connect_timeout_ms: u64,

    /// Total timeout of the kla-002 subject check, in milliseconds.
    #[arg(long = "subject-timeout-ms", env = "KLANTEN_SUBJECT_TIMEOUT_MS", default_value_t = 5000, global = true)]
    pub subject_timeout_ms: u64,

    /// Redirects the subject check follows at most.
    #[arg(long = "subject-max-redirects", env = "KLANTEN_SUBJECT_MAX_REDIRECTS", default_value_t = 5, global = true)]
    pub subject_max_redirects: usize,

    /// Comma-separated hosts a subject URL may point at (and redirect to), which may then also be private or
    /// loopback addresses; unset = any host on the public internet.
    #[arg(long = "subject-allowed-hosts", env = "KLANTEN_SUBJECT_ALLOWED_HOSTS", value_delimiter = ',', global = true)]
    pub subject_allowed_hosts: Option<Vec<String>>,

    /// Let the subject check fetch loopback addresses (127.0.0.0/8, ::1, localhost): for tests and local trials
    /// only; off, a subject on this machine is refused (it could reach this server's own ports).
    #[arg(long = "subject-allow-loopback", env = "KLANTEN_SUBJECT_ALLOW_LOOPBACK", global = true)]
    pub subject_allow_loopback: bool,

    /// Let the subject check fetch private and unique-local networks (10/8, 172.16/12, 192.168/16, 100.64/10,
    /// fc00::/7): off, a subject resolving there is refused before any connection (unless its host is in
    /// `--subject-allowed-hosts`), so that clients cannot probe the server's own network.
    #[arg(long = "subject-allow-private-networks", env = "KLANTEN_SUBJECT_ALLOW_PRIVATE_NETWORKS", global = true)]
    pub subject_allow_private_networks: bool,

    /// Scheme of the URLs the server writes (`url`, `Location`, audit trail, notifications), with the request's
    /// `Host`: `https` behind a TLS-terminating proxy. Forwarded headers are not trusted (as the reference).
    #[arg(long, env = "KLANTEN_SCHEME", default_value = "http", value_parser = ["http", "https"], global = true)]
    pub scheme: String,

    /// Comma-separated `Host` values the server answers to (port ignored; `.example.nl` also admits its
    /// subdomains; as Django's ALLOWED_HOSTS). Unset = any host, as the reference's docker set-up.
    #[arg(long = "allowed-hosts", env = "KLANTEN_ALLOWED_HOSTS", value_delimiter = ',', global = true)]
    pub allowed_hosts: Option<Vec<String>>,

    /// Milliseconds a connection may take to send a complete request head: from its accept, or from the first byte
    /// of a later request on it. A connection over it is closed.
    #[arg(long = "header-timeout-ms", env = "KLANTEN_HEADER_TIMEOUT_MS", default_value_t = 5_000, global = true)]
    pub header_timeout_ms: u64,

    /// Milliseconds a kept-alive connection may stay idle after an answer before the first byte of its next
    /// request. A connection over it is closed.
    #[arg(
        long = "keep-alive-timeout-ms",
        env = "KLANTEN_KEEP_ALIVE_TIMEOUT_MS",
        default_value_t = 5_000,
        global = true
    )]
    pub keep_alive_timeout_ms: u64,

    /// Milliseconds a request body may take to arrive (408 after that).
    #[arg(long = "body-timeout-ms", env = "KLANTEN_BODY_TIMEOUT_MS", default_value_t = 30_000, global = true)]
    pub body_timeout_ms: u64,

    /// Largest request body accepted, in bytes.
    #[arg(long = "max-body-bytes", env = "KLANTEN_MAX_BODY_BYTES", default_value_t = 1024 * 1024, global = true)]
    pub max_body_bytes: usize,

    /// Open connections to the API port at most; one more is answered 503 and closed.
    #[arg(long = "max-connections", env = "KLANTEN_MAX_CONNECTIONS", default_value_t = 1024, global = true)]
    pub max_connections: usize,

    /// Requests handled at once at most; one more is answered 503 at once.
    #[arg(long = "max-requests", env = "KLANTEN_MAX_REQUESTS", default_value_t = 256, global = true)]
    pub max_requests: usize,

    /// Bound of the in-process read cache of klanten, in bytes (0: off); list pages get a quarter of it on top.
    /// On PostgreSQL a cached answer is checked as `--read-cache-validation` says.
    #[arg(long = "read-cache-bytes", env = "KLANTEN_READ_CACHE_BYTES", default_value_t = 16 << 20, global = true)]
    pub read_cache_bytes: usize,

    /// PostgreSQL: `exact` answers a cached klant or list page only after one indexed statement found it current
    /// (never older than a write acknowledged before the request); `notify` trusts the invalidations of other
    /// instances while this instance's heartbeat through that connection arrives in time (a cached answer may
    /// miss the writes of the last two `--read-cache-heartbeat-ms`).
    #[arg(long = "read-cache-validation", env = "KLANTEN_READ_CACHE_VALIDATION", default_value = "exact",
          value_parser = ["exact", "notify"], global = true)]
    pub read_cache_validation: String,

    /// PostgreSQL with `--read-cache-validation notify`: milliseconds between the heartbeats through the
    /// invalidation connection; the caches are bypassed while the newest one that arrived is older than two.
    #[arg(
        long = "read-cache-heartbeat-ms",
        env = "KLANTEN_READ_CACHE_HEARTBEAT_MS",
        default_value_t = 100,
        value_parser = clap::value_parser!(u64).range(1..=60_000),
        global = true
    )]
    pub read_cache_heartbeat_ms: u64,

    /// How long a request waits for the database at most, in milliseconds: to connect, for a pooled connection,
    /// for another connection's SQLite write lock, for the writer's round trips. A database that does not answer
    /// within it is a 503 `database-unavailable`. Also the wait for the database at start-up.
    #[arg(
        long = "database-timeout-ms",
        env = "KLANTEN_DATABASE_TIMEOUT_MS",
        default_value_t = 3000,
        value_parser = clap::value_parser!(u64).range(1..),
        global = true
    )]
    pub database_timeout_ms: u64,

    /// SQLite's `synchronous` setting: `full` syncs the write-ahead log at every commit, so an acknowledged
    /// change survives a power loss; `normal` syncs only at checkpoints (a crash of the process still loses
    /// nothing, a power loss may lose the last commits).
    #[arg(long = "sqlite-synchronous", env = "KLANTEN_SQLITE_SYNCHRONOUS", default_value = "full",
          value_parser = ["full", "normal"], global = true)]
    pub sqlite_synchronous: String,

    /// Base URL of the Notificaties API (e.g. `http://nrc.local/api/v1`); unset = no notifications are written or
    /// sent.
    #[arg(long = "notificaties-api", env = "KLANTEN_NOTIFICATIES_API", global = true)]
    pub notificaties_api: Option<String>,

    /// Client id this server signs its Notificaties API requests with (required with `--notificaties-api`).
    #[arg(long = "notificaties-client-id", env = "KLANTEN_NOTIFICATIES_CLIENT_ID", global = true)]
    pub notificaties_client_id: Option<String>,

    /// Secret this server signs its Notificaties API requests with (required with `--notificaties-api`).
    #[arg(long = "notificaties-secret", env = "KLANTEN_NOTIFICATIES_SECRET", hide_env_values = true, global = true)]
    pub notificaties_secret: Option<String>,

    /// Attempts to deliver a notification before it is marked `failed` (replay with `klanten outbox replay`).
    #[arg(
        long = "notificaties-max-attempts",
        env = "KLANTEN_NOTIFICATIES_MAX_ATTEMPTS",
        default_value_t = 10,
        global = true
    )]
    pub notificaties_max_attempts: u32,

    /// First retry delay in milliseconds; it doubles after every failed attempt, up to the cap.
    #[arg(
        long = "notificaties-retry-base-ms",
        env = "KLANTEN_NOTIFICATIES_RETRY_BASE_MS",
        default_value_t = 1000,
        global = true
    )]
    pub notificaties_retry_base_ms: u64,

    /// Longest retry delay in milliseconds.
    #[arg(
        long = "notificaties-retry-cap-ms",
        env = "KLANTEN_NOTIFICATIES_RETRY_CAP_MS",
        default_value_t = 300_000,
        global = true
    )]
    pub notificaties_retry_cap_ms: u64,

    /// Timeout of one request to the Notificaties API (connect and answer), in milliseconds.
    #[arg(
        long = "notificaties-timeout-ms",
        env = "KLANTEN_NOTIFICATIES_TIMEOUT_MS",
        default_value_t = 5000,
        global = true
    )]
    pub notificaties_timeout_ms: u64,

    /// How often the delivery worker looks at the outbox when nothing wakes it (rows of other instances, retries),
    /// in milliseconds.
    #[arg(
        long = "notificaties-poll-interval-ms",
        env = "KLANTEN_NOTIFICATIES_POLL_INTERVAL_MS",
        default_value_t = 1000,
        global = true
    )]
    pub notificaties_poll_interval_ms: u64,

    /// At start-up, create the kanaal `klanten` at the Notificaties API when it does not exist (failures are
    /// logged, not fatal).
    #[arg(
        long = "notificaties-kanaal-registreren",
        env = "KLANTEN_NOTIFICATIES_KANAAL_REGISTREREN",
        default_value_t = false,
        global = true
    )]
    pub notificaties_kanaal_registreren: bool,
}

impl Config {
    /// The store options these settings give.
    pub fn store_options(&self) -> crate::store::StoreOptions {
        crate::store::StoreOptions {
            read_cache_bytes: self.read_cache_bytes,
            sqlite_synchronous_full: self.sqlite_synchronous != "normal",
            read_cache_validation: if self.read_cache_validation == "notify" {
                crate::store::ReadCacheValidation::Notify {
                    heartbeat: std::time::Duration::from_millis(self.read_cache_heartbeat_ms),
                }
            } else {
                crate::store::ReadCacheValidation::Exact
            },
            database_timeout: std::time::Duration::from_millis(self.database_timeout_ms),
        }
    }
}
