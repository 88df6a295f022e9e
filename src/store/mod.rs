//! Persistence with sea-orm over SQLite (the embedded default) or PostgreSQL: one code path, every write one
//! transaction holding the klant, its nested rows and its audit record (architecture.md, "Persistence").
pub mod convert;
pub mod entity;
pub mod etag_cache;
pub mod filter;

use std::collections::HashMap;

use migration::{Migrator, MigratorTrait};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ColumnTrait, ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr,
    EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, SqlErr, TransactionTrait,
};
use serde_json::{json, Value};

use crate::domain::model::Klant;
use convert::*;
use entity::*;
pub use filter::KlantFilter;

/// The page size of `klant_list` (reference-behavior.md §4.1).
pub const PAGE_SIZE: u64 = 100;
/// The largest klantnummer the server generates: 8 digits (the column's maximum length).
pub const MAX_GENERATED_KLANTNUMMER: i64 = 99_999_999;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// (bronorganisatie, klantnummer) exists already (kla-001), found by the database's unique index.
    #[error("bronorganisatie and klantnummer are not unique")]
    Unique,
    /// No klantnummer of at most 8 digits is left in this bronorganisatie.
    #[error("klantnummer range exhausted")]
    KlantnummerExhausted,
    #[error("database error: {0}")]
    Db(#[from] DbErr),
}

/// Who made a change and why: the audit trail's context (reference-behavior.md §10.2).
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

#[derive(Clone)]
pub struct Store {
    db: DatabaseConnection,
    /// SQLite has one writer at a time; serialising our own write transactions avoids SQLITE_BUSY on lock upgrades.
    write_lock: Option<std::sync::Arc<tokio::sync::Mutex<()>>>,
    /// Whether writes put a notification in the outbox (a Notificaties API is configured).
    notifications: bool,
    /// Woken right after a write that put a notification in the outbox commits (the delivery worker waits on it).
    wakeup: Option<std::sync::Arc<tokio::sync::Notify>>,
}

fn unique_violation(e: &DbErr) -> bool {
    matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_)))
}

impl Store {
    /// Connects and applies the migrations. A `sqlite:` URL creates its file when missing.
    #[tracing::instrument(skip(url))]
    pub async fn connect(url: &str) -> Result<Self, DbErr> {
        let mut url = url.to_string();
        let sqlite = url.starts_with("sqlite:");
        if sqlite && !url.contains("mode=") {
            url.push_str(if url.contains('?') { "&mode=rwc" } else { "?mode=rwc" });
        }
        let mut opts = ConnectOptions::new(url);
        opts.sqlx_logging(false).max_connections(if sqlite { 4 } else { 10 });
        let db = Database::connect(opts).await?;
        if db.get_database_backend() == DbBackend::Sqlite {
            db.execute_unprepared("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;").await?;
        }
        Migrator::up(&db, None).await?;
        Ok(Store {
            write_lock: sqlite.then(|| std::sync::Arc::new(tokio::sync::Mutex::new(()))),
            db,
            notifications: false,
            wakeup: None,
        })
    }

    /// Makes every write also put its notification in the outbox (reference-behavior.md §11).
    pub fn with_notifications(mut self, enabled: bool) -> Self {
        self.notifications = enabled;
        self
    }

    /// Wakes `wakeup` right after each committed write that enqueued a notification.
    pub fn with_wakeup(mut self, wakeup: std::sync::Arc<tokio::sync::Notify>) -> Self {
        self.wakeup = Some(wakeup);
        self
    }

    /// After commit: tells the delivery worker there is a new outbox row.
    fn wake(&self) {
        if let (true, Some(w)) = (self.notifications, &self.wakeup) {
            w.notify_one();
        }
    }

    /// The outbox row of a change, in the change's transaction: a rolled-back write sends nothing and a committed
    /// one is never forgotten (deviation 9).
    async fn enqueue_notification(
        &self,
        tx: &DatabaseTransaction,
        klant_url: &str,
        actie: &str,
        subject_type: Option<&str>,
    ) -> Result<(), DbErr> {
        if !self.notifications {
            return Ok(());
        }
        let now = chrono::Utc::now().timestamp_micros();
        let payload = crate::notify::message::build(klant_url, actie, subject_type, now);
        let row = outbox::ActiveModel::pending(payload.to_string(), now);
        outbox::Entity::insert(row).exec(tx).await?;
        Ok(())
    }

