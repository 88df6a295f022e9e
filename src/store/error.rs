//! How a store operation fails, and the bounded retry of a transaction that met a transient conflict.
use std::time::Duration;

use sea_orm::{DbErr, RuntimeErr, SqlErr};

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
    /// The stored `subjectType` is not the one the body was validated against (it changed in between).
    #[error("the stored subjectType changed")]
    SubjectTypeChanged(Option<String>),
    #[error("database error: {0}")]
    Db(#[from] DbErr),
}

/// Whether `e` is a conflict that a new attempt of the same transaction resolves: PostgreSQL's deadlock and
/// serialisation failures, SQLite's busy and locked.
pub(super) fn transient(e: &DbErr) -> bool {
    let sqlx = match e {
        DbErr::Custom(text) => return text == super::group::GENERATED_CONFLICT,
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

/// Runs a write transaction again (bounded, with a short growing pause) while it fails on a transient conflict.
pub(super) async fn retry<T, F, Fut>(mut attempt: F) -> Result<T, StoreError>
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
