//! An audit record as the generated `AuditTrail` model of openapi.yaml, which renders it key for key as the
//! reference does.
use klanten_api::models;
use serde_json::Value;

use crate::domain::audit;
use crate::store::entity::audit_trail;

/// An audit record as the generated model. Every key is filled (`""`, `null`) so that the generated serializer,
/// which omits `None`, writes exactly the reference's body (its keys in the reference's order, which is the
/// schema's). An error is a stored value the model cannot hold.
pub fn audit_model(r: &audit_trail::Model) -> Result<models::AuditTrail, String> {
    // Fails to compile when a column was added to the audit_trail entity: name it here (`_` when the API does not
    // show it).
    let audit_trail::Model {
        id: _,
        uuid,
        klant_uuid: _,
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
        logrecord_id: _,
    } = r;
    // The key order of `oud` and `nieuw` as the reference returns them (see `audit::jsonb_order`).
    let wijzigingen = match audit::jsonb_order(serde_json::from_str(wijzigingen).unwrap_or(Value::Null)) {
        Value::Object(mut w) => {
            let mut side = |key: &str| Some(w.remove(key).unwrap_or(Value::Null));
            // `null` stays `null` (`None` would drop the key).
            models::Wijzigingen { oud: side("oud"), nieuw: side("nieuw") }
        }
        other => return Err(format!("audit record {uuid}: wijzigingen is not an object: {other}")),
    };
    // Fails to compile when a property was added to the AuditTrail schema of openapi.yaml: set it from its column (a
    // new column of the audit_trail entity, added by a migration); README, "Changing openapi.yaml".
    Ok(models::AuditTrail {
        uuid: Some(uuid.parse().map_err(|e| format!("audit record {uuid}: {e}"))?),
        bron: bron.parse().map_err(|e| format!("audit record {uuid}: bron {bron}: {e}"))?,
        applicatie_id: Some(applicatie_id.clone()),
        applicatie_weergave: Some(applicatie_weergave.clone()),
        gebruikers_id: Some(gebruikers_id.clone()),
        gebruikers_weergave: Some(gebruikers_weergave.clone()),
        actie: actie.clone(),
        actie_weergave: Some(actie_weergave.clone()),
        resultaat: u16::try_from(*resultaat).map_err(|e| format!("audit record {uuid}: resultaat: {e}"))?,
        hoofd_object: hoofd_object.clone(),
        resource: resource.clone(),
        resource_url: resource_url.clone(),
        toelichting: Some(toelichting.clone()),
        resource_weergave: resource_weergave.clone(),
        // `audit::format_timestamp`'s instant: whole microseconds
        aanmaakdatum: Some(chrono::DateTime::from_timestamp_micros(*aanmaakdatum).unwrap_or_default()),
        wijzigingen,
    })
}
