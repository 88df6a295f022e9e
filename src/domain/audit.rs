//! The audit trail's representation, as the reference renders it.
use serde_json::{Map, Value};

/// The `bron` of every record: the OAS enum value for the Klanten API (README, Deviations from the reference, item 6).
pub const BRON: &str = "kc";

/// The longest texts an audit record keeps of what a client sent (README, "The audit trail"): the OAS's
/// `maxLength` of the field where it has one; `toelichting` (`X-Audit-Toelichting`) has none there, and
/// `logrecord_id` (`X-NLX-Logrecord-ID`) is not in the OAS, so these get bounds of their own. Longer texts are cut
/// at that many characters, so that a write never fails on them and no client fills the audit trail.
pub const MAX_APPLICATIE_ID: usize = 100;
pub const MAX_APPLICATIE_WEERGAVE: usize = 200;
pub const MAX_GEBRUIKERS_ID: usize = 255;
pub const MAX_GEBRUIKERS_WEERGAVE: usize = 255;
pub const MAX_TOELICHTING: usize = 1000;
pub const MAX_LOGRECORD_ID: usize = 255;

/// Who made a change and why: the audit record's context, each text within its bound.
#[derive(Clone, Debug, Default)]
pub struct AuditInfo {
    pub applicatie_id: String,
    pub applicatie_weergave: String,
    pub gebruikers_id: String,
    pub gebruikers_weergave: String,
    pub toelichting: String,
    pub logrecord_id: String,
}

/// One audit record as the store keeps it (the OAS `AuditTrail`, with `aanmaakdatum` in microseconds and
/// `wijzigingen` as JSON text with absolute URLs).
#[derive(Clone, Debug, PartialEq)]
pub struct AuditRecord {
    pub uuid: String,
    pub klant_uuid: String,
    pub bron: String,
    pub applicatie_id: String,
    pub applicatie_weergave: String,
    pub gebruikers_id: String,
    pub gebruikers_weergave: String,
    pub actie: String,
    pub actie_weergave: String,
    pub resultaat: i32,
    pub hoofd_object: String,
    pub resource: String,
    pub resource_url: String,
    pub toelichting: String,
    pub resource_weergave: String,
    pub aanmaakdatum: i64,
    pub wijzigingen: String,
    pub logrecord_id: String,
}

/// `text` cut to at most `max` characters.
pub fn bounded(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((end, _)) => text[..end].to_string(),
        None => text.to_string(),
    }
}

/// ISO 8601 UTC with microseconds (omitted when zero) and `Z`, as the reference prints `aanmaakdatum`.
pub fn format_timestamp(micros: i64) -> String {
    let dt = chrono::DateTime::from_timestamp_micros(micros).unwrap_or_default();
    if dt.timestamp_subsec_micros() == 0 {
        dt.format("%Y-%m-%dT%H:%M:%SZ").to_string()
    } else {
        dt.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
    }
}

/// The key order of `oud` and `nieuw` as the reference returns them: it stores them in a PostgreSQL jsonb column
/// as snake_case dicts, and jsonb orders keys shorter first, then bytewise.
pub fn jsonb_order(v: Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut entries: Vec<(String, String, Value)> =
                m.into_iter().map(|(k, v)| (super::python::camel_to_underscore(&k), k, jsonb_order(v))).collect();
            entries.sort_by(|a, b| a.0.len().cmp(&b.0.len()).then_with(|| a.0.as_bytes().cmp(b.0.as_bytes())));
            Value::Object(entries.into_iter().map(|(_, k, v)| (k, v)).collect::<Map<_, _>>())
        }
        Value::Array(a) => Value::Array(a.into_iter().map(jsonb_order).collect()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounded_cuts_at_characters() {
        assert_eq!(bounded("abc", 5), "abc");
        assert_eq!(bounded("äbcdé", 3), "äbc");
        assert_eq!(bounded(&"x".repeat(200_000), MAX_TOELICHTING).chars().count(), 1000);
    }

    #[test]
    fn wijzigingen_in_jsonb_key_order() {
        let k = serde_json::json!({"url": "u", "bronorganisatie": "1", "klantnummer": "2", "bedrijfsnaam": "", "functie": "",
            "websiteUrl": "w", "voornaam": "", "voorvoegselAchternaam": "", "achternaam": "", "telefoonnummer": "",
            "emailadres": "", "adres": {"straatnaam": "", "huisnummer": null, "huisletter": "", "huisnummertoevoeging": "",
            "postcode": "", "woonplaatsnaam": "", "landcode": ""}, "subject": "", "subjectType": null});
        let ordered = jsonb_order(serde_json::json!({"oud": null, "nieuw": k}));
        let keys: Vec<&String> = ordered["nieuw"].as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            [
                "url",
                "adres",
                "functie",
                "subject",
                "voornaam",
                "achternaam",
                "emailadres",
                "klantnummer",
                "websiteUrl",
                "bedrijfsnaam",
                "subjectType",
                "telefoonnummer",
                "bronorganisatie",
                "voorvoegselAchternaam"
            ]
        );
        let adres: Vec<&String> = ordered["nieuw"]["adres"].as_object().unwrap().keys().collect();
        assert_eq!(
            adres,
            [
                "landcode",
                "postcode",
                "huisletter",
                "huisnummer",
                "straatnaam",
                "woonplaatsnaam",
                "huisnummertoevoeging"
            ]
        );
        let top: Vec<&String> = ordered.as_object().unwrap().keys().collect();
        assert_eq!(top, ["oud", "nieuw"]);
    }

    #[test]
    fn timestamps_as_the_reference_prints_them() {
        assert_eq!(format_timestamp(1_795_866_480_716_516), "2026-11-28T11:48:00.716516Z");
        assert_eq!(format_timestamp(1_795_866_480_000_000), "2026-11-28T11:48:00Z");
        assert_eq!(format_timestamp(1_795_866_480_000_010), "2026-11-28T11:48:00.000010Z");
    }
}
