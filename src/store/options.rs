//! How the store's connections are opened: the SQLite settings chosen on purpose, the PostgreSQL pool, and the
//! options of the store.
use std::time::Duration;

use sea_orm::ConnectOptions;

use super::DEFAULT_READ_CACHE_BYTES;

/// A pool of `size` SQLite connections, each set up the same way. `timeout` (`--database-timeout-ms`) bounds the
/// wait for a pooled connection and for another connection's write lock.
pub(super) fn sqlite_options(
    url: &str,
    size: u32,
    synchronous: sea_orm::sqlx::sqlite::SqliteSynchronous,
    timeout: Duration,
) -> ConnectOptions {
    let mut opts = ConnectOptions::new(url.to_string());
    opts.sqlx_logging(false).max_connections(size).min_connections(1).acquire_timeout(timeout);
    opts.map_sqlx_sqlite_opts(move |o| {
        o.create_if_missing(true)
            // WAL: readers never block the writer nor the writer the readers, and a commit is one append.
            .journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
            // FULL (the default, `--sqlite-synchronous`): the WAL is synced at every commit, so an acknowledged
            // change survives a power loss too, not only a crash of this process (NORMAL would lose the last
            // commits on power loss). It costs one fdatasync per commit, which group commit shares among the
            // writes of a group (`group`).
            .synchronous(synchronous)
            // Another process (`klanten outbox replay`, a backup) may hold the write lock briefly: wait for it
            // rather than fail, as long as the bound of a database's answer; a transaction still refused after
            // that is a database that is not available (a 503, `super::error`).
            .busy_timeout(timeout)
            .foreign_keys(true)
    });
    opts
}

/// The file of a SQLite database URL. An in-memory database is refused: the store's connections (the pool, the
/// writer's, `klanten seed`'s) must all open the same database.
pub(super) fn sqlite_file(database_url: &str) -> Result<std::path::PathBuf, sea_orm::DbErr> {
    use std::str::FromStr;
    let options = sea_orm::sqlx::sqlite::SqliteConnectOptions::from_str(database_url)
        .map_err(|e| sea_orm::DbErr::Custom(format!("{database_url}: {e}")))?;
    let path = options.get_filename().to_path_buf();
    if !path.is_file() {
        return Err(sea_orm::DbErr::Custom(format!(
            "{database_url} names no database file: klanten needs a SQLite file (an in-memory database is not supported)"
        )));
    }
    Ok(path)
}

/// The PostgreSQL pool. `timeout` (`--database-timeout-ms`) bounds the wait for a pooled connection, which
/// includes opening one: a server that is down or unreachable makes a request wait that long at most and then
/// answer 503 (sqlx's own default is 30 s).
pub(super) fn postgres_options(url: &str, timeout: Duration) -> ConnectOptions {
    let mut opts = ConnectOptions::new(url.to_string());
    opts.sqlx_logging(false).max_connections(16).min_connections(2).connect_timeout(timeout).acquire_timeout(timeout);
    opts
}

/// How to open the store.
#[derive(Clone, Debug)]
pub struct StoreOptions {
    /// Bound of the read cache in bytes (0: off).
    pub read_cache_bytes: usize,
    /// SQLite `synchronous=FULL` (true) or `NORMAL`.
    pub sqlite_synchronous_full: bool,
    /// How a PostgreSQL store's read caches are kept current (`--read-cache-validation`).
    pub read_cache_validation: super::ReadCacheValidation,
    /// How long a request waits for the database at most (`--database-timeout-ms`): to connect, for a pooled
    /// connection, for another connection's SQLite write lock, for a round trip of the PostgreSQL writer, for the
    /// writer to take a write.
    pub database_timeout: Duration,
}

/// The default of `--database-timeout-ms`.
pub const DEFAULT_DATABASE_TIMEOUT: Duration = Duration::from_millis(3000);

impl Default for StoreOptions {
    fn default() -> Self {
        StoreOptions {
            read_cache_bytes: DEFAULT_READ_CACHE_BYTES,
            sqlite_synchronous_full: true,
            read_cache_validation: super::ReadCacheValidation::Exact,
            database_timeout: DEFAULT_DATABASE_TIMEOUT,
        }
    }
}

impl StoreOptions {
    /// For the commands that do not serve requests (migrate, seed, outbox): no read cache.
    pub fn uncached() -> Self {
        StoreOptions { read_cache_bytes: 0, ..Self::default() }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_in_memory_database_is_refused() {
        let err = super::sqlite_file("sqlite::memory:").unwrap_err().to_string();
        assert!(err.contains("names no database file"), "{err}");
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.db");
        std::fs::write(&path, b"").unwrap();
        assert_eq!(super::sqlite_file(&format!("sqlite://{}", path.display())).unwrap(), path);
    }
}
