//! The write path of a klant body, without the network or a database: the body as received (`parse_body`, with
//! Python's message on failure), its validation for create, update and partial update (with and without a stored
//! subject type; the kla-002 subject check refuses every host before any connection), the merge onto a stored
//! klant, the stored representation, and that representation read back.
//!
//! Invariants: nothing panics; an error is a problem body, a validation error one with entries that each have a
//! name, a code and a reason; what validates merges onto the stored klant with every value it carries, the same
//! twice as once; the rendered representation is JSON, is the klant's `to_value` under the base URL, unpacks to
//! itself once packed as the store keeps it, and reads back as the same klant.
use std::sync::OnceLock;

use klanten::fuzzing::*;
use serde_json::{Map, Value};

use super::common::{check_problem, runtime, BASE};

const UUID: &str = "0c3bdfa0-2b8f-4a8b-9e8f-0d3a6f7a1f10";

/// Stored klanten, as representations the server writes: without a subject type, and one of each subject type
/// with every row (and one without its row).
const STORED: [&str; 5] = [
    r#"{"url":"/api/v1/klanten/x","bronorganisatie":"950428139","klantnummer":"1","bedrijfsnaam":"B","functie":"F","websiteUrl":"http://w.nl","voornaam":"V","voorvoegselAchternaam":"van","achternaam":"A","telefoonnummer":"06","emailadres":"a@b.nl","adres":{"straatnaam":"S","huisnummer":12,"huisletter":"A","huisnummertoevoeging":"bis","postcode":"1234AB","woonplaatsnaam":"W","landcode":"6030"},"subject":"http://s.nl/1","subjectType":null}"#,
    r#"{"url":"/api/v1/klanten/x","bronorganisatie":"950428139","klantnummer":"2","bedrijfsnaam":"","functie":"","websiteUrl":"http://w.nl","voornaam":"","voorvoegselAchternaam":"","achternaam":"","telefoonnummer":"","emailadres":"","adres":null,"subject":"","subjectType":"natuurlijk_persoon","subjectIdentificatie":{"inpBsn":"111222333","anpIdentificatie":"X","inpANummer":"1234567890","geslachtsnaam":"G","voorvoegselGeslachtsnaam":"","voorletters":"J","voornamen":"Jan","geslachtsaanduiding":"m","geboortedatum":"1970-01-01","verblijfsadres":{"aoaIdentificatie":"1","wplWoonplaatsNaam":"W","gorOpenbareRuimteNaam":"G","aoaPostcode":"1234AB","aoaHuisnummer":1,"aoaHuisletter":"a","aoaHuisnummertoevoeging":"","inpLocatiebeschrijving":""},"subVerblijfBuitenland":{"lndLandcode":"NL","lndLandnaam":"Nederland","subAdresBuitenland1":"","subAdresBuitenland2":"","subAdresBuitenland3":""}}}"#,
    r#"{"url":"/api/v1/klanten/x","bronorganisatie":"950428139","klantnummer":"3","bedrijfsnaam":"","functie":"","websiteUrl":"http://w.nl","voornaam":"","voorvoegselAchternaam":"","achternaam":"","telefoonnummer":"","emailadres":"","adres":null,"subject":"","subjectType":"niet_natuurlijk_persoon","subjectIdentificatie":{"innNnpId":"950428139","annIdentificatie":"","statutaireNaam":"BV","innRechtsvorm":"stichting","bezoekadres":"","subVerblijfBuitenland":null}}"#,
    r#"{"url":"/api/v1/klanten/x","bronorganisatie":"950428139","klantnummer":"4","bedrijfsnaam":"","functie":"","websiteUrl":"http://w.nl","voornaam":"","voorvoegselAchternaam":"","achternaam":"","telefoonnummer":"","emailadres":"","adres":null,"subject":"","subjectType":"vestiging","subjectIdentificatie":{"vestigingsNummer":"1","handelsnaam":["a","b"],"verblijfsadres":null,"subVerblijfBuitenland":{"lndLandcode":"BE","lndLandnaam":"België","subAdresBuitenland1":"","subAdresBuitenland2":"","subAdresBuitenland3":""}}}"#,
    r#"{"url":"/api/v1/klanten/x","bronorganisatie":"950428139","klantnummer":"5","bedrijfsnaam":"","functie":"","websiteUrl":"http://w.nl","voornaam":"","voorvoegselAchternaam":"","achternaam":"","telefoonnummer":"","emailadres":"","adres":null,"subject":"http://s.nl/2","subjectType":"natuurlijk_persoon","subjectIdentificatie":null}"#,
];

