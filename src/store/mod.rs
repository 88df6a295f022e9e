//! Persistence over SQLite (the embedded default) or PostgreSQL: the same planning and the same statements for
//! both, each run by a module of its backend (sea-orm's sqlx pools for reads; the writer's own rusqlite connection,
//! `sqlite_script`, or PostgreSQL connection, `pg_script`, for its transactions).
//!
//! - **A klant is one row** ([`layout`]): what the store itself needs (identity, version, kla-001's pair, the
//!   subject type) with the representation the API answers (packed, [`packing`]) and one column per filter of
//!   `GET /klanten`, all of it following `openapi.yaml` through the generated description; [`sync`] brings a database to it at start-up.
//! - **Every write is one transaction that holds the klant**: PUT, PATCH and DELETE read the klant with
//!   `SELECT … FOR UPDATE` on PostgreSQL; on SQLite the writer holds this process's write lock from its read to
//!   its `COMMIT` (the only writer of klanten in the process). The klant row, its audit record and its outbox row
//!   change together or not at all. The writes that arrive together share one transaction and one sync ([`group`],
//!   planned by [`plan`]). A deadlock, serialisation failure or `database is locked` is retried here
//!   ([`error::retry`]), never shown to a client.
//! - **Every read is one snapshot**: each klant row carries its representation, rendered in the write
//!   transaction that changes it, so a GET reads one indexed row (or the read cache, [`cache`]) and a list page
//!   reads its rows and its count in one statement. Reads never write. A cached answer is current as
//!   [`validation`] says (on PostgreSQL by default: checked against the database in one indexed statement).
//! - **A database that is down or full is told apart** ([`error::outage`]) and answered within
//!   `--database-timeout-ms` ([`StoreOptions::database_timeout`]); the writer records whether its writes fail for
//!   the database's sake ([`health`]).
pub mod backup;
mod batch;
pub mod cache;
mod checkpoint;
mod copy;
pub mod entity;
mod error;
pub mod export;
pub mod filter;
mod group;
mod health;
pub mod import;
mod layout;
mod legacy;
pub mod list_cache;
mod listen;
mod options;
pub mod packing;
mod pg_script;
mod pg_writer;
mod plan;
mod read;
pub mod reference;
mod rows;
mod seed;
mod seed_sqlite;
mod sqlite_bind;
mod sqlite_script;
mod sqlite_writer;
pub mod stream;
pub mod sync;
mod validation;
mod validator;
pub use seed::seed;
mod write;

use std::sync::Arc;

use sea_orm::{ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr, TransactionTrait};

use cache::KlantCache;
pub use cache::{CachedKlant, Rendered};
use error::{retry, unique_violation};
pub use error::{Outage, StoreError};
pub use filter::KlantFilter;
use list_cache::ListCache;
use options::{postgres_options, sqlite_file, sqlite_options};
pub use options::{StoreOptions, DEFAULT_DATABASE_TIMEOUT};
use validation::Freshness;
pub use validation::ReadCacheValidation;
pub use write::Change;

/// The page size of `klant_list`.
pub const PAGE_SIZE: u64 = 100;
/// The largest klantnummer the server generates: 8 digits (the column's maximum length).
pub const MAX_GENERATED_KLANTNUMMER: i64 = 99_999_999;
/// Default bound of the read cache.
pub const DEFAULT_READ_CACHE_BYTES: usize = 16 << 20;

pub type Migrator = migration::Migrator<legacy::backfill::Backfill>;

/// Applies the migrations, then brings the database to this build's description ([`sync`]).
pub async fn migrate(db: &DatabaseConnection) -> Result<sync::Synced, DbErr> {
    {
        use migration::MigratorTrait;
        Migrator::up(db, None).await?;
    }
    sync::sync(db).await
}

/// One connection of its own to the database at `url`, migrated and brought to this build's description: what
/// the commands that load or read in bulk use (`klanten seed`, `export`, `import`).
pub async fn migrate_alone(url: &str) -> Result<DatabaseConnection, DbErr> {
    migrated_connection(url, options::DEFAULT_DATABASE_TIMEOUT).await
}

