use sea_orm::entity::prelude::*;

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
