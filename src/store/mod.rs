//! Persistence with sea-orm over SQLite (the embedded default) or PostgreSQL, one code path for both.
//!
//! - **Every write is one transaction that holds the klant**: PUT, PATCH and DELETE read the klant with
//!   `SELECT … FOR UPDATE` on PostgreSQL; on SQLite the writer holds this process's write lock from its read to
//!   its `COMMIT` (the only writer of klanten in the process). The klant row, its nested rows, its audit record and
//!   its outbox row change together or not at all. The writes that arrive together share one transaction and one
//!   sync ([`group`]). A deadlock, serialisation failure or `database is locked` is retried here ([`retry`]),
//!   never shown to a client.
//! - **Every read is one snapshot**: each klant row carries its representation, rendered in the write
//!   transaction that changes it, so a GET reads one indexed row (or the read cache, [`cache`]) and a list page
//!   reads its rows and its count in one statement. Reads never write.
pub mod backfill;
mod batch;
pub mod cache;
pub mod convert;
mod copy;
pub mod entity;
pub mod filter;
mod group;
pub mod list_cache;
mod listen;
mod nested;
mod read;
mod seed;
pub use seed::seed;
mod write;

use std::sync::Arc;
use std::time::Duration;

use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr, RuntimeErr,
    SqlErr, TransactionTrait,
};

use cache::KlantCache;
pub use cache::{CachedKlant, Rendered};
pub use filter::KlantFilter;
use list_cache::ListCache;
pub use write::{Actie, AuditInfo, Change};

/// The page size of `klant_list`.
pub const PAGE_SIZE: u64 = 100;
/// The largest klantnummer the server generates: 8 digits (the column's maximum length).
pub const MAX_GENERATED_KLANTNUMMER: i64 = 99_999_999;
/// Default bound of the read cache.
pub const DEFAULT_READ_CACHE_BYTES: usize = 16 << 20;
/// Attempts of a write transaction that keeps meeting a transient conflict.
const MAX_ATTEMPTS: u32 = 8;

pub type Migrator = migration::Migrator<backfill::Backfill>;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// (bronorganisatie, klantnummer) exists already (kla-001), found by the database's unique index.
    #[error("bronorganisatie and klantnummer are not unique")]
    Unique,
    /// No klantnummer of at most 8 digits is left in this bronorganisatie.
    #[error("klantnummer range exhausted")]
    KlantnummerExhausted,
    /// The klant does not exist (any more).
    #[error("klant not found")]
    NotFound,
    /// The stored `subjectType` is not the one the body was validated against (it changed in between).
    #[error("the stored subjectType changed")]
    SubjectTypeChanged(Option<String>),
    #[error("database error: {0}")]
    Db(#[from] DbErr),
}

/// Whether `e` is a conflict that a new attempt of the same transaction resolves: PostgreSQL's deadlock and
/// serialisation failures, SQLite's busy and locked.
fn transient(e: &DbErr) -> bool {
    let sqlx = match e {
        DbErr::Custom(text) => return text == group::GENERATED_CONFLICT,
        DbErr::Exec(RuntimeErr::SqlxError(x)) | DbErr::Query(RuntimeErr::SqlxError(x)) => x,
        DbErr::Conn(RuntimeErr::SqlxError(x)) => x,
        _ => return false,
    };
    match sqlx.as_database_error().and_then(|d| d.code()) {
        Some(code) => matches!(&*code, "40001" | "40P01" | "5" | "6" | "261" | "517" | "262"),
        None => false,
    }
}

fn unique_violation(e: &DbErr) -> bool {
    matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_)))
}

/// Runs a write transaction again (bounded, with a short growing pause) while it fails on a transient conflict.
async fn retry<T, F, Fut>(mut attempt: F) -> Result<T, StoreError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, StoreError>>,
{
    let mut n = 0;
    loop {
        match attempt().await {
            Err(StoreError::Db(e)) if transient(&e) && n + 1 < MAX_ATTEMPTS => {
                n += 1;
                tracing::debug!(error = %e, attempt = n, "transient conflict, retrying the transaction");
                tokio::time::sleep(Duration::from_millis(1 << n.min(6))).await;
            }
            other => return other,
        }
    }
}

/// A pool of `size` SQLite connections, each set up the same way.
pub(super) fn sqlite_options(
    url: &str,
    size: u32,
    synchronous: sea_orm::sqlx::sqlite::SqliteSynchronous,
) -> ConnectOptions {
    let mut opts = ConnectOptions::new(url.to_string());
    opts.sqlx_logging(false).max_connections(size).min_connections(1);
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
            // rather than fail; a transaction still refused is retried by [`retry`].
            .busy_timeout(Duration::from_secs(5))
            // the nested rows of a klant go with it (ON DELETE CASCADE)
            .foreign_keys(true)
    });
    opts
}

pub(super) fn postgres_options(url: &str) -> ConnectOptions {
    let mut opts = ConnectOptions::new(url.to_string());
    opts.sqlx_logging(false).max_connections(16).min_connections(2);
    opts
}

/// How to open the store.
#[derive(Clone, Debug)]
pub struct StoreOptions {
    /// Bound of the read cache in bytes (0: off).
    pub read_cache_bytes: usize,
    /// SQLite `synchronous=FULL` (true) or `NORMAL`.
    pub sqlite_synchronous_full: bool,
}

impl Default for StoreOptions {
    fn default() -> Self {
        StoreOptions { read_cache_bytes: DEFAULT_READ_CACHE_BYTES, sqlite_synchronous_full: true }
    }
}

