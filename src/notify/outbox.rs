//! Queries on the `outbox` table: the worker's (the queue head, leases, outcomes) and the operator's
//! (`klanten outbox list`, `klanten outbox replay`). Writes go through [`Store::begin_write`], so that on SQLite
//! they queue behind the API's write transactions instead of breaking them with `SQLITE_BUSY`.
use sea_orm::sea_query::{Condition, Expr};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde_json::Value;

use super::now_micros;
use crate::store::entity::outbox::{self, Column, Entity, Model};
use crate::store::Store;

pub use crate::store::entity::outbox::{DELIVERED, FAILED, PENDING};

/// The first `limit` pending rows in id order (due or not: a row waiting for its retry holds back later rows).
pub async fn pending_head<C: ConnectionTrait>(db: &C, limit: u64) -> Result<Vec<Model>, DbErr> {
    Entity::find().filter(Column::Status.eq(PENDING)).order_by_asc(Column::Id).limit(limit).all(db).await
}

/// Takes a lease on pending rows for `me` until `until`, unless another worker holds an unexpired lease on one of
/// them, in one statement. `true` when every row of `ids` is now leased by `me` (a row no longer pending or held by
/// someone else makes it `false`; the rows that were leased stay `me`'s until their lease runs out, and `me` may
/// take them again).
pub async fn claim(store: &Store, ids: &[i32], me: &str, now: i64, until: i64) -> Result<bool, DbErr> {
    let (_guard, tx) = store.begin_write().await?;
    let result = Entity::update_many()
        .col_expr(Column::LockedBy, Expr::value(me))
        .col_expr(Column::LockedUntil, Expr::value(until))
        .filter(Column::Id.is_in(ids.iter().copied()))
        .filter(Column::Status.eq(PENDING))
        .filter(
            Condition::any()
                .add(Column::LockedUntil.is_null())
                .add(Column::LockedUntil.lte(now))
                .add(Column::LockedBy.eq(me)),
        )
        .exec(&tx)
        .await?;
    tx.commit().await?;
    Ok(result.rows_affected == ids.len() as u64)
}

/// Gives up `me`'s leases on rows it did not send after all.
pub async fn release(store: &Store, ids: &[i32], me: &str) -> Result<(), DbErr> {
    if ids.is_empty() {
        return Ok(());
    }
    let (_guard, tx) = store.begin_write().await?;
    Entity::update_many()
        .col_expr(Column::LockedBy, Expr::value(Option::<String>::None))
        .col_expr(Column::LockedUntil, Expr::value(Option::<i64>::None))
        .filter(Column::Id.is_in(ids.iter().copied()))
        .filter(Column::Status.eq(PENDING))
        .filter(Column::LockedBy.eq(me))
        .exec(&tx)
        .await?;
    tx.commit().await
}

/// How an attempt ended, as stored.
pub enum Outcome<'a> {
    Delivered,
    /// Retried at `next_attempt_at`.
    Retry {
        error: &'a str,
        next_attempt_at: i64,
    },
    /// Retries exhausted: kept as `failed` until an operator replays it.
    Failed {
        error: &'a str,
    },
}

/// Records an attempt by `me` and releases the lease. `false` when the row was no longer pending, or leased by
/// another worker (on SQLite the worker takes no leases).
pub async fn record(store: &Store, row: &Model, me: &str, outcome: Outcome<'_>) -> Result<bool, DbErr> {
    let now = now_micros();
    let update = Entity::update_many()
        .col_expr(Column::LockedBy, Expr::value(Option::<String>::None))
        .col_expr(Column::LockedUntil, Expr::value(Option::<i64>::None))
        .col_expr(Column::Attempts, Expr::value(row.attempts.saturating_add(1)));
    let update = match outcome {
        Outcome::Delivered => {
            update.col_expr(Column::Status, Expr::value(DELIVERED)).col_expr(Column::DeliveredAt, Expr::value(now))
        }
        Outcome::Retry { error, next_attempt_at } => update
            .col_expr(Column::LastError, Expr::value(error))
            .col_expr(Column::NextAttemptAt, Expr::value(next_attempt_at)),
        Outcome::Failed { error } => {
            update.col_expr(Column::Status, Expr::value(FAILED)).col_expr(Column::LastError, Expr::value(error))
        }
    };
    let (_guard, tx) = store.begin_write().await?;
    let result = update
        .filter(Column::Id.eq(row.id))
        .filter(Column::Status.eq(PENDING))
        .filter(Condition::any().add(Column::LockedBy.is_null()).add(Column::LockedBy.eq(me)))
        .exec(&tx)
        .await?;
    tx.commit().await?;
    Ok(result.rows_affected == 1)
}

/// Rows in id order, optionally of one status (`klanten outbox list`).
pub async fn list<C: ConnectionTrait>(db: &C, status: Option<&str>) -> Result<Vec<Model>, DbErr> {
    let mut q = Entity::find().order_by_asc(Column::Id);
    if let Some(s) = status {
        q = q.filter(Column::Status.eq(s));
    }
    q.all(db).await
}

/// Puts failed rows back in the queue with `attempts` 0, due now (`klanten outbox replay`): the rows with these ids
/// (only those that are `failed`), or every failed row when `ids` is `None`. Returns the ids replayed.
pub async fn replay(store: &Store, ids: Option<&[i32]>) -> Result<Vec<i32>, DbErr> {
    let (_guard, tx) = store.begin_write().await?;
    let mut q = Entity::find().select_only().column(Column::Id).filter(Column::Status.eq(FAILED));
    if let Some(ids) = ids {
        q = q.filter(Column::Id.is_in(ids.iter().copied()));
    }
    let found: Vec<i32> = q.order_by_asc(Column::Id).into_tuple().all(&tx).await?;
    if !found.is_empty() {
        Entity::update_many()
            .col_expr(Column::Status, Expr::value(PENDING))
            .col_expr(Column::Attempts, Expr::value(0))
            .col_expr(Column::NextAttemptAt, Expr::value(now_micros()))
            .col_expr(Column::LockedBy, Expr::value(Option::<String>::None))
            .col_expr(Column::LockedUntil, Expr::value(Option::<i64>::None))
            .filter(Column::Status.eq(FAILED))
            .filter(Column::Id.is_in(found.iter().copied()))
            .exec(&tx)
            .await?;
    }
    tx.commit().await?;
    Ok(found)
}

/// One line of `klanten outbox list`: id, status, attempts, created_at, actie, resourceUrl, last_error (tabs between).
pub fn format_row(row: &outbox::Model) -> String {
    let payload: Value = serde_json::from_str(&row.payload).unwrap_or(Value::Null);
    let text = |key: &str| payload.get(key).and_then(Value::as_str).unwrap_or("?").to_string();
    let error = row.last_error.split_whitespace().collect::<Vec<_>>().join(" ");
    format!(
        "{}\t{}\t{}\t{}\t{}\t{}\t{}",
        row.id,
        row.status,
        row.attempts,
        crate::domain::notification::iso_micros(row.created_at),
        text("actie"),
        text("resourceUrl"),
        if error.is_empty() { "-".to_string() } else { error }
    )
}

/// The header line of `klanten outbox list`.
pub const LIST_HEADER: &str = "id\tstatus\tattempts\tcreated_at\tactie\tresourceUrl\tlast_error";