/// [`migrate_alone`] with the bound of each wait for the database.
async fn migrated_connection(url: &str, timeout: std::time::Duration) -> Result<DatabaseConnection, DbErr> {
    let options = if url.starts_with("sqlite:") {
        sqlite_options(url, 1, sea_orm::sqlx::sqlite::SqliteSynchronous::Full, timeout)
    } else {
        let mut o = postgres_options(url, timeout);
        o.max_connections(1).min_connections(1);
        o
    };
    let db = Database::connect(options).await?;
    migrate(&db).await?;
    Ok(db)
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
    /// How a cached answer is known to be current ([`validation`]).
    freshness: Freshness,
    /// The task that writes the API's changes, a group per transaction ([`group`]).
    writer: group::Writer,
    /// Whether writes put a notification in the outbox (a Notificaties API is configured).
    notifications: bool,
    /// Woken right after a write that put a notification in the outbox commits (the delivery worker waits on it).
    wakeup: Option<Arc<tokio::sync::Notify>>,
    /// Keeps the PostgreSQL invalidation listener running as long as a clone of the store lives.
    _listener: Option<Arc<listen::ListenerTask>>,
    /// Whether the writer's last transaction failed for the database's sake.
    health: Arc<health::WriteHealth>,
    /// `--database-timeout-ms`.
    database_timeout: std::time::Duration,
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
        let timeout = options.database_timeout;
        if sqlite {
            // SQLite: the migrations and the description's sync on one connection of their own, closed before the
            // pool opens, so that no connection of the pool holds a view of the schema from before them (one did:
            // a sync on the pool found a column dropped that another connection then found still there)
            migrated_connection(url, timeout).await?.close().await?;
        }
        let opts = if sqlite { sqlite_options(url, 4, synchronous, timeout) } else { postgres_options(url, timeout) };
        let db = Database::connect(opts).await?;
        if !sqlite {
            migrate(&db).await?;
        }
        let postgres = db.get_database_backend() == DbBackend::Postgres;
        let freshness = match options.read_cache_validation {
            _ if !postgres => Freshness::Owned,
            ReadCacheValidation::Exact => Freshness::Validated(Arc::new(validator::Validator::start(
                (*db.get_postgres_connection_pool().connect_options()).clone(),
                options.database_timeout,
            ))),
            ReadCacheValidation::Notify { heartbeat } => {
                Freshness::Notified(Arc::new(listen::Heartbeat::new(heartbeat)))
            }
        };
        // Trusting notifications, the caches are on only while the invalidation listener is connected.
        let waits = matches!(freshness, Freshness::Notified(_));
        let cache = Arc::new(KlantCache::new(read_cache_bytes, !waits));
        // list pages get a quarter of the bound, on top of it
        let lists = Arc::new(ListCache::new(read_cache_bytes / 4, !waits));
        let listener = match &freshness {
            Freshness::Notified(heartbeat) if read_cache_bytes > 0 => {
                Some(Arc::new(listen::ListenerTask::start(&db, cache.clone(), lists.clone(), heartbeat.clone())))
            }
            _ => None,
        };
        let write_lock = sqlite.then(|| Arc::new(tokio::sync::Mutex::new(())));
        let writer_connection = match &write_lock {
            Some(lock) => group::WriterConnection::Sqlite(sqlite_writer::SqliteWriter::new(
                Database::connect(sqlite_options(url, 1, synchronous, timeout)).await?,
                sqlite_script::ScriptConnection::open(&sqlite_file(url)?, options.sqlite_synchronous_full, timeout)?,
                lock.clone(),
            )),
            None => group::WriterConnection::Postgres(Box::new(pg_script::PgScriptConnection::new(
                (*db.get_postgres_connection_pool().connect_options()).clone(),
                timeout,
            ))),
        };
        let health = Arc::new(health::WriteHealth::default());
        Ok(Store {
            writer: group::Writer::start(writer_connection, cache.clone(), lists.clone(), health.clone(), timeout),
            health,
            database_timeout: timeout,
            lists,
            freshness,
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

    /// How long a request waits for the database at most (`--database-timeout-ms`).
    pub fn database_timeout(&self) -> std::time::Duration {
        self.database_timeout
    }

    /// Whether writes work, for `/ready` ([`health`]): not while the writer's last transaction failed for the
    /// database's sake (a full disk, a database it could not reach) and none has succeeded since; a failure at
    /// least [`health::PROBE_AFTER`] old is put to the test with [`Store::probe_write`].
    pub async fn check_writes(&self) -> Result<(), Outage> {
        let Some((outage, age)) = self.health.failing() else { return Ok(()) };
        if age < health::PROBE_AFTER {
            return Err(outage);
        }
        self.probe_write().await.map_err(|e| e.outage().unwrap_or(outage))
    }

    /// A write that changes nothing, through the writer like any other (a row rewritten as it is); its outcome is
    /// recorded as any write's ([`health`]).
    pub async fn probe_write(&self) -> Result<(), StoreError> {
        self.writer.write(plan::Op::Probe, Default::default(), None).await.map(|_| ())
    }

    /// A list page body kept under `key` that is still current (see [`list_cache`] and [`validation`]): on
    /// PostgreSQL in exact mode after one statement found the change counter where the page was read.
    pub async fn cached_list(&self, key: &str) -> Result<Option<bytes::Bytes>, DbErr> {
        match &self.freshness {
            Freshness::Owned => Ok(self.lists.get(key).map(|(body, _)| body)),
            Freshness::Notified(heartbeat) => Ok(heartbeat.fresh().then(|| self.lists.get(key)).flatten().map(|p| p.0)),
            Freshness::Validated(validator) => {
                let Some((body, Some(stamp))) = self.lists.get(key) else { return Ok(None) };
                let now = validator.changes().await?;
                if now == stamp {
                    Ok(Some(body))
                } else {
                    self.lists.outdated(now);
                    Ok(None)
                }
            }
        }
    }

    /// Taken before reading a list page that may be kept with [`Store::keep_list`].
    pub fn list_ticket(&self) -> Option<list_cache::ListTicket> {
        self.lists.ticket()
    }

    /// Keeps a list page body read under `ticket` at the change counter `stamp` ([`read::Page::stamp`]), unless
    /// a write happened since. On PostgreSQL in exact mode a page without its counter is not kept.
    pub fn keep_list(&self, ticket: list_cache::ListTicket, key: String, body: bytes::Bytes, stamp: Option<i64>) {
        if stamp.is_some() || !matches!(self.freshness, Freshness::Validated(_)) {
            self.lists.fill(ticket, key, body, stamp)
        }
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
        // SQLITE_BUSY_SNAPSHOT, and [`error::retry`] runs it again from its read.
        let tx = self.db.begin().await?;
        Ok((guard, tx))
    }
}
