//! How a store operation fails, and the bounded retry of a transaction that met a transient conflict.
//!
//! A failure of the database itself, rather than of the request, is told apart here and only here, by the
//! database's own codes ([`outage`]): a database that cannot be reached within `--database-timeout-ms` or is
//! going down is [`StoreError::Unavailable`], one whose storage is full [`StoreError::StorageFull`]; the request
//! path answers both with a 503 (README, "When the database is down or full").
use std::time::{Duration, Instant};

use sea_orm::sqlx;
use sea_orm::{ConnAcquireErr, DbErr, RuntimeErr, SqlErr};

/// Attempts of a write transaction that keeps meeting a transient conflict.
const MAX_ATTEMPTS: u32 = 8;

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
    /// A generated klantnummer met the same number sent by another instance's client meanwhile: a new attempt
    /// takes the next one ([`retry`]).
    #[error("a generated klantnummer was taken meanwhile")]
    GeneratedTaken,
    /// A statement of a group of writes failed (a unique index): the group's writes are written again one by one,
    /// so that exactly the write that broke the rule is refused.
    #[error("a statement of the group failed")]
    GroupFailed,
    /// The store's writer could not answer a write (a bug: it stopped, or dropped the write).
    #[error("the store's writer: {0}")]
    Writer(&'static str),
    /// The stored `subjectType` is not the one the body was validated against (it changed in between).
    #[error("the stored subjectType changed")]
    SubjectTypeChanged(Option<String>),
    /// The database cannot be reached, did not answer within `--database-timeout-ms`, or is going down: nothing
    /// of the operation was written.
    #[error("database unavailable: {0}")]
    Unavailable(DbErr),
    /// The database's storage is full: nothing of the operation was written.
    #[error("database storage full: {0}")]
    StorageFull(DbErr),
    /// The connection to the database was lost while its `COMMIT` was under way, and whether it committed could
    /// not be learnt within `--database-timeout-ms` (PostgreSQL, `pg_script`).
    #[error("outcome of the commit unknown: {0}")]
    OutcomeUnknown(DbErr),
    #[error("database error: {0}")]
    Db(DbErr),
}

/// What kind of failure of the database itself an error is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outage {
    /// Not reached within the bound, the connection lost, the server going down (a 503 `database-unavailable`).
    Unavailable,
    /// No space left for the write (a 503 `storage-full`).
    StorageFull,
}

impl From<DbErr> for StoreError {
    fn from(e: DbErr) -> Self {
        match outage(&e) {
            Some(Outage::Unavailable) => StoreError::Unavailable(e),
            Some(Outage::StorageFull) => StoreError::StorageFull(e),
            None => StoreError::Db(e),
        }
    }
}

impl StoreError {
    /// The failure of the database this error is, if it is one.
    pub fn outage(&self) -> Option<Outage> {
        match self {
            StoreError::Unavailable(_) => Some(Outage::Unavailable),
            StoreError::StorageFull(_) => Some(Outage::StorageFull),
            _ => None,
        }
    }

    /// Whether a new attempt of the same transaction may succeed ([`transient`]).
    fn transient(&self) -> bool {
        match self {
            StoreError::Db(e) | StoreError::Unavailable(e) => transient(e),
            StoreError::GeneratedTaken => true,
            _ => false,
        }
    }
}

/// Whether `e` says that the database itself failed, and how; `None` for an error of the statement or of this
/// server. Read from the typed error, never from its text:
/// - the pool: no connection within the bound (sqlx's `PoolTimedOut`, sea-orm's `ConnectionAcquire`), a closed
///   pool; the transport: an I/O or TLS error (refused, reset, timed out);
/// - PostgreSQL's SQLSTATE: class 08 (connection exception), 57P (shut down by the operator or a crash, cannot
///   connect now), 53 (insufficient resources: 53100 `disk_full` is storage, the rest unavailable), 58
///   (system error: I/O), and 25006 (a read-only server: a standby during a failover);
/// - SQLite's primary result code: `SQLITE_FULL` (13: SQLite's answer to `ENOSPC` and `EDQUOT` when it writes) is
///   storage; `SQLITE_IOERR` (10), `SQLITE_CANTOPEN`, `SQLITE_READONLY` and a lock another connection still holds
///   after the bound (`SQLITE_BUSY`, `SQLITE_LOCKED`) are unavailable.
pub fn outage(e: &DbErr) -> Option<Outage> {
    match e {
        DbErr::ConnectionAcquire(ConnAcquireErr::Timeout | ConnAcquireErr::ConnectionClosed) => {
            Some(Outage::Unavailable)
        }
        DbErr::Conn(RuntimeErr::SqlxError(x))
        | DbErr::Exec(RuntimeErr::SqlxError(x))
        | DbErr::Query(RuntimeErr::SqlxError(x)) => sqlx_outage(x),
        _ => None,
    }
}

fn sqlx_outage(e: &sqlx::Error) -> Option<Outage> {
    match e {
        sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) | sqlx::Error::Tls(_) => {
            Some(Outage::Unavailable)
        }
        sqlx::Error::Database(d) => {
            if let Some(pg) = d.try_downcast_ref::<sqlx::postgres::PgDatabaseError>() {
                postgres_outage(pg.code())
            } else if let Some(w) = d.try_downcast_ref::<super::sqlite_script::SqliteError>() {
                sqlite_outage(w.result_code())
            } else if d.try_downcast_ref::<sqlx::sqlite::SqliteError>().is_some() {
                // sqlx's: the extended result code, as text
                sqlite_outage(d.code().and_then(|c| c.parse().ok()).unwrap_or(0))
            } else {
                None
            }
        }
        _ => None,
    }
}

