//! Reads: each one statement, so each one snapshot; none of them writes.
use std::sync::Arc;

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, Statement, Value};

use super::cache::CachedKlant;
use super::entity::{audit_trail, klant};
use super::{KlantFilter, Store, PAGE_SIZE};

/// One page of a list: the total count of matching klanten and the representations of the page's rows.
pub struct Page {
    pub count: u64,
    pub representations: Vec<String>,
}

const GET_KLANT: &str = "SELECT version, subject_type, representation FROM klant WHERE uuid = $1";

impl Store {
    /// A klant as stored: from the read cache, or one indexed row.
    pub async fn get(&self, uuid: &str) -> Result<Option<Arc<CachedKlant>>, DbErr> {
        if let Some(hit) = self.cache.get(uuid) {
            return Ok(Some(hit));
        }
        let ticket = self.cache.ticket(uuid);
        let row = self
            .db
            .query_one(Statement::from_sql_and_values(self.db.get_database_backend(), GET_KLANT, [uuid.into()]))
            .await?;
        let Some(row) = row else { return Ok(None) };
        let entry = Arc::new(CachedKlant::new(
            uuid.to_string(),
            row.try_get("", "version")?,
            row.try_get("", "subject_type")?,
            row.try_get("", "representation")?,
        ));
        if let Some(t) = ticket {
            self.cache.fill(t, entry.clone());
        }
        Ok(Some(entry))
    }

    /// One page of klanten in creation order and the number of all that match, read in one statement.
    #[tracing::instrument(skip(self))]
    pub async fn list(&self, filter: &KlantFilter, page: u64) -> Result<Page, DbErr> {
        let offset = page.saturating_sub(1).saturating_mul(PAGE_SIZE).min(i64::MAX as u64) as i64;
        let (count_sql, mut values) = if filter.is_empty() {
            // the sharded counter of the klanten (kept by every create and delete)
            ("SELECT CAST(COALESCE(SUM(aantal), 0) AS BIGINT) FROM klant_teller".to_string(), Vec::new())
        } else {
            let (cond, values) = filter.condition(1);
            (format!("SELECT CAST(count(*) AS BIGINT) FROM klant WHERE {cond}"), values)
        };
        let (cond, page_values) = filter.condition(values.len() + 1);
        values.extend(page_values);
        values.push(Value::BigInt(Some(offset)));
        let offset_param = values.len();
        // The count comes first (part 0), then the page's rows in id order (part 1).
        let sql = format!(
            "SELECT 0 AS part, ({count_sql}) AS n, '' AS representation \
             UNION ALL \
             SELECT 1 AS part, CAST(p.id AS BIGINT) AS n, p.representation FROM \
             (SELECT klant.id, klant.representation FROM klant WHERE {cond} ORDER BY klant.id LIMIT {PAGE_SIZE} \
             OFFSET ${offset_param}) p \
             ORDER BY part, n"
        );
        let rows =
            self.db.query_all(Statement::from_sql_and_values(self.db.get_database_backend(), sql, values)).await?;
        let mut count = 0;
        let mut representations = Vec::with_capacity(rows.len().saturating_sub(1));
        for row in rows {
            let part: i32 = row.try_get("", "part")?;
            if part == 0 {
                count = row.try_get::<i64>("", "n")?.max(0) as u64;
            } else {
                representations.push(row.try_get("", "representation")?);
            }
        }
        Ok(Page { count, representations })
    }

    /// Whether another klant (not `except_uuid`) has this (bronorganisatie, klantnummer) pair: kla-001 where the
    /// reference's order of checks needs the answer before the write.
    pub async fn pair_taken(
        &self,
        bronorganisatie: &str,
        klantnummer: &str,
        except_uuid: Option<&str>,
    ) -> Result<bool, DbErr> {
        use sea_orm::PaginatorTrait;
        let mut q = klant::Entity::find()
            .filter(klant::Column::Bronorganisatie.eq(bronorganisatie))
            .filter(klant::Column::Klantnummer.eq(klantnummer));
        if let Some(u) = except_uuid {
            q = q.filter(klant::Column::Uuid.ne(u));
        }
        Ok(q.count(&self.db).await? > 0)
    }

    /// The audit trail of a klant, oldest first.
    #[tracing::instrument(skip(self))]
    pub async fn audit_list(&self, klant_uuid: &str) -> Result<Vec<audit_trail::Model>, DbErr> {
        audit_trail::Entity::find()
            .filter(audit_trail::Column::KlantUuid.eq(klant_uuid))
            .order_by_asc(audit_trail::Column::Aanmaakdatum)
            .order_by_asc(audit_trail::Column::Id)
            .all(&self.db)
            .await
    }

    #[tracing::instrument(skip(self))]
    pub async fn audit_get(&self, klant_uuid: &str, uuid: &str) -> Result<Option<audit_trail::Model>, DbErr> {
        audit_trail::Entity::find()
            .filter(audit_trail::Column::KlantUuid.eq(klant_uuid))
            .filter(audit_trail::Column::Uuid.eq(uuid))
            .one(&self.db)
            .await
    }
}
