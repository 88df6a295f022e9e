//! Audit records into the generated response model. Every key is filled (`""`, `null`) so that the
//! generated serializer, which omits `None`, writes exactly the reference's body (reference-behavior.md §3, §10).
use klanten_api::models;
use serde_json::Value;

use crate::store::entity::audit_trail;

pub fn audit_model(r: &audit_trail::Model) -> Result<models::AuditTrail, serde_json::Error> {
    let json = crate::domain::audit::to_json(r);
    let oud = json.pointer("/wijzigingen/oud").cloned().unwrap_or(Value::Null);
    let nieuw = json.pointer("/wijzigingen/nieuw").cloned().unwrap_or(Value::Null);
    let mut m: models::AuditTrail = serde_json::from_value(json)?;
    // `null` must stay `null` (the model's Option would drop it).
    m.wijzigingen.oud = Some(oud);
    m.wijzigingen.nieuw = Some(nieuw);
    Ok(m)
}
