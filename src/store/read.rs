//! Reads: each one statement, so each one snapshot; none of them writes. A cached klant is answered as
//! [`super::validation`] says: on PostgreSQL by default only after its version was found current.
use std::sync::Arc;

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Statement, Value};

use super::cache::CachedKlant;
use super::entity::{audit_trail, klant};
use super::validation::{self, Checked, Freshness};
use super::validator::Validator;
use super::{KlantFilter, Store, PAGE_SIZE};

/// One page of a list: the total count of matching klanten and the page's rows' representations, as stored
/// (packed: they are unpacked straight into the answer's body by [`Page::push_representations`]).
pub struct Page {
    pub count: u64,
    representations: Vec<Vec<u8>>,
    /// The change counter in the page's snapshot (PostgreSQL, exact mode), what a cached copy is checked against.
    stamp: Option<i64>,
}

impl Page {
    /// Appends the representations of the page's klanten, in creation order and separated by commas, each under
    /// the base URL `escaped_base` (`representation::escape_base`).
    pub fn push_representations(&self, body: &mut Vec<u8>, escaped_base: &str) -> Result<(), DbErr> {
        let mut text = Vec::new();
        for (i, stored) in self.representations.iter().enumerate() {
            if i > 0 {
                body.push(b',');
            }
            text.clear();
            // the text is UTF-8: unpack_into checked it
            super::packing::unpack_into(stored, &mut text).map_err(super::packing::to_db)?;
            crate::domain::representation::push_bytes_with_escaped_base(body, &text, escaped_base);
        }
        Ok(())
    }

    /// Bytes of all representations' texts together.
    pub fn len(&self) -> usize {
        self.representations.iter().map(|r| super::packing::text_len(r)).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.representations.is_empty()
    }

    /// The change counter in the page's snapshot, when the store validates cached pages with it.
    pub fn stamp(&self) -> Option<i64> {
        self.stamp
    }
}

const GET_KLANT: &str = "SELECT id, version, subject_type, representation FROM klant WHERE uuid = $1";

impl Store {
    /// A klant as stored: from the read cache when it is current ([`super::validation`]), or one indexed row.
    pub async fn get(&self, uuid: &str) -> Result<Option<Arc<CachedKlant>>, DbErr> {
        let hit = match &self.freshness {
            Freshness::Owned => self.cache.get(uuid),
            Freshness::Notified(heartbeat) => heartbeat.fresh().then(|| self.cache.get(uuid)).flatten(),
            Freshness::Validated(validator) => return self.get_validated(validator, uuid).await,
        };
        if let Some(hit) = hit {
            return Ok(Some(hit));
        }
        let ticket = self.cache.ticket(uuid);
        let row = self
            .db
            .query_one(Statement::from_sql_and_values(self.db.get_database_backend(), GET_KLANT, [uuid.into()]))
            .await?;
        let Some(row) = row else { return Ok(None) };
        let entry = Arc::new(CachedKlant::new(
            row.try_get("", "id")?,
            uuid.to_string(),
            row.try_get("", "version")?,
            row.try_get("", "subject_type")?,
            super::packing::column(&row, "representation")?,
        ));
        if let Some(t) = ticket {
            self.cache.fill(t, entry.clone());
        }
        Ok(Some(entry))
    }

    /// PostgreSQL, exact: the cached klant if one statement finds its version current, else what that
    /// statement read (and the cache follows it).
    async fn get_validated(&self, validator: &Validator, uuid: &str) -> Result<Option<Arc<CachedKlant>>, DbErr> {
        let cached = self.cache.get(uuid);
        let ticket = self.cache.ticket(uuid);
        match validator.klant(uuid, cached.as_ref().map_or(0, |c| c.version)).await? {
            Checked::Current => Ok(cached),
            Checked::Changed(entry) => {
                if let Some(t) = ticket {
                    self.cache.fill(t, entry.clone());
                }
                Ok(Some(entry))
            }
            Checked::Gone => {
                if cached.is_some() {
                    self.cache.invalidate(uuid);
                }
                Ok(None)
            }
        }
    }

