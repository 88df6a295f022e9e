//! Writes: create, update (PUT and PATCH) and delete, each one transaction that holds the klant from its read to
//! its commit, and that writes the klant row with its representation, the nested rows that changed, the audit
//! record, the outbox row and (PostgreSQL) the invalidation for other instances' read caches.
use std::sync::Arc;

use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseTransaction, DbBackend, DbErr, EntityTrait, QueryFilter, QuerySelect,
    Statement,
};
use serde_json::json;

use super::batch::Batch;
use super::cache::CachedKlant;
use super::convert::klant_active;
use super::entity::*;
use super::{nested, retry, unique_violation, Store, StoreError, MAX_GENERATED_KLANTNUMMER};
use crate::domain::model::{klant_url, Klant};
use crate::domain::representation;

/// Who made a change and why: the audit trail's context.
#[derive(Clone, Debug, Default)]
pub struct AuditInfo {
    pub applicatie_id: String,
    pub applicatie_weergave: String,
    pub gebruikers_id: String,
    pub gebruikers_weergave: String,
    pub toelichting: String,
    pub logrecord_id: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actie {
    Create,
    Update,
    PartialUpdate,
}

impl Actie {
    pub fn as_str(self) -> &'static str {
        match self {
            Actie::Create => "create",
            Actie::Update => "update",
            Actie::PartialUpdate => "partial_update",
        }
    }
    fn weergave(self) -> &'static str {
        match self {
            Actie::Create => "Object aangemaakt",
            Actie::Update => "Object bijgewerkt",
            Actie::PartialUpdate => "Object deels bijgewerkt",
        }
    }
}

/// How an update turns the stored klant into the new one, or refuses (a rule that needs the stored state).
pub type Change<'a, E> = &'a (dyn Fn(&Klant) -> Result<Klant, E> + Send + Sync);

/// The PostgreSQL channel on which each write names the klant it changed (`store::listen`).
pub(super) const INVALIDATION_CHANNEL: &str = "klanten_klant";

struct Locked {
    id: i32,
    version: i64,
    subject_type: Option<String>,
    representation: String,
}

impl Store {
    /// After commit, before the client hears of it: the read cache follows the write.
    fn cache_written(&self, entry: &Arc<CachedKlant>) {
        if self.write_lock.is_some() {
            // SQLite: this process's writes are serialised, so the newest write comes last.
            self.cache.put(entry.clone());
        } else {
            self.cache.invalidate(&entry.uuid);
        }
    }

    fn wake(&self) {
        if let (true, Some(w)) = (self.notifications, &self.wakeup) {
            w.notify_one();
        }
    }

    /// The klant row, held until commit: `FOR UPDATE` on PostgreSQL; on SQLite the transaction has the write
    /// lock already.
    async fn lock_klant(&self, tx: &DatabaseTransaction, uuid: &str) -> Result<Option<Locked>, DbErr> {
        let sql = if self.postgres() {
            "SELECT id, version, subject_type, representation FROM klant WHERE uuid = $1 FOR UPDATE"
        } else {
            "SELECT id, version, subject_type, representation FROM klant WHERE uuid = $1"
        };
        let Some(row) =
            tx.query_one(Statement::from_sql_and_values(tx.get_database_backend(), sql, [uuid.into()])).await?
        else {
            return Ok(None);
        };
        Ok(Some(Locked {
            id: row.try_get("", "id")?,
            version: row.try_get("", "version")?,
            subject_type: row.try_get("", "subject_type")?,
            representation: row.try_get("", "representation")?,
        }))
    }

    /// The outbox row of a change, in the change's transaction: a rolled-back write sends nothing and a committed
    /// one is never forgotten.
    fn enqueue_notification(&self, batch: &mut Batch, klant_url: &str, actie: &str, subject_type: Option<&str>) {
        if !self.notifications {
            return;
        }
        let now = chrono::Utc::now().timestamp_micros();
        let payload = crate::notify::message::build(klant_url, actie, subject_type, now);
        batch.push(outbox::Entity::insert(outbox::ActiveModel::pending(payload.to_string(), now)));
    }

    /// Tells the other instances on this PostgreSQL database that `uuid` changed (delivered at commit).
    fn announce(&self, batch: &mut Batch, uuid: &str) {
        if self.postgres() {
            // a uuid (checked by the caller's route) needs no quoting beyond the literal's quotes
            debug_assert!(uuid::Uuid::try_parse(uuid).is_ok());
            batch.push_sql(&format!("SELECT pg_notify('{INVALIDATION_CHANNEL}', '{}')", uuid.replace('\'', "''")));
        }
    }

    /// Keeps the number of klanten: one shard, chosen at random on PostgreSQL so that concurrent creates do not
    /// queue on one row.
    fn count_change(&self, batch: &mut Batch, delta: i64) {
        let shard =
            if self.postgres() { i32::from(uuid::Uuid::new_v4().as_bytes()[0]) % migration::COUNTER_SHARDS } else { 0 };
        batch.push_sql(&format!("UPDATE klant_teller SET aantal = aantal + ({delta}) WHERE shard = {shard}"));
    }

