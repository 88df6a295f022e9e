//! Writes: create, update (PUT and PATCH) and delete. Each is handed to the store's writer ([`super::group`]),
//! which writes it in one transaction that holds the klant from its read to its commit: the klant row with its
//! representation, the nested rows that changed, the audit record, the outbox row and (PostgreSQL) the
//! invalidation for other instances' read caches.
use std::sync::Arc;

use sea_orm::DbErr;

use super::cache::CachedKlant;
use super::entity::*;
use super::group::{ChangeFn, Done, Op, Refusal};
use super::{Store, StoreError};
use crate::domain::model::{klant_url, Klant};
use crate::domain::operation::Operation;

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

/// How an update turns the stored klant into the new one, or refuses (a rule that needs the stored state). It is
/// called with exactly what is stored, inside the transaction that holds the klant.
pub type Change<E> = Arc<dyn Fn(&Klant) -> Result<Klant, E> + Send + Sync>;

impl Store {
    fn notify(&self) -> Option<Option<Arc<tokio::sync::Notify>>> {
        self.notifications.then(|| self.wakeup.clone())
    }

    /// Creates a klant with its nested rows, its audit record and its notification in one transaction. With
    /// `generate_klantnummer` the klantnummer is generated inside that transaction (kla-001); the unique index
    /// decides kla-001 for a sent one.
    #[tracing::instrument(skip_all)]
    pub async fn create(
        &self,
        k: Klant,
        generate_klantnummer: bool,
        base_url: &str,
        audit: &AuditInfo,
    ) -> Result<Arc<CachedKlant>, StoreError> {
        let op = Op::Create { klant: Box::new(k), generate_klantnummer };
        match self.writer.write(op, base_url, audit.clone(), self.notify()).await? {
            Done::Written(entry) => Ok(entry),
            _ => Err(StoreError::Db(DbErr::Custom("a create came back as something else".into()))),
        }
    }

    /// Changes a klant: reads it (held until commit), checks that its `subjectType` is still `validated_type`
    /// (when given), lets `change` compute the new state from exactly what is stored, and writes that with its
    /// audit record. `Ok(Err(_))` is `change`'s refusal (nothing written).
    #[tracing::instrument(skip_all)]
    pub async fn update<E: Send + 'static>(
        &self,
        uuid: &str,
        validated_type: Option<&Option<String>>,
        actie: Operation,
        base_url: &str,
        audit: &AuditInfo,
        change: Change<E>,
    ) -> Result<Result<Arc<CachedKlant>, E>, StoreError> {
        let erased: ChangeFn = Arc::new(move |k: &Klant| change(k).map_err(|e| Box::new(e) as Refusal));
        let op = Op::Update { uuid: uuid.to_string(), validated_type: validated_type.cloned(), actie, change: erased };
        match self.writer.write(op, base_url, audit.clone(), self.notify()).await? {
            Done::Written(entry) => Ok(Ok(entry)),
            Done::Refused(refusal) => match refusal.downcast::<E>() {
                Ok(e) => Ok(Err(*e)),
                Err(_) => Err(StoreError::Db(DbErr::Custom("a refusal of another type".into()))),
            },
            Done::Deleted(_) | Done::Recorded => {
                Err(StoreError::Db(DbErr::Custom("an update came back as something else".into())))
            }
        }
    }

    /// Records outbox rows as delivered by `worker`, with the next group of writes (see [`super::group`]).
    pub async fn outbox_delivered(&self, ids: Vec<i32>, worker: &str) -> Result<(), StoreError> {
        if ids.is_empty() {
            return Ok(());
        }
        let op = Op::Delivered { ids, worker: worker.to_string() };
        self.writer.write(op, "", AuditInfo::default(), None).await.map(|_| ())
    }

    /// Deletes a klant, its nested rows (by the foreign keys' cascade) and its audit trail. Returns the deleted
    /// klant's `subjectType`; [`StoreError::NotFound`] when it did not exist (any more).
    #[tracing::instrument(skip(self))]
    pub async fn delete(&self, uuid: &str, base_url: &str) -> Result<Option<String>, StoreError> {
        let op = Op::Delete { uuid: uuid.to_string() };
        match self.writer.write(op, base_url, AuditInfo::default(), self.notify()).await? {
            Done::Deleted(subject_type) => Ok(subject_type),
            _ => Err(StoreError::Db(DbErr::Custom("a delete came back as something else".into()))),
        }
    }
}

/// The audit record of a change of `before` (`resourceWeergave` shows the object before the change).
#[allow(clippy::too_many_arguments)]
pub(super) fn audit_row(
    before: &Klant,
    actie: Operation,
    resultaat: i32,
    base_url: &str,
    audit: &AuditInfo,
    oud: Option<&str>,
    nieuw: Option<&str>,
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
        actie: Set(actie.actie().into()),
        actie_weergave: Set(actie.actie_weergave().into()),
        resultaat: Set(resultaat),
        hoofd_object: Set(url.clone()),
        resource: Set("klant".into()),
        resource_url: Set(url),
        toelichting: Set(audit.toelichting.clone()),
        resource_weergave: Set(before.unique_representation()),
        aanmaakdatum: Set(chrono::Utc::now().timestamp_micros()),
        wijzigingen: Set(crate::domain::representation::wijzigingen(oud, nieuw, base_url)),
        logrecord_id: Set(audit.logrecord_id.clone()),
    }
}