    /// One page of klanten in creation order and the number of all that match, read in one statement: each row
    /// of the page carries the count (an uncorrelated subquery, computed once). Only a page past the end, which
    /// has no row to carry it, asks for the count on its own.
    #[tracing::instrument(skip_all)] // the filter can hold personal data (a BSN)
    pub async fn list(&self, filter: &KlantFilter, page: u64) -> Result<Page, DbErr> {
        let offset = page.saturating_sub(1).saturating_mul(PAGE_SIZE).min(i64::MAX as u64) as i64;
        let (count_sql, mut values) = self.count_sql(filter);
        let (cond, page_values) = filter.condition(values.len() + 1);
        values.extend(page_values);
        // A later page starts at its first klant's id. Unfiltered: found from the counts per block of ids
        // (`klant_blok`, kept by every create and delete) and a skip of less than a block. Filtered: by skipping
        // `offset` entries of the filter's own `(column, id)` index. Never by skipping whole rows.
        let mut with = String::new();
        let start = if offset == 0 {
            String::new()
        } else if filter.is_empty() {
            values.push(Value::BigInt(Some(offset)));
            let off = values.len();
            with = format!(
                "WITH w AS (SELECT blok, voor FROM (SELECT blok, aantal, \
                 CAST(SUM(aantal) OVER (ORDER BY blok) - aantal AS BIGINT) AS voor FROM klant_blok) t \
                 WHERE voor <= ${off} AND voor + aantal > ${off}) "
            );
            format!(
                " AND klant.id >= (SELECT klant.id FROM klant WHERE klant.id >= (SELECT w.blok * {} FROM w) \
                 ORDER BY klant.id LIMIT 1 OFFSET COALESCE((SELECT CAST(${off} - w.voor AS BIGINT) FROM w), 0))",
                migration::BLOCK
            )
        } else {
            let (inner, inner_values) = filter.condition(values.len() + 1);
            values.extend(inner_values);
            values.push(Value::BigInt(Some(offset)));
            format!(
                " AND klant.id >= (SELECT klant.id FROM klant WHERE {inner} ORDER BY klant.id LIMIT 1 OFFSET ${})",
                values.len()
            )
        };
        let backend = self.db.get_database_backend();
        // the change counter in the page's own snapshot, for a cached copy to be checked against
        let stamped = matches!(self.freshness, Freshness::Validated(_));
        let stamp_sql = if stamped { format!(", ({}) AS w", validation::CHANGES_SQL) } else { String::new() };
        let sql = format!(
            "{with}SELECT klant.representation, ({count_sql}) AS n{stamp_sql} FROM klant WHERE {cond}{start} \
             ORDER BY klant.id LIMIT {PAGE_SIZE}"
        );
        let rows = self.db.query_all(Statement::from_sql_and_values(backend, sql, values)).await?;
        let Some(first) = rows.first() else {
            // page 1 of nothing is a count of 0; past the end the count decides whether it is the end
            let count = if page <= 1 { 0 } else { self.count(filter).await? };
            return Ok(Page { count, representations: Vec::new(), stamp: None });
        };
        let count = first.try_get::<i64>("", "n")?.max(0) as u64;
        let stamp = if stamped { Some(first.try_get::<i64>("", "w")?) } else { None };
        let mut representations = Vec::with_capacity(rows.len());
        for row in rows {
            representations.push(row.try_get::<Vec<u8>>("", "representation")?);
        }
        Ok(Page { count, representations, stamp })
    }

    /// The statement that counts the klanten matching `filter`, with its values ($1, …).
    fn count_sql(&self, filter: &KlantFilter) -> (String, Vec<Value>) {
        if filter.is_empty() {
            // the sharded counter of the klanten (kept by every create and delete)
            ("SELECT CAST(COALESCE(SUM(aantal), 0) AS BIGINT) FROM klant_teller".to_string(), Vec::new())
        } else {
            let (cond, values) = filter.condition(1);
            (format!("SELECT CAST(count(*) AS BIGINT) FROM klant WHERE {cond}"), values)
        }
    }

    async fn count(&self, filter: &KlantFilter) -> Result<u64, DbErr> {
        let (sql, values) = self.count_sql(filter);
        let row =
            self.db.query_one(Statement::from_sql_and_values(self.db.get_database_backend(), sql, values)).await?;
        Ok(row.map(|r| r.try_get_by_index::<i64>(0)).transpose()?.unwrap_or(0).max(0) as u64)
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

    /// The audit trail of a klant, oldest first, each record's `wijzigingen` as answered
    /// (`domain::audit::completed`: a record stored with `oud` only gets its `nieuw`). One statement reads the
    /// records and the klant as stored now, so they are one snapshot.
    #[tracing::instrument(skip(self))]
    pub async fn audit_list(&self, klant_uuid: &str) -> Result<Vec<audit_trail::Model>, DbErr> {
        use sea_orm::FromQueryResult;
        let rows = self
            .db
            .query_all(Statement::from_sql_and_values(
                self.db.get_database_backend(),
                "SELECT a.*, k.representation AS klant_now FROM audit_trail a LEFT JOIN klant k ON k.uuid = a.klant_uuid \
                 WHERE a.klant_uuid = $1 ORDER BY a.aanmaakdatum, a.id",
                [klant_uuid.into()],
            ))
            .await?;
        let current: Option<String> = match rows.first() {
            Some(row) => super::packing::optional_column(row, "klant_now")?,
            None => None,
        };
        let mut records =
            rows.iter().map(|r| audit_trail::Model::from_query_result(r, "")).collect::<Result<Vec<_>, _>>()?;
        complete(&mut records, current.as_deref());
        Ok(records)
    }

    /// One audit record of a klant, as [`Store::audit_list`] answers it.
    #[tracing::instrument(skip(self))]
    pub async fn audit_get(&self, klant_uuid: &str, uuid: &str) -> Result<Option<audit_trail::Model>, DbErr> {
        Ok(self.audit_list(klant_uuid).await?.into_iter().find(|r| r.uuid == uuid))
    }
}

/// Gives each of a klant's records (oldest first) the `wijzigingen` it is answered with.
pub(super) fn complete(records: &mut [audit_trail::Model], current: Option<&str>) {
    let pairs: Vec<(&str, &str)> = records.iter().map(|r| (r.wijzigingen.as_str(), r.hoofd_object.as_str())).collect();
    let done = crate::domain::audit::completed(&pairs, current);
    for (r, w) in records.iter_mut().zip(done) {
        if let Some(w) = w {
            r.wijzigingen = w;
        }
    }
}
