//! The notification message of a change, key for key as the reference sends it (README, Notifications): a
//! domain rule, built where the change is written and sent by `notify`.
use serde_json::{Map, Value};

pub const KANAAL: &str = "klanten";

/// `actie`: `create`, `update`, `partial_update` or `destroy`.
pub fn build(klant_url: &str, actie: &str, subject_type: Option<&str>, aanmaakdatum_micros: i64) -> Value {
    let mut kenmerken = Map::new();
    kenmerken.insert("subjectType".into(), subject_type.map_or(Value::Null, |t| Value::String(t.into())));
    let mut m = Map::with_capacity(7);
    m.insert("kanaal".into(), KANAAL.into());
    m.insert("hoofdObject".into(), klant_url.into());
    m.insert("resource".into(), "klant".into());
    m.insert("resourceUrl".into(), klant_url.into());
    m.insert("actie".into(), actie.into());
    m.insert("aanmaakdatum".into(), iso_micros(aanmaakdatum_micros).into());
    m.insert("kenmerken".into(), Value::Object(kenmerken));
    Value::Object(m)
}

/// ISO 8601 UTC with exactly six fractional digits and `Z` (`2026-11-28T11:49:51.654151Z`).
pub fn iso_micros(micros: i64) -> String {
    chrono::DateTime::from_timestamp_micros(micros).unwrap_or_default().format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_key_order_and_format() {
        let m = build("http://h/api/v1/klanten/u", "create", Some("vestiging"), 1_795_866_591_654_151);
        assert_eq!(
            serde_json::to_string(&m).unwrap(),
            r#"{"kanaal":"klanten","hoofdObject":"http://h/api/v1/klanten/u","resource":"klant","resourceUrl":"http://h/api/v1/klanten/u","actie":"create","aanmaakdatum":"2026-11-28T11:49:51.654151Z","kenmerken":{"subjectType":"vestiging"}}"#
        );
        assert_eq!(build("u", "destroy", None, 0)["kenmerken"]["subjectType"], Value::Null);
    }
}
