//! Remembered ETags of klanten (README, HTTP caching): a conditional GET that matches answers 304 after one indexed
//! look-up of one column, without loading the nested rows or rendering. Each write stores a fresh `etag_token` and
//! clears the cache in its own transaction; an ETag is remembered only if the token it was computed on is still
//! current, so a write racing a read can never leave a stale ETag behind.
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};
use serde_json::{Map, Value};

use super::entity::klant;
use super::Store;

/// Base URLs remembered per klant at most (each `Host` has its own ETag; the map must not grow without bound).
const MAX_ENTRIES: usize = 4;

impl Store {
    /// The remembered ETag of a klant's representation under `base_url`, if any.
    #[tracing::instrument(skip(self))]
    pub async fn cached_etag(&self, uuid: &str, base_url: &str) -> Result<Option<String>, DbErr> {
        let cache: Option<Option<String>> = klant::Entity::find()
            .select_only()
            .column(klant::Column::EtagCache)
            .filter(klant::Column::Uuid.eq(uuid))
            .into_tuple()
            .one(self.connection())
            .await?;
        let Some(Some(text)) = cache else { return Ok(None) };
        let map: Map<String, Value> = serde_json::from_str(&text).unwrap_or_default();
        Ok(map.get(base_url).and_then(Value::as_str).map(str::to_owned))
    }

    /// Remembers `etag` for `base_url` if the klant still has `token` (no write since it was read).
    #[tracing::instrument(skip(self))]
    pub async fn remember_etag(&self, uuid: &str, token: &str, base_url: &str, etag: &str) -> Result<(), DbErr> {
        let current: Option<(String, Option<String>)> = klant::Entity::find()
            .select_only()
            .column(klant::Column::EtagToken)
            .column(klant::Column::EtagCache)
            .filter(klant::Column::Uuid.eq(uuid))
            .into_tuple()
            .one(self.connection())
            .await?;
        let Some((current_token, cache)) = current else { return Ok(()) };
        if current_token != token {
            return Ok(());
        }
        let mut map: Map<String, Value> = cache.and_then(|c| serde_json::from_str(&c).ok()).unwrap_or_default();
        if map.get(base_url).and_then(Value::as_str) == Some(etag) {
            return Ok(());
        }
        map.insert(base_url.to_string(), Value::String(etag.to_string()));
        while map.len() > MAX_ENTRIES {
            let first = map.keys().next().cloned().unwrap_or_default();
            map.shift_remove(&first);
        }
        // Conditional on the token: a write that commits in between wins, and its cleared cache stays cleared.
        klant::Entity::update_many()
            .col_expr(klant::Column::EtagCache, Expr::value(Value::Object(map).to_string()))
            .filter(klant::Column::Uuid.eq(uuid))
            .filter(klant::Column::EtagToken.eq(token))
            .exec(self.connection())
            .await?;
        Ok(())
    }
}
