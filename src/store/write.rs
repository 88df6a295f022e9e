//! Writes: create, update (PUT and PATCH) and delete. Each is handed to the store's writer ([`super::group`]),
//! which writes it in one transaction that holds the klant from its read to its commit: the klant row with its
//! representation and filter columns ([`super::layout`]), the audit record, the outbox row and (PostgreSQL) the
//! invalidation for other instances' read caches.
use std::sync::Arc;

use super::cache::CachedKlant;
use super::entity::*;
use super::plan::{Done, Op};
use super::{Store, StoreError};
use crate::domain::audit::AuditRecord;
use crate::domain::description::Klant;
use crate::domain::operation::Operation;
use crate::domain::refusal::Refusal;
use crate::domain::write_records::WriteRecords;

/// How an update turns the stored klant into the new one, or refuses (a rule that needs the stored state). It is
/// called with exactly what is stored, inside the transaction that holds the klant.
pub type Change = Arc<dyn Fn(&Klant) -> Result<Klant, Refusal> + Send + Sync>;

impl Store {
    fn notify(&self) -> Option<Option<Arc<tokio::sync::Notify>>> {
        self.notifications.then(|| self.wakeup.clone())
    }

    /// Creates a klant with its audit record and its notification in one transaction. With
    /// `generate_klantnummer` the klantnummer is generated inside that transaction (kla-001); the unique index
    /// decides kla-001 for a sent one.
    #[tracing::instrument(skip_all)]
    pub async fn create(
        &self,
        k: Klant,
        generate_klantnummer: bool,
        records: WriteRecords,
    ) -> Result<Arc<CachedKlant>, StoreError> {
        let op = Op::Create { klant: Box::new(k), generate_klantnummer };
        match self.writer.write(op, records, self.notify()).await? {
            Done::Written(entry) => Ok(entry),
            _ => Err(StoreError::Writer("a create came back as something else")),
        }
    }

    /// Changes a klant: reads it (held until commit), checks that its `subjectType` is still `validated_type`
    /// (when given), lets `change` compute the new state from exactly what is stored, and writes that with its
    /// audit record. `Ok(Err(_))` is `change`'s refusal (nothing written).
    #[tracing::instrument(skip_all)]
    pub async fn update(
        &self,
        uuid: &str,
        validated_type: Option<&Option<String>>,
        actie: Operation,
        records: WriteRecords,
        change: Change,
    ) -> Result<Result<Arc<CachedKlant>, Refusal>, StoreError> {
        let op = Op::Update { uuid: uuid.to_string(), validated_type: validated_type.cloned(), actie, change };
        match self.writer.write(op, records, self.notify()).await? {
            Done::Written(entry) => Ok(Ok(entry)),
            Done::Refused(refusal) => Ok(Err(refusal)),
            Done::Deleted(_) | Done::Recorded => Err(StoreError::Writer("an update came back as something else")),
        }
    }

    /// Records outbox rows as delivered by `worker`, with the next group of writes (see [`super::group`]).
    pub async fn outbox_delivered(&self, ids: Vec<i32>, worker: &str) -> Result<(), StoreError> {
        if ids.is_empty() {
            return Ok(());
        }
        let op = Op::Delivered { ids, worker: worker.to_string() };
        self.writer.write(op, WriteRecords::default(), None).await.map(|_| ())
    }

    /// Deletes a klant and its audit trail. Returns the deleted
    /// klant's `subjectType`; [`StoreError::NotFound`] when it did not exist (any more).
    #[tracing::instrument(skip(self))]
    pub async fn delete(&self, uuid: &str, records: WriteRecords) -> Result<Option<String>, StoreError> {
        let op = Op::Delete { uuid: uuid.to_string() };
        match self.writer.write(op, records, self.notify()).await? {
            Done::Deleted(subject_type) => Ok(subject_type),
            _ => Err(StoreError::Writer("a delete came back as something else")),
        }
    }
}

/// The row of an audit record, as it was given.
pub(super) fn audit_row(record: AuditRecord) -> audit_trail::ActiveModel {
    use sea_orm::ActiveValue::{NotSet, Set};
    let AuditRecord {
        uuid,
        klant_uuid,
        bron,
        applicatie_id,
        applicatie_weergave,
        gebruikers_id,
        gebruikers_weergave,
        actie,
        actie_weergave,
        resultaat,
        hoofd_object,
        resource,
        resource_url,
        toelichting,
        resource_weergave,
        aanmaakdatum,
        wijzigingen,
        logrecord_id,
    } = record;
    audit_trail::ActiveModel {
        id: NotSet,
        uuid: Set(uuid),
        klant_uuid: Set(klant_uuid),
        bron: Set(bron),
        applicatie_id: Set(applicatie_id),
        applicatie_weergave: Set(applicatie_weergave),
        gebruikers_id: Set(gebruikers_id),
        gebruikers_weergave: Set(gebruikers_weergave),
        actie: Set(actie),
        actie_weergave: Set(actie_weergave),
        resultaat: Set(resultaat),
        hoofd_object: Set(hoofd_object),
        resource: Set(resource),
        resource_url: Set(resource_url),
        toelichting: Set(toelichting),
        resource_weergave: Set(resource_weergave),
        aanmaakdatum: Set(aanmaakdatum),
        wijzigingen: Set(wijzigingen),
        logrecord_id: Set(logrecord_id),
    }
}
