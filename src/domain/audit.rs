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

/// The `wijzigingen` of a klant's audit records (`(wijzigingen, hoofdObject)`, oldest first) as they are answered.
/// A record stored with `oud` only (this server's since the klant became one row) gets its `nieuw`: the `oud` of
/// the record after it, or else the klant as stored now (`current`, its stored representation), under the record's
/// own URL (`hoofdObject`, the klant's URL under the base URL of the write). A record stored with both (an older
/// release's, an import's) is answered as stored: `None` for it.
pub fn completed(records: &[(&str, &str)], current: Option<&str>) -> Vec<Option<String>> {
    let parse = |text: &str| serde_json::from_str::<Value>(text).unwrap_or(Value::Null);
    let mut out = Vec::with_capacity(records.len());
    for (i, (wijzigingen, hoofd_object)) in records.iter().enumerate() {
        let Value::Object(mut w) = parse(wijzigingen) else {
            out.push(None);
            continue;
        };
        if w.contains_key("nieuw") {
            out.push(None);
            continue;
        }
        let mut nieuw = match records.get(i + 1) {
            Some((next, _)) => match parse(next) {
                Value::Object(mut n) => n.remove("oud").unwrap_or(Value::Null),
                _ => Value::Null,
            },
            None => current.map(parse).unwrap_or(Value::Null),
        };
        if let Value::Object(n) = &mut nieuw {
            n.insert("url".into(), Value::String(hoofd_object.to_string()));
        }
        w.insert("nieuw".into(), nieuw);
        out.push(Some(super::representation::escape_line_separators(Value::Object(w).to_string())));
    }
    out
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

    /// Each state is stored once: a record's `nieuw` is the next record's `oud`, or the klant now, under the
    /// record's own URL; a record stored whole stays as it is.
    #[test]
    fn nieuw_is_the_next_oud_or_the_klant_now() {
        let records = [
            (r#"{"oud":null}"#, "http://a/api/v1/klanten/u"),
            (r#"{"oud":{"url":"http://b/api/v1/klanten/u","functie":"x"}}"#, "http://b/api/v1/klanten/u"),
            (r#"{"oud":{"url":"http://b/api/v1/klanten/u","functie":"y"},"nieuw":{"functie":"z"}}"#, "x"),
            (r#"{"oud":{"url":"http://c/api/v1/klanten/u","functie":"z"}}"#, "http://c/api/v1/klanten/u"),
        ];
        let done = completed(&records, Some(r#"{"url":"/api/v1/klanten/u","functie":"\u2028w"}"#));
        assert_eq!(
            done[0].as_deref(),
            Some(r#"{"oud":null,"nieuw":{"url":"http://a/api/v1/klanten/u","functie":"x"}}"#)
        );
        assert_eq!(
            done[1].as_deref(),
            Some(
                r#"{"oud":{"url":"http://b/api/v1/klanten/u","functie":"x"},"nieuw":{"url":"http://b/api/v1/klanten/u","functie":"y"}}"#
            )
        );
        assert_eq!(done[2], None);
        assert_eq!(
            done[3].as_deref(),
            Some(
                r#"{"oud":{"url":"http://c/api/v1/klanten/u","functie":"z"},"nieuw":{"url":"http://c/api/v1/klanten/u","functie":"\u2028w"}}"#
            )
        );
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
