use sea_orm::entity::prelude::*;

/// The values of `status`.
pub const PENDING: &str = "pending";
pub const DELIVERED: &str = "delivered";
/// Retries exhausted: kept until an operator replays it.
pub const FAILED: &str = "failed";

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The exact JSON body for `POST {NRC}/notificaties`.
    pub payload: String,
    /// Microseconds since the Unix epoch, UTC.
    pub created_at: i64,
    /// `pending`, `delivered` or `failed` (retries exhausted; replayable).
    pub status: String,
    pub attempts: i32,
    pub next_attempt_at: i64,
    pub last_error: String,
    pub locked_until: Option<i64>,
    pub locked_by: Option<String>,
    pub delivered_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl ActiveModel {
    /// A new row, due at once, for `POST {NRC}/notificaties` with `payload` as its body.
    pub fn pending(payload: String, now_micros: i64) -> Self {
        use sea_orm::ActiveValue::{NotSet, Set};
        ActiveModel {
            id: NotSet,
            payload: Set(payload),
            created_at: Set(now_micros),
            status: Set(PENDING.into()),
            attempts: Set(0),
            next_attempt_at: Set(now_micros),
            last_error: Set(String::new()),
            locked_until: Set(None),
            locked_by: Set(None),
            delivered_at: Set(None),
        }
    }
}