    /// The next free klantnummer of a bronorganisatie: one past its highest numeric klantnummer (kla-001).
    async fn next_klantnummer(tx: &DatabaseTransaction, bronorganisatie: &str) -> Result<String, StoreError> {
        let max: Option<Option<i64>> = klant::Entity::find()
            .select_only()
            .expr(Expr::col(klant::Column::KlantnummerNumeriek).max())
            .filter(klant::Column::Bronorganisatie.eq(bronorganisatie))
            .into_tuple()
            .one(tx)
            .await?;
        let next = max.flatten().unwrap_or(0) + 1;
        if next > MAX_GENERATED_KLANTNUMMER {
            return Err(StoreError::KlantnummerExhausted);
        }
        Ok(next.to_string())
    }

    /// Creates a klant with its nested rows and its audit record in one transaction. With `generate_klantnummer`
    /// the klantnummer is generated inside that transaction; the unique index decides kla-001.
    #[tracing::instrument(skip_all)]
    pub async fn create(
        &self,
        k: Klant,
        generate_klantnummer: bool,
        base_url: &str,
        audit: &AuditInfo,
    ) -> Result<Arc<CachedKlant>, StoreError> {
        retry(|| self.try_create(k.clone(), generate_klantnummer, base_url, audit)).await
    }

    async fn try_create(
        &self,
        mut k: Klant,
        generate_klantnummer: bool,
        base_url: &str,
        audit: &AuditInfo,
    ) -> Result<Arc<CachedKlant>, StoreError> {
        let (guard, tx) = self.begin_write().await?;
        if generate_klantnummer && self.postgres() {
            // Generators of one bronorganisatie take turns (until commit), so that none of them keeps losing the
            // race for the next number under load; SQLite's writes are serialised already.
            tx.execute(Statement::from_sql_and_values(
                DbBackend::Postgres,
                "SELECT pg_advisory_xact_lock(8211, hashtext($1))",
                [k.bronorganisatie.clone().into()],
            ))
            .await?;
        }
        let mut attempts = 0;
        let (id, representation) = loop {
            if generate_klantnummer {
                k.klantnummer = Self::next_klantnummer(&tx, &k.bronorganisatie).await?;
            }
            let mut am = klant_active(&k);
            am.version = sea_orm::ActiveValue::Set(1);
            let representation = match &am.representation {
                sea_orm::ActiveValue::Set(r) => r.clone(),
                _ => representation::render(&k),
            };
            let res = klant::Entity::insert(am)
                .on_conflict(
                    OnConflict::columns([klant::Column::Bronorganisatie, klant::Column::Klantnummer])
                        .do_nothing()
                        .to_owned(),
                )
                .exec(&tx)
                .await;
            match res {
                Ok(r) => break (r.last_insert_id, representation),
                Err(DbErr::RecordNotInserted) if generate_klantnummer && attempts < 100 => attempts += 1,
                Err(DbErr::RecordNotInserted) => return Err(StoreError::Unique),
                Err(e) if unique_violation(&e) => return Err(StoreError::Unique),
                Err(e) => return Err(e.into()),
            }
        };
        let mut batch = Batch::new(tx.get_database_backend());
        nested::write(&mut batch, id, None, &k);
        self.count_change(&mut batch, 1);
        let nieuw = representation::value_with_base(&representation, base_url);
        batch.push(audit_trail::Entity::insert(audit_row(
            &k,
            Actie::Create,
            201,
            base_url,
            audit,
            serde_json::Value::Null,
            nieuw,
        )));
        let url = klant_url(base_url, &k.uuid);
        self.enqueue_notification(&mut batch, &url, Actie::Create.as_str(), k.subject_type.as_deref());
        batch.run(&tx).await?;
        tx.commit().await?;
        let entry = Arc::new(CachedKlant::new(k.uuid.clone(), 1, k.subject_type.clone(), representation));
        self.cache_written(&entry);
        drop(guard);
        self.wake();
        Ok(entry)
    }

    /// Changes a klant: reads it (held until commit), checks that its `subjectType` is still `validated_type`
    /// (when given), lets `change` compute the new state from exactly what is stored, and writes that with its
    /// audit record. `Ok(Err(_))` is `change`'s refusal (nothing written).
    #[tracing::instrument(skip_all)]
    pub async fn update<E>(
        &self,
        uuid: &str,
        validated_type: Option<&Option<String>>,
        actie: Actie,
        base_url: &str,
        audit: &AuditInfo,
        change: Change<'_, E>,
    ) -> Result<Result<Arc<CachedKlant>, E>, StoreError> {
        retry(|| self.try_update(uuid, validated_type, actie, base_url, audit, change)).await
    }