    pub fn connection(&self) -> &DatabaseConnection {
        &self.db
    }

    /// A write transaction; on SQLite also the guard that serialises this process's writes (the outbox worker
    /// takes it too for its status updates).
    pub(crate) async fn begin_write(
        &self,
    ) -> Result<(Option<tokio::sync::OwnedMutexGuard<()>>, DatabaseTransaction), DbErr> {
        let guard = match &self.write_lock {
            Some(l) => Some(l.clone().lock_owned().await),
            None => None,
        };
        Ok((guard, self.db.begin().await?))
    }

    async fn load_many<C: ConnectionTrait>(db: &C, rows: Vec<klant::Model>) -> Result<Vec<Klant>, DbErr> {
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let ids: Vec<i32> = rows.iter().map(|k| k.id).collect();
        macro_rules! by_klant {
            ($m:ident) => {
                async {
                    let found = $m::Entity::find().filter($m::Column::KlantId.is_in(ids.clone())).all(db).await?;
                    Ok::<_, DbErr>(found.into_iter().map(|r| (r.klant_id, r)).collect::<HashMap<i32, $m::Model>>())
                }
            };
        }
        // One query per nested table for the whole page, run concurrently (on the pool they use several
        // connections; inside a transaction they simply queue).
        let (mut adressen, mut nps, mut nnps, mut vs, mut vas, mut svbs) = tokio::try_join!(
            by_klant!(adres),
            by_klant!(natuurlijk_persoon),
            by_klant!(niet_natuurlijk_persoon),
            by_klant!(vestiging),
            by_klant!(verblijfsadres),
            by_klant!(sub_verblijf_buitenland)
        )?;
        Ok(rows
            .into_iter()
            .map(|k| {
                let id = k.id;
                klant_from_rows(
                    k,
                    adressen.remove(&id),
                    nps.remove(&id),
                    nnps.remove(&id),
                    vs.remove(&id),
                    vas.remove(&id),
                    svbs.remove(&id),
                )
            })
            .collect())
    }

    #[tracing::instrument(skip(self))]
    pub async fn get(&self, uuid: &str) -> Result<Option<Klant>, DbErr> {
        let Some(row) = klant::Entity::find().filter(klant::Column::Uuid.eq(uuid)).one(&self.db).await? else {
            return Ok(None);
        };
        Ok(Self::load_many(&self.db, vec![row]).await?.pop())
    }

    /// The stored `subjectType` of a klant, `None` when the klant does not exist: a cheap look-up for the checks
    /// that precede body validation (§1.5).
    #[tracing::instrument(skip(self))]
    pub async fn subject_type_of(&self, uuid: &str) -> Result<Option<Option<String>>, DbErr> {
        let row: Option<Option<String>> = klant::Entity::find()
            .select_only()
            .column(klant::Column::SubjectType)
            .filter(klant::Column::Uuid.eq(uuid))
            .into_tuple()
            .one(&self.db)
            .await?;
        Ok(row)
    }

    /// Whether another klant (not `except_uuid`) has this (bronorganisatie, klantnummer) pair (kla-001 pre-check).
    #[tracing::instrument(skip(self))]
    pub async fn pair_taken(
        &self,
        bronorganisatie: &str,
        klantnummer: &str,
        except_uuid: Option<&str>,
    ) -> Result<bool, DbErr> {
        let mut q = klant::Entity::find()
            .filter(klant::Column::Bronorganisatie.eq(bronorganisatie))
            .filter(klant::Column::Klantnummer.eq(klantnummer));
        if let Some(u) = except_uuid {
            q = q.filter(klant::Column::Uuid.ne(u));
        }
        Ok(q.count(&self.db).await? > 0)
    }

