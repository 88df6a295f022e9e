//! Audit records into the generated response model. Every key is filled (`""`, `null`) so that the
//! generated serializer, which omits `None`, writes exactly the reference's body.
use klanten_api::models;
use serde_json::Value;

use crate::domain::audit;
use crate::store::entity::audit_trail;

pub fn audit_model(r: &audit_trail::Model) -> Result<models::AuditTrail, serde_json::Error> {
    let json = to_json(r);
    let oud = json.pointer("/wijzigingen/oud").cloned().unwrap_or(Value::Null);
    let nieuw = json.pointer("/wijzigingen/nieuw").cloned().unwrap_or(Value::Null);
    let mut m: models::AuditTrail = serde_json::from_value(json)?;
    // `null` must stay `null` (the model's Option would drop it).
    m.wijzigingen.oud = Some(oud);
    m.wijzigingen.nieuw = Some(nieuw);
    Ok(m)
}

/// An audit record as the reference renders it: its keys in the reference's order.
fn to_json(r: &audit_trail::Model) -> Value {
    let mut m = serde_json::Map::with_capacity(16);
    m.insert("uuid".into(), r.uuid.clone().into());
    m.insert("bron".into(), r.bron.clone().into());
    m.insert("applicatieId".into(), r.applicatie_id.clone().into());
    m.insert("applicatieWeergave".into(), r.applicatie_weergave.clone().into());
    m.insert("gebruikersId".into(), r.gebruikers_id.clone().into());
    m.insert("gebruikersWeergave".into(), r.gebruikers_weergave.clone().into());
    m.insert("actie".into(), r.actie.clone().into());
    m.insert("actieWeergave".into(), r.actie_weergave.clone().into());
    m.insert("resultaat".into(), r.resultaat.into());
    m.insert("hoofdObject".into(), r.hoofd_object.clone().into());
    m.insert("resource".into(), r.resource.clone().into());
    m.insert("resourceUrl".into(), r.resource_url.clone().into());
    m.insert("toelichting".into(), r.toelichting.clone().into());
    m.insert("resourceWeergave".into(), r.resource_weergave.clone().into());
    m.insert("aanmaakdatum".into(), audit::format_timestamp(r.aanmaakdatum).into());
    m.insert("wijzigingen".into(), audit::jsonb_order(serde_json::from_str(&r.wijzigingen).unwrap_or(Value::Null)));
    Value::Object(m)
}