struct World {
    subject: SubjectChecker,
    stored: Vec<Klant>,
}

fn world() -> &'static World {
    static WORLD: OnceLock<World> = OnceLock::new();
    WORLD.get_or_init(|| {
        let _rt = runtime().enter();
        let stored = STORED.iter().map(|r| read_back(UUID, r)).collect::<Vec<_>>();
        for k in &stored {
            assert_eq!(&read_back(UUID, &representation::render(k)), k);
        }
        World { subject: offline_subject_checker(), stored }
    })
}

/// One input: panics when an invariant breaks.
pub fn check(data: &[u8]) {
    let world = world();
    let json = match parse_body(data) {
        Ok(json) => json,
        Err(RequestError::Parse(detail)) => {
            assert!(detail.starts_with("JSON parse error - "), "{detail}");
            check_problem(RequestError::Parse(detail));
            return;
        }
        Err(e) => panic!("parse_body answered {e:?}"),
    };
    let created = Klant { uuid: UUID.into(), ..Klant::default() };
    if let Some(new) = write(&json, Operation::Create, None, &created) {
        // the klant just created, updated with the same body
        let stored_type = new.subject_type.clone();
        for op in [Operation::Update, Operation::PartialUpdate] {
            write(&json, op, Some(stored_type.as_deref()), &new);
        }
    }
    for stored in &world.stored {
        for op in [Operation::Update, Operation::PartialUpdate] {
            write(&json, op, Some(stored.subject_type.as_deref()), stored);
        }
    }
}

/// Validates `json` for `op` and merges it onto `stored`, as the operations do; the klant written, if valid.
fn write(json: &Json, op: Operation, stored_type: Option<Option<&str>>, stored: &Klant) -> Option<Klant> {
    let world = world();
    let validated = match runtime().block_on(validate_klant(json, op, stored_type, &world.subject)) {
        Ok(v) => v,
        Err(params) => {
            assert!(!params.is_empty(), "{op:?}: a validation error without entries");
            for p in &params {
                assert!(!p.name.is_empty() && !p.code.is_empty() && !p.reason.is_empty(), "{op:?}: {p:?}");
            }
            check_problem(RequestError::Invalid(params));
            return None;
        }
    };
    let input = &validated.input;
    let new = merged(stored, input);
    assert_eq!(new.uuid, stored.uuid);
    // every value the input carries is in the klant written
    let Value::Object(after) = new.to_value() else { panic!("a klant is an object") };
    carries(&after, input, "");
    // the same input merged again changes nothing
    assert_eq!(merged(&new, input), new, "{op:?}: merging twice differs from once");
    // the stored representation: JSON, the klant's `to_value` under the base URL, and read back as the same klant
    let stored_text = representation::render(&new);
    let answered = representation::with_base(&stored_text, BASE);
    let mut value: Value = serde_json::from_slice(&answered).expect("the representation is JSON");
    assert_eq!(value["url"], klant_url(BASE, &new.uuid), "{op:?}");
    value["url"] = Value::String(format!("{}{}", klanten::domain::description::KLANT_PATH, new.uuid));
    assert_eq!(value, new.to_value(), "{op:?}");
    let packed = klanten::store::packing::pack(&stored_text);
    assert_eq!(klanten::store::packing::unpack(packed).as_deref(), Ok(stored_text.as_str()), "{op:?}: packed");
    let back = read_back(&new.uuid, &stored_text);
    assert_eq!(back, new, "{op:?}: {stored_text}");
    Some(new)
}

/// A stored representation read back.
fn read_back(uuid: &str, text: &str) -> Klant {
    Klant::from_representation(uuid, &serde_json::from_str(text).expect("a stored representation is JSON"))
}

/// Whether the representation `after` holds every value of the validated `input`: a value overwrites, a nested object
/// merges field by field, an empty object leaves what was stored.
fn carries(after: &Map<String, Value>, input: &Map<String, Value>, path: &str) {
    for (k, v) in input {
        let here = format!("{path}{k}");
        match v {
            Value::Object(inner) if inner.is_empty() => {}
            Value::Object(inner) => match after.get(k) {
                Some(Value::Object(a)) => carries(a, inner, &format!("{here}.")),
                other => panic!("{here}: sent {v}, written {other:?}"),
            },
            _ => assert_eq!(after.get(k), Some(v), "{here}"),
        }
    }
}