    async fn try_update<E>(
        &self,
        uuid: &str,
        validated_type: Option<&Option<String>>,
        actie: Actie,
        base_url: &str,
        audit: &AuditInfo,
        change: Change<'_, E>,
    ) -> Result<Result<Arc<CachedKlant>, E>, StoreError> {
        let (guard, tx) = self.begin_write().await?;
        let Some(row) = self.lock_klant(&tx, uuid).await? else { return Err(StoreError::NotFound) };
        if let Some(expected) = validated_type {
            if *expected != row.subject_type {
                return Err(StoreError::SubjectTypeChanged(row.subject_type));
            }
        }
        let old = representation::parse(uuid, &row.representation)
            .ok_or_else(|| DbErr::Custom(format!("the stored representation of klant {uuid} is not readable")))?;
        let new = match change(&old) {
            Ok(new) => new,
            Err(refusal) => return Ok(Err(refusal)),
        };
        let mut am = klant_active(&new);
        let representation = match &am.representation {
            sea_orm::ActiveValue::Set(r) => r.clone(),
            _ => representation::render(&new),
        };
        let version = row.version + 1;
        am.version = sea_orm::ActiveValue::Set(version);
        am.uuid = sea_orm::ActiveValue::NotSet;
        // The klant row first, on its own: its unique index answers kla-001.
        if let Err(e) = klant::Entity::update_many().set(am).filter(klant::Column::Id.eq(row.id)).exec(&tx).await {
            return Err(if unique_violation(&e) { StoreError::Unique } else { e.into() });
        }
        let mut batch = Batch::new(tx.get_database_backend());
        nested::write(&mut batch, row.id, Some(&old), &new);
        let oud = representation::value_with_base(&row.representation, base_url);
        let nieuw = representation::value_with_base(&representation, base_url);
        // resourceWeergave shows the object before the change, as the reference does.
        batch.push(audit_trail::Entity::insert(audit_row(&old, actie, 200, base_url, audit, oud, nieuw)));
        let url = klant_url(base_url, uuid);
        self.enqueue_notification(&mut batch, &url, actie.as_str(), new.subject_type.as_deref());
        self.announce(&mut batch, uuid);
        batch.run(&tx).await?;
        tx.commit().await?;
        let entry = Arc::new(CachedKlant::new(uuid.to_string(), version, new.subject_type.clone(), representation));
        self.cache_written(&entry);
        drop(guard);
        self.wake();
        Ok(Ok(entry))
    }

    /// Deletes a klant, its nested rows (by the foreign keys' cascade) and its audit trail. Returns the deleted
    /// klant's `subjectType`; [`StoreError::NotFound`] when it did not exist (any more).
    #[tracing::instrument(skip(self))]
    pub async fn delete(&self, uuid: &str, base_url: &str) -> Result<Option<String>, StoreError> {
        retry(|| self.try_delete(uuid, base_url)).await
    }

    async fn try_delete(&self, uuid: &str, base_url: &str) -> Result<Option<String>, StoreError> {
        let (guard, tx) = self.begin_write().await?;
        let Some(row) = self.lock_klant(&tx, uuid).await? else { return Err(StoreError::NotFound) };
        let mut batch = Batch::new(tx.get_database_backend());
        batch.push(klant::Entity::delete_by_id(row.id));
        batch.push(audit_trail::Entity::delete_many().filter(audit_trail::Column::KlantUuid.eq(uuid)));
        self.count_change(&mut batch, -1);
        // kenmerken from the pre-delete representation
        let url = klant_url(base_url, uuid);
        self.enqueue_notification(&mut batch, &url, "destroy", row.subject_type.as_deref());
        self.announce(&mut batch, uuid);
        batch.run(&tx).await?;
        tx.commit().await?;
        self.cache.invalidate(uuid);
        drop(guard);
        self.wake();
        Ok(row.subject_type)
    }
}

/// The audit record of a change of `before` (`resourceWeergave` shows the object before the change).
#[allow(clippy::too_many_arguments)]
pub(super) fn audit_row(
    before: &Klant,
    actie: Actie,
    resultaat: i32,
    base_url: &str,
    audit: &AuditInfo,
    oud: serde_json::Value,
    nieuw: serde_json::Value,
) -> audit_trail::ActiveModel {
    use sea_orm::ActiveValue::{NotSet, Set};
    let url = klant_url(base_url, &before.uuid);
    audit_trail::ActiveModel {
        id: NotSet,
        uuid: Set(uuid::Uuid::new_v4().to_string()),
        klant_uuid: Set(before.uuid.clone()),
        bron: Set(crate::domain::audit::BRON.into()),
        applicatie_id: Set(audit.applicatie_id.clone()),
        applicatie_weergave: Set(audit.applicatie_weergave.clone()),
        gebruikers_id: Set(audit.gebruikers_id.clone()),
        gebruikers_weergave: Set(audit.gebruikers_weergave.clone()),
        actie: Set(actie.as_str().into()),
        actie_weergave: Set(actie.weergave().into()),
        resultaat: Set(resultaat),
        hoofd_object: Set(url.clone()),
        resource: Set("klant".into()),
        resource_url: Set(url),
        toelichting: Set(audit.toelichting.clone()),
        resource_weergave: Set(before.unique_representation()),
        aanmaakdatum: Set(chrono::Utc::now().timestamp_micros()),
        wijzigingen: Set(json!({"oud": oud, "nieuw": nieuw}).to_string()),
        logrecord_id: Set(audit.logrecord_id.clone()),
    }
}