    async fn insert_nested(tx: &DatabaseTransaction, id: i32, k: &Klant) -> Result<(), DbErr> {
        if let Some(a) = &k.adres {
            adres::Entity::insert(adres_active(id, a)).exec(tx).await?;
        }
        if let Some(n) = &k.natuurlijk_persoon {
            natuurlijk_persoon::Entity::insert(np_active(id, n)).exec(tx).await?;
        }
        if let Some(n) = &k.niet_natuurlijk_persoon {
            niet_natuurlijk_persoon::Entity::insert(nnp_active(id, n)).exec(tx).await?;
        }
        if let Some(v) = &k.vestiging {
            vestiging::Entity::insert(vestiging_active(id, v)).exec(tx).await?;
        }
        if let Some(a) = &k.verblijfsadres {
            verblijfsadres::Entity::insert(verblijfsadres_active(id, a)).exec(tx).await?;
        }
        if let Some(s) = &k.sub_verblijf_buitenland {
            sub_verblijf_buitenland::Entity::insert(svb_active(id, s)).exec(tx).await?;
        }
        Ok(())
    }

    async fn delete_nested(tx: &DatabaseTransaction, id: i32) -> Result<(), DbErr> {
        adres::Entity::delete_many().filter(adres::Column::KlantId.eq(id)).exec(tx).await?;
        natuurlijk_persoon::Entity::delete_many().filter(natuurlijk_persoon::Column::KlantId.eq(id)).exec(tx).await?;
        niet_natuurlijk_persoon::Entity::delete_many()
            .filter(niet_natuurlijk_persoon::Column::KlantId.eq(id))
            .exec(tx)
            .await?;
        vestiging::Entity::delete_many().filter(vestiging::Column::KlantId.eq(id)).exec(tx).await?;
        verblijfsadres::Entity::delete_many().filter(verblijfsadres::Column::KlantId.eq(id)).exec(tx).await?;
        sub_verblijf_buitenland::Entity::delete_many()
            .filter(sub_verblijf_buitenland::Column::KlantId.eq(id))
            .exec(tx)
            .await?;
        Ok(())
    }