/// A PostgreSQL SQLSTATE (see [`outage`]).
fn postgres_outage(sqlstate: &str) -> Option<Outage> {
    match sqlstate {
        "53100" => Some(Outage::StorageFull),
        "25006" => Some(Outage::Unavailable),
        s if s.starts_with("08") || s.starts_with("57P") || s.starts_with("53") || s.starts_with("58") => {
            Some(Outage::Unavailable)
        }
        _ => None,
    }
}

/// An SQLite (extended) result code (see [`outage`]).
fn sqlite_outage(code: i32) -> Option<Outage> {
    use rusqlite::ffi;
    match code & 0xff {
        ffi::SQLITE_FULL => Some(Outage::StorageFull),
        ffi::SQLITE_IOERR | ffi::SQLITE_CANTOPEN | ffi::SQLITE_READONLY | ffi::SQLITE_BUSY | ffi::SQLITE_LOCKED => {
            Some(Outage::Unavailable)
        }
        _ => None,
    }
}

/// Whether `e` is a conflict that a new attempt of the same transaction resolves: PostgreSQL's deadlock and
/// serialisation failures, SQLite's busy and locked.
pub(super) fn transient(e: &DbErr) -> bool {
    let sqlx = match e {
        DbErr::Exec(RuntimeErr::SqlxError(x)) | DbErr::Query(RuntimeErr::SqlxError(x)) => x,
        DbErr::Conn(RuntimeErr::SqlxError(x)) => x,
        _ => return false,
    };
    match sqlx.as_database_error().and_then(|d| d.code()) {
        Some(code) => matches!(&*code, "40001" | "40P01" | "5" | "6" | "261" | "517" | "262"),
        None => false,
    }
}

/// Whether a unique index refused the statement: as sea-orm reads sqlx's errors, or as the SQLite writer's own
/// connection reports it (`sqlite_script`).
pub(super) fn unique_violation(e: &DbErr) -> bool {
    match e {
        DbErr::Exec(RuntimeErr::SqlxError(sea_orm::sqlx::Error::Database(d)))
        | DbErr::Query(RuntimeErr::SqlxError(sea_orm::sqlx::Error::Database(d)))
            if d.is_unique_violation() =>
        {
            true
        }
        _ => matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))),
    }
}

/// Runs a write transaction again (bounded, with a short growing pause) while it fails on a transient conflict,
/// for at most [`MAX_ATTEMPTS`] attempts and no new one after `bound` (`--database-timeout-ms`).
pub(super) async fn retry<T, F, Fut>(bound: Duration, mut attempt: F) -> Result<T, StoreError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, StoreError>>,
{
    let started = Instant::now();
    let mut n = 0;
    loop {
        match attempt().await {
            Err(e) if e.transient() && n + 1 < MAX_ATTEMPTS && started.elapsed() < bound => {
                n += 1;
                tracing::debug!(error = %e, attempt = n, "transient conflict, retrying the transaction");
                tokio::time::sleep(Duration::from_millis(1 << n.min(6))).await;
            }
            other => return other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The database's own codes decide what a failure is (see [`outage`]).
    #[test]
    fn a_failure_of_the_database_is_told_by_its_code() {
        use Outage::*;
        for (sqlstate, expected) in [
            ("53100", Some(StorageFull)),
            ("08006", Some(Unavailable)),
            ("08001", Some(Unavailable)),
            ("57P01", Some(Unavailable)),
            ("57P03", Some(Unavailable)),
            ("53300", Some(Unavailable)),
            ("58030", Some(Unavailable)),
            ("25006", Some(Unavailable)),
            ("23505", None),
            ("40001", None),
            ("42P01", None),
        ] {
            assert_eq!(postgres_outage(sqlstate), expected, "SQLSTATE {sqlstate}");
        }
        use rusqlite::ffi;
        for (code, expected) in [
            (ffi::SQLITE_FULL, Some(StorageFull)),
            (ffi::SQLITE_IOERR, Some(Unavailable)),
            (ffi::SQLITE_IOERR_WRITE, Some(Unavailable)),
            (ffi::SQLITE_IOERR_FSYNC, Some(Unavailable)),
            (ffi::SQLITE_CANTOPEN, Some(Unavailable)),
            (ffi::SQLITE_BUSY, Some(Unavailable)),
            (ffi::SQLITE_CONSTRAINT_UNIQUE, None),
            (ffi::SQLITE_CORRUPT, None),
        ] {
            assert_eq!(sqlite_outage(code), expected, "SQLite result code {code}");
        }
    }

    /// The SQLite writer's own errors are read as sqlx's are: by the result code they carry.
    #[tokio::test]
    async fn the_sqlite_writers_full_disk_is_storage_full() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.db");
        rusqlite::Connection::open(&path).unwrap().execute_batch("CREATE TABLE t (x BLOB)").unwrap();
        let w = super::super::sqlite_script::ScriptConnection::open(&path, true, Duration::from_secs(1)).unwrap();
        // a database of at most its current pages cannot take a row that needs more
        w.run(vec![super::super::sqlite_script::Step::Sql("PRAGMA max_page_count = 2".into())]).await.unwrap();
        let big = super::super::sqlite_script::Step::Sql("INSERT INTO t VALUES (zeroblob(100000))".into());
        let e = StoreError::from(w.run(vec![big]).await.unwrap_err());
        assert_eq!(e.outage(), Some(Outage::StorageFull), "{e}");
    }
}