impl StoreOptions {
    /// For the commands that do not serve requests (migrate, seed, outbox): no read cache.
    pub fn uncached() -> Self {
        StoreOptions { read_cache_bytes: 0, ..Self::default() }
    }
}

#[derive(Clone)]
pub struct Store {
    db: DatabaseConnection,
    /// SQLite has one writer at a time; serialising this process's write transactions avoids SQLITE_BUSY on lock
    /// upgrades and orders the cache updates of writes.
    write_lock: Option<Arc<tokio::sync::Mutex<()>>>,
    cache: Arc<KlantCache>,
    /// The cache of list page bodies ([`list_cache`]).
    lists: Arc<ListCache>,
    /// The task that writes the API's changes, a group per transaction ([`group`]).
    writer: group::Writer,
    /// Whether writes put a notification in the outbox (a Notificaties API is configured).
    notifications: bool,
    /// Woken right after a write that put a notification in the outbox commits (the delivery worker waits on it).
    wakeup: Option<Arc<tokio::sync::Notify>>,
    /// Keeps the PostgreSQL invalidation listener running as long as a clone of the store lives.
    _listener: Option<Arc<listen::ListenerTask>>,
}

impl Store {
    /// Connects and applies the migrations, with the default options. A `sqlite:` URL creates its file.
    pub async fn connect(url: &str) -> Result<Self, DbErr> {
        Self::connect_with(url, StoreOptions::default()).await
    }

    /// Connects and applies the migrations.
    #[tracing::instrument(skip(url))]
    pub async fn connect_with(url: &str, options: StoreOptions) -> Result<Self, DbErr> {
        let read_cache_bytes = options.read_cache_bytes;
        let synchronous = if options.sqlite_synchronous_full {
            sea_orm::sqlx::sqlite::SqliteSynchronous::Full
        } else {
            sea_orm::sqlx::sqlite::SqliteSynchronous::Normal
        };
        let sqlite = url.starts_with("sqlite:");
        let opts = if sqlite { sqlite_options(url, 4, synchronous) } else { postgres_options(url) };
        let db = Database::connect(opts).await?;
        {
            use migration::MigratorTrait;
            Migrator::up(&db, None).await?;
        }
        let postgres = db.get_database_backend() == DbBackend::Postgres;
        // On PostgreSQL the cache is on only while the invalidation listener is connected.
        let cache = Arc::new(KlantCache::new(read_cache_bytes, !postgres));
        // list pages get a quarter of the bound, on top of it
        let lists = Arc::new(ListCache::new(read_cache_bytes / 4, !postgres));
        let listener = if postgres && read_cache_bytes > 0 {
            Some(Arc::new(listen::ListenerTask::start(&db, cache.clone(), lists.clone())))
        } else {
            None
        };
        let write_lock = sqlite.then(|| Arc::new(tokio::sync::Mutex::new(())));
        let sqlite_writer = match &write_lock {
            Some(lock) => Some(group::SqliteWriter {
                connection: Database::connect(sqlite_options(url, 1, synchronous)).await?,
                lock: lock.clone(),
            }),
            None => None,
        };
        Ok(Store {
            writer: group::Writer::start(db.clone(), sqlite_writer, cache.clone(), lists.clone()),
            lists,
            write_lock,
            db,
            cache,
            notifications: false,
            wakeup: None,
            _listener: listener,
        })
    }

    /// Makes every write also put its notification in the outbox.
    pub fn with_notifications(mut self, enabled: bool) -> Self {
        self.notifications = enabled;
        self
    }

    /// Wakes `wakeup` right after each committed write that enqueued a notification.
    pub fn with_wakeup(mut self, wakeup: Arc<tokio::sync::Notify>) -> Self {
        self.wakeup = Some(wakeup);
        self
    }

    pub fn connection(&self) -> &DatabaseConnection {
        &self.db
    }

    /// A list page body kept under `key` (see [`list_cache`]).
    pub fn cached_list(&self, key: &str) -> Option<bytes::Bytes> {
        self.lists.get(key)
    }

    /// Taken before reading a list page that may be kept with [`Store::keep_list`].
    pub fn list_ticket(&self) -> Option<list_cache::ListTicket> {
        self.lists.ticket()
    }

    /// Keeps a list page body read under `ticket`, unless a write happened since.
    pub fn keep_list(&self, ticket: list_cache::ListTicket, key: String, body: bytes::Bytes) {
        self.lists.fill(ticket, key, body)
    }

    /// Bytes held by the read cache (klanten and list pages).
    pub fn cache_bytes(&self) -> usize {
        self.cache.bytes() + self.lists.bytes()
    }

    /// A write transaction; on SQLite also the guard that serialises this process's writes (the outbox worker
    /// takes it too).
    pub(crate) async fn begin_write(
        &self,
    ) -> Result<(Option<tokio::sync::OwnedMutexGuard<()>>, DatabaseTransaction), DbErr> {
        let guard = match &self.write_lock {
            Some(l) => Some(l.clone().lock_owned().await),
            None => None,
        };
        // This process's write lock is held before the transaction reads anything. Another process writing to the
        // same SQLite file in between (`klanten outbox replay`) makes the transaction's first write fail with
        // SQLITE_BUSY_SNAPSHOT, and [`retry`] runs it again from its read.
        let tx = self.db.begin().await?;
        Ok((guard, tx))
    }
}