    /// Inserts the klant row; `ON CONFLICT DO NOTHING` keeps a PostgreSQL transaction usable after a clash, so a
    /// clash is a clean [`StoreError::Unique`] (or another try when generating).
    async fn insert_klant(tx: &DatabaseTransaction, k: &Klant) -> Result<Option<i32>, DbErr> {
        let res = klant::Entity::insert(klant_active(k))
            .on_conflict(
                OnConflict::columns([klant::Column::Bronorganisatie, klant::Column::Klantnummer])
                    .do_nothing()
                    .to_owned(),
            )
            .exec(tx)
            .await;
        match res {
            Ok(r) => Ok(Some(r.last_insert_id)),
            Err(DbErr::RecordNotInserted) => Ok(None),
            Err(e) if unique_violation(&e) => Ok(None),
            Err(e) => Err(e),
        }
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
    /// the klantnummer is generated inside that transaction and retried on a concurrent clash.
    #[tracing::instrument(skip_all)]
    pub async fn create(
        &self,
        mut k: Klant,
        generate_klantnummer: bool,
        base_url: &str,
        audit: &AuditInfo,
    ) -> Result<Klant, StoreError> {
        let (_guard, tx) = self.begin_write().await?;
        if generate_klantnummer && tx.get_database_backend() == DbBackend::Postgres {
            // Generators of one bronorganisatie take turns (until commit), so that none of them keeps losing the
            // race for the next number under load; SQLite's writes are serialised already.
            tx.execute(sea_orm::Statement::from_sql_and_values(
                DbBackend::Postgres,
                "SELECT pg_advisory_xact_lock(8211, hashtext($1))",
                [k.bronorganisatie.clone().into()],
            ))
            .await?;
        }
        let mut attempts = 0;
        let id = loop {
            if generate_klantnummer {
                k.klantnummer = Self::next_klantnummer(&tx, &k.bronorganisatie).await?;
            }
            match Self::insert_klant(&tx, &k).await? {
                Some(id) => break id,
                None if generate_klantnummer && attempts < 100 => attempts += 1,
                None => return Err(StoreError::Unique),
            }
        };
        Self::insert_nested(&tx, id, &k).await?;
        let nieuw = k.to_json(base_url);
        Self::insert_audit(&tx, &k, Actie::Create, 201, base_url, audit, Value::Null, nieuw).await?;
        let url = crate::domain::model::klant_url(base_url, &k.uuid);
        self.enqueue_notification(&tx, &url, Actie::Create.as_str(), k.subject_type.as_deref()).await?;
        tx.commit().await?;
        self.wake();
        Ok(k)
    }

    /// Replaces the stored state of `old` by `new` (already merged), with its audit record, in one transaction.
    #[tracing::instrument(skip_all)]
    pub async fn update(
        &self,
        old: &Klant,
        new: Klant,
        actie: Actie,
        base_url: &str,
        audit: &AuditInfo,
    ) -> Result<Klant, StoreError> {
        let (_guard, tx) = self.begin_write().await?;
        let Some(row) = klant::Entity::find().filter(klant::Column::Uuid.eq(&old.uuid)).one(&tx).await? else {
            return Err(StoreError::Db(DbErr::RecordNotFound(old.uuid.clone())));
        };
        let mut am = klant_active(&new);
        am.id = sea_orm::ActiveValue::Unchanged(row.id);
        if let Err(e) = klant::Entity::update(am).exec(&tx).await {
            return Err(if unique_violation(&e) { StoreError::Unique } else { e.into() });
        }
        Self::delete_nested(&tx, row.id).await?;
        Self::insert_nested(&tx, row.id, &new).await?;
        let oud = old.to_json(base_url);
        let nieuw = new.to_json(base_url);
        // resourceWeergave shows the object before the change, as the reference does (§10.2).
        Self::insert_audit(&tx, old, actie, 200, base_url, audit, oud, nieuw).await?;
        let url = crate::domain::model::klant_url(base_url, &new.uuid);
        self.enqueue_notification(&tx, &url, actie.as_str(), new.subject_type.as_deref()).await?;
        tx.commit().await?;
        self.wake();
        Ok(new)
    }

    /// Deletes a klant, its nested rows and its audit trail (deviation 8: trails go with their klant, by uuid).
    /// Returns the deleted klant, `None` when it did not exist.
    #[tracing::instrument(skip(self))]
    pub async fn delete(&self, uuid: &str, base_url: &str) -> Result<Option<Klant>, DbErr> {
        let (_guard, tx) = self.begin_write().await?;
        let Some(row) = klant::Entity::find().filter(klant::Column::Uuid.eq(uuid)).one(&tx).await? else {
            return Ok(None);
        };
        let id = row.id;
        let klant = Self::load_many(&tx, vec![row]).await?.pop();
        Self::delete_nested(&tx, id).await?;
        klant::Entity::delete_by_id(id).exec(&tx).await?;
        audit_trail::Entity::delete_many().filter(audit_trail::Column::KlantUuid.eq(uuid)).exec(&tx).await?;
        if let Some(k) = &klant {
            // kenmerken from the pre-delete representation (§11)
            let url = crate::domain::model::klant_url(base_url, &k.uuid);
            self.enqueue_notification(&tx, &url, "destroy", k.subject_type.as_deref()).await?;
        }
        tx.commit().await?;
        if klant.is_some() {
            self.wake();
        }
        Ok(klant)
    }

    /// One page of klanten in creation order (deviation 7) and the total count, read in one transaction.
    #[tracing::instrument(skip(self))]
    pub async fn list(&self, filter: &KlantFilter, page: u64) -> Result<(u64, Vec<Klant>), DbErr> {
        let tx = self.db.begin().await?;
        let query = filter.apply(klant::Entity::find());
        let count = query.clone().count(&tx).await?;
        let rows = query
            .order_by_asc(klant::Column::Id)
            .offset(page.saturating_sub(1).saturating_mul(PAGE_SIZE))
            .limit(PAGE_SIZE)
            .all(&tx)
            .await?;
        let klanten = Self::load_many(&tx, rows).await?;
        tx.commit().await?;
        Ok((count, klanten))
    }

    #[allow(clippy::too_many_arguments)]
    async fn insert_audit(
        tx: &DatabaseTransaction,
        before: &Klant,
        actie: Actie,
        resultaat: i32,
        base_url: &str,
        audit: &AuditInfo,
        oud: Value,
        nieuw: Value,
    ) -> Result<(), DbErr> {
        use sea_orm::ActiveValue::{NotSet, Set};
        let url = crate::domain::model::klant_url(base_url, &before.uuid);
        let am = audit_trail::ActiveModel {
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
        };
        audit_trail::Entity::insert(am).exec(tx).await?;
        Ok(())
    }

    /// The audit trail of a klant, oldest first (§4.7).
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
