//! What a committed write leaves besides the klant: its audit record and its notification message. Both are
//! decided here, from the write as the store applied it to the stored state inside its transaction (the `oud` of
//! an audit record and the `kenmerken` of a delete's notification are only known there); the store writes them as
//! they are given, in the same transaction.
use super::audit::{AuditInfo, AuditRecord, BRON};
use super::description::klant_url;
#[cfg(doc)]
use super::description::Klant;
use super::operation::Operation;
use super::representation::stored_wijzigingen;

/// One write as the store applied it.
pub struct Applied<'a> {
    /// `Create`, `Update`, `PartialUpdate` or `Delete`.
    pub operation: Operation,
    pub uuid: &'a str,
    /// What the audit record shows (`resourceWeergave`, [`Klant::unique_representation`]): of the created klant, or
    /// of the stored one before an update.
    pub shown: Option<String>,
    /// The stored representations (base-relative) before and after; `None` where there is none.
    pub oud: Option<&'a str>,
    pub nieuw: Option<&'a str>,
    /// The `subjectType` the notification names: after a create or update, before a delete.
    pub subject_type: Option<&'a str>,
    /// When, in microseconds since the epoch.
    pub at: i64,
}

/// The records of the writes of one request: who made them (the audit context) and under which base URL.
#[derive(Clone, Debug, Default)]
pub struct WriteRecords {
    pub base_url: String,
    pub who: AuditInfo,
}

impl WriteRecords {
    /// The audit record of `w`: `resourceWeergave` shows the object before the change, as the reference does. A
    /// delete leaves none (the klant's trail goes with it).
    pub fn audit(&self, w: &Applied) -> Option<AuditRecord> {
        let resultaat = match w.operation {
            Operation::Create => 201,
            Operation::Update | Operation::PartialUpdate => 200,
            _ => return None,
        };
        let url = klant_url(&self.base_url, w.uuid);
        let AuditInfo {
            applicatie_id,
            applicatie_weergave,
            gebruikers_id,
            gebruikers_weergave,
            toelichting,
            logrecord_id,
        } = self.who.clone();
        Some(AuditRecord {
            uuid: uuid::Uuid::new_v4().to_string(),
            klant_uuid: w.uuid.to_string(),
            bron: BRON.into(),
            applicatie_id,
            applicatie_weergave,
            gebruikers_id,
            gebruikers_weergave,
            actie: w.operation.actie().into(),
            actie_weergave: w.operation.actie_weergave().into(),
            resultaat,
            hoofd_object: url.clone(),
            resource: "klant".into(),
            resource_url: url,
            toelichting,
            resource_weergave: w.shown.clone().unwrap_or_default(),
            aanmaakdatum: w.at,
            // `nieuw` is the next record's `oud` or the klant now (`super::audit::completed`)
            wijzigingen: stored_wijzigingen(w.oud, &self.base_url),
            logrecord_id,
        })
    }

    /// The notification message of `w` (README, Notifications), as JSON text for the outbox.
    pub fn notification(&self, w: &Applied) -> String {
        let url = klant_url(&self.base_url, w.uuid);
        super::notification::build(&url, w.operation.actie(), w.subject_type, w.at).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn applied(operation: Operation, shown: Option<String>) -> Applied<'static> {
        Applied {
            operation,
            uuid: "u",
            shown,
            oud: None,
            nieuw: Some(r#"{"url":"/api/v1/klanten/u"}"#),
            subject_type: Some("vestiging"),
            at: 1_795_866_591_654_151,
        }
    }

    #[test]
    fn audit_record_of_each_write() {
        let records = WriteRecords {
            base_url: "http://h".into(),
            who: AuditInfo { applicatie_id: "app".into(), toelichting: "t".into(), ..AuditInfo::default() },
        };
        let shown =
            crate::domain::description::Klant { uuid: "u".into(), ..Default::default() }.unique_representation();
        let create = records.audit(&applied(Operation::Create, Some(shown.clone()))).unwrap();
        assert_eq!((create.resultaat, create.actie.as_str(), create.bron.as_str()), (201, "create", BRON));
        assert_eq!(create.hoofd_object, "http://h/api/v1/klanten/u");
        assert_eq!((create.applicatie_id.as_str(), create.toelichting.as_str()), ("app", "t"));
        assert_eq!(create.wijzigingen, r#"{"oud":null}"#);
        assert_eq!(create.aanmaakdatum, 1_795_866_591_654_151);
        let patch = records.audit(&applied(Operation::PartialUpdate, Some(shown))).unwrap();
        assert_eq!((patch.resultaat, patch.actie.as_str()), (200, "partial_update"));
        assert!(records.audit(&applied(Operation::Delete, None)).is_none());
    }

    #[test]
    fn notification_names_the_klant_under_the_base_url() {
        let records = WriteRecords { base_url: "http://h".into(), who: AuditInfo::default() };
        let m: serde_json::Value =
            serde_json::from_str(&records.notification(&applied(Operation::Delete, None))).unwrap();
        assert_eq!(m["resourceUrl"], "http://h/api/v1/klanten/u");
        assert_eq!(m["actie"], "destroy");
        assert_eq!(m["kenmerken"]["subjectType"], "vestiging");
    }
}
