//! Request-body validation with the reference's codes, reasons and `invalidParams` names, and the merge of
//! validated input onto a stored klant (PUT and PATCH both merge, as in the reference).
//!
//! The rules are data: one [`Field`] table per serializer of the reference, walked in the reference's field order,
//! so that every error a client sees has the reference's name, code, reason and position. A test (`spec_check.rs`)
//! compares these tables with the schemas of openapi.yaml, property by property (README, "Changing openapi.yaml").
use indexmap::IndexMap;
use serde_json::{Map, Value};

use super::json::Json;
use super::operation::Operation;
use super::python;
use super::subject::SubjectChecker;
use super::validators::{check_rsin, is_valid_a_nummer, is_valid_email, is_valid_url};

/// One `invalidParams` entry.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct InvalidParam {
    pub name: String,
    pub code: String,
    pub reason: String,
}

impl InvalidParam {
    pub fn new(name: impl Into<String>, code: &str, reason: impl Into<String>) -> Self {
        InvalidParam { name: name.into(), code: code.into(), reason: reason.into() }
    }
}

#[derive(Clone, Copy)]
enum Check {
    Plain,
    Rsin,
    Url,
    Email,
    ANummer,
    Subject,
}

enum Kind {
    /// A string of at most `max` characters (the OAS `maxLength`); `blank: false` is the OAS `minLength: 1`.
    Text { max: usize, blank: bool, check: Check },
    /// One of `choices` (the OAS `enum`); `blank` also admits `""`, as the reference does.
    Choice { choices: &'static [&'static str], blank: bool },
    /// An integer in `min..=max` (the OAS `minimum` and `maximum`).
    Int { min: i64, max: i64 },
    /// A nested object validated with its own table (an OAS `$ref`).
    Object(&'static [Field]),
    /// A list of strings of at most `item_max` characters each (the OAS `items.maxLength`).
    List { item_max: usize },
}

struct Field {
    name: &'static str,
    /// Required when the serializer is not partial (create and PUT at the top level; always when nested in
    /// `subjectIdentificatie`, which the reference validates non-partially, also in PATCH).
    required: bool,
    null: bool,
    kind: Kind,
}

const fn text(name: &'static str, max: usize) -> Field {
    Field { name, required: false, null: false, kind: Kind::Text { max, blank: true, check: Check::Plain } }
}

const fn checked(name: &'static str, max: usize, check: Check) -> Field {
    Field { name, required: false, null: false, kind: Kind::Text { max, blank: true, check } }
}

const fn required(name: &'static str, max: usize, check: Check) -> Field {
    Field { name, required: true, null: false, kind: Kind::Text { max, blank: false, check } }
}

const fn int(name: &'static str, min: i64, max: i64) -> Field {
    Field { name, required: false, null: true, kind: Kind::Int { min, max } }
}

const fn object(name: &'static str, fields: &'static [Field]) -> Field {
    Field { name, required: false, null: true, kind: Kind::Object(fields) }
}

const ADRES: &[Field] = &[
    text("straatnaam", 100),
    int("huisnummer", 0, 99999),
    text("huisletter", 1),
    text("huisnummertoevoeging", 4),
    text("postcode", 7),
    text("woonplaatsnaam", 80),
    text("landcode", 4),
];

const KLANT: &[Field] = &[
    required("bronorganisatie", 9, Check::Rsin),
    required("klantnummer", 8, Check::Plain),
    text("bedrijfsnaam", 200),
    text("functie", 200),
    required("website_url", 1000, Check::Url),
    text("voornaam", 200),
    text("voorvoegsel_achternaam", 10),
    text("achternaam", 200),
    text("telefoonnummer", 20),
    checked("emailadres", 254, Check::Email),
    object("adres", ADRES),
    checked("subject", 1000, Check::Subject),
    Field {
        name: "subject_type",
        required: false,
        null: true,
        kind: Kind::Choice { choices: &super::model::SUBJECT_TYPES, blank: true },
    },
];

const VERBLIJFSADRES: &[Field] = &[
    required("aoa_identificatie", 100, Check::Plain),
    text("wpl_woonplaats_naam", 80),
    required("gor_openbare_ruimte_naam", 80, Check::Plain),
    text("aoa_postcode", 7),
    int("aoa_huisnummer", 0, 99999),
    text("aoa_huisletter", 1),
    text("aoa_huisnummertoevoeging", 4),
    text("inp_locatiebeschrijving", 1000),
];

const SUB_VERBLIJF_BUITENLAND: &[Field] = &[
    required("lnd_landcode", 4, Check::Plain),
    required("lnd_landnaam", 40, Check::Plain),
    text("sub_adres_buitenland_1", 35),
    text("sub_adres_buitenland_2", 35),
    text("sub_adres_buitenland_3", 35),
];

const GESLACHTSAANDUIDING: &[&str] = &["m", "v", "o"];

/// The values of `innRechtsvorm`, exactly as the reference has them (one "n" in `venootschap` included).
const RECHTSVORMEN: &[&str] = &[
    "besloten_vennootschap",
    "cooperatie_europees_economische_samenwerking",
    "europese_cooperatieve_venootschap",
    "europese_naamloze_vennootschap",
    "kerkelijke_organisatie",
    "naamloze_vennootschap",
    "onderlinge_waarborg_maatschappij",
    "overig_privaatrechtelijke_rechtspersoon",
    "stichting",
    "vereniging",
    "vereniging_van_eigenaars",
    "publiekrechtelijke_rechtspersoon",
    "vennootschap_onder_firma",
    "maatschap",
    "rederij",
    "commanditaire_vennootschap",
    "kapitaalvennootschap_binnen_eer",
    "overige_buitenlandse_rechtspersoon_vennootschap",
    "kapitaalvennootschap_buiten_eer",
];

const NATUURLIJK_PERSOON: &[Field] = &[
    checked("inp_bsn", 9, Check::Rsin),
    text("anp_identificatie", 17),
    checked("inp_a_nummer", 10, Check::ANummer),
    text("geslachtsnaam", 200),
    text("voorvoegsel_geslachtsnaam", 80),
    text("voorletters", 20),
    text("voornamen", 200),
    Field {
        name: "geslachtsaanduiding",
        required: false,
        null: false,
        kind: Kind::Choice { choices: GESLACHTSAANDUIDING, blank: true },
    },
    text("geboortedatum", 18),
    object("verblijfsadres", VERBLIJFSADRES),
    object("sub_verblijf_buitenland", SUB_VERBLIJF_BUITENLAND),
];

const NIET_NATUURLIJK_PERSOON: &[Field] = &[
    checked("inn_nnp_id", 9, Check::Rsin),
    text("ann_identificatie", 17),
    text("statutaire_naam", 500),
    Field {
        name: "inn_rechtsvorm",
        required: false,
        null: false,
        kind: Kind::Choice { choices: RECHTSVORMEN, blank: true },
    },
    text("bezoekadres", 1000),
    object("sub_verblijf_buitenland", SUB_VERBLIJF_BUITENLAND),
];

const VESTIGING: &[Field] = &[
    text("vestigings_nummer", 24),
    Field { name: "handelsnaam", required: false, null: false, kind: Kind::List { item_max: 625 } },
    object("verblijfsadres", VERBLIJFSADRES),
    object("sub_verblijf_buitenland", SUB_VERBLIJF_BUITENLAND),
];

/// The key of the identificatie: `subjectIdentificatie` is validated with the table of the klant's (effective)
/// subject type, never partially; `null` is refused and an absent one leaves the stored one (see [`validate_klant`]).
const IDENTIFICATIE: &str = "subject_identificatie";

/// The identificatie table of each subject type (the OAS discriminator's subtypes of Klant).
const IDENTIFICATIES: &[(&str, &[Field])] = &[
    ("natuurlijk_persoon", NATUURLIJK_PERSOON),
    ("niet_natuurlijk_persoon", NIET_NATUURLIJK_PERSOON),
    ("vestiging", VESTIGING),
];

const MAX_INT_STRING: usize = 1000;

const REQUIRED: &str = "Dit veld is vereist.";
const NOT_BLANK: &str = "Dit veld mag niet leeg zijn.";

/// The reference's camelCasing of `invalidParams` names: only a letter, underscore, letter run is merged, so
/// `inp_a_nummer` becomes `inpA_nummer` and `sub_adres_buitenland_1` becomes `subAdresBuitenland_1`.
pub fn error_name(snake: &str) -> String {
    let chars: Vec<char> = snake.chars().collect();
    let mut out = String::with_capacity(snake.len());
    let mut i = 0;
    while i < chars.len() {
        if i + 2 < chars.len()
            && chars[i].is_ascii_lowercase()
            && chars[i + 1] == '_'
            && chars[i + 2].is_ascii_lowercase()
        {
            out.push(chars[i]);
            out.push(chars[i + 2].to_ascii_uppercase());
            i += 3;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// djangorestframework-camel-case's `underscoreize`: every key, nested ones included, through
/// [`python::camel_to_underscore`]; two keys that become one keep the first's place and the last's value, as in a
/// Python dict.
fn snake_keys(v: &Json) -> Json {
    match v {
        Json::Dict(m) => {
            let mut out = IndexMap::with_capacity(m.len());
            for (k, v) in m {
                out.insert(python::camel_to_underscore(k), snake_keys(v));
            }
            Json::Dict(out)
        }
        Json::List(items) => Json::List(items.iter().map(snake_keys).collect()),
        other => other.clone(),
    }
}

struct Ctx {
    errors: Vec<InvalidParam>,
    /// The outcome of the kla-002 remote check of `subject`, done before the walk (it is the only I/O).
    subject_check: Option<Result<(), String>>,
}

impl Ctx {
    fn err(&mut self, path: &str, code: &str, reason: impl Into<String>) {
        self.errors.push(InvalidParam::new(path, code, reason));
    }
}

fn join(prefix: &str, name: &str) -> String {
    let name = error_name(name);
    if prefix.is_empty() {
        name
    } else {
        format!("{prefix}.{name}")
    }
}

/// DRF `CharField.to_internal_value` plus the validators of one text field: a text is stripped, a number becomes
/// Python's `str()` of it (`1e+16`, an integer exactly); anything else is the field's `invalid` (a URL field's and an
/// e-mail field's own message, `Not a valid string.` for the others).
fn validate_text(ctx: &mut Ctx, path: &str, v: &Json, max: usize, blank: bool, check: Check) -> Option<Value> {
    let s = match v {
        Json::Str(s) => python::strip(s).to_string(),
        Json::Int(_) | Json::Float(_) => python::str(v),
        _ => {
            let reason = match check {
                Check::Url | Check::Subject => "Voer een geldige URL in.",
                Check::Email => "Voer een geldig e-mailadres in.",
                _ => "Not a valid string.",
            };
            ctx.err(path, "invalid", reason);
            return None;
        }
    };
    if s.is_empty() {
        if !blank {
            ctx.err(path, "blank", NOT_BLANK);
            return None;
        }
        return Some(Value::String(s));
    }
    let before = ctx.errors.len();
    match check {
        Check::Rsin => {
            if let Err(e) = check_rsin(&s) {
                ctx.err(path, e.code(), e.reason());
            }
        }
        Check::ANummer => {
            if !is_valid_a_nummer(&s) {
                ctx.err(path, "a-nummer-incorrect-format", "inpA_nummer must consist of 10 digits");
            }
        }
        Check::Subject => {
            // kla-002: the remote check runs first, before the format check, as in the reference.
            if let Some(Err(reason)) = ctx.subject_check.clone() {
                ctx.err(path, "bad-url", reason);
            }
        }
        Check::Plain | Check::Url | Check::Email => {}
    }
    if s.chars().count() > max {
        ctx.err(path, "max_length", format!("Zorg ervoor dat dit veld niet meer dan {max} karakters bevat."));
    }
    if s.contains('\0') {
        ctx.err(path, "null_characters_not_allowed", "Null-tekens zijn niet toegestaan.");
    }
    match check {
        Check::Url | Check::Subject if !is_valid_url(&s) => ctx.err(path, "invalid", "Voer een geldige URL in."),
        Check::Email if !is_valid_email(&s) => ctx.err(path, "invalid", "Voer een geldig e-mailadres in."),
        _ => {}
    }
    (ctx.errors.len() == before).then_some(Value::String(s))
}

/// DRF `IntegerField` with the model's range (`min..=max`, 0..=99999 for every integer of the reference):
/// `int(re.sub(r'\.0*\s*$', '', str(data)))`, so `12`, `"12"`, `12.0`, `"12.00 "`, `" 1_000"` and `"٥"` are numbers and
/// `1.5`, `1e16`, `true` and `"abc"` are not.
fn validate_int(ctx: &mut Ctx, path: &str, v: &Json, min: i64, max: i64) -> Option<Value> {
    const INVALID: &str = "Een geldig getal is vereist.";
    if let Json::Str(s) = v {
        if s.chars().count() > MAX_INT_STRING {
            ctx.err(path, "max_string_length", "Tekstwaarde is te lang.");
            return None;
        }
    }
    let parsed = match v {
        Json::Str(_) | Json::Int(_) | Json::Float(_) | Json::Bool(_) => {
            python::int(without_zero_fraction(&python::str(v)))
        }
        _ => None,
    };
    let Some(i) = parsed else {
        ctx.err(path, "invalid", INVALID);
        return None;
    };
    if i > max as i128 {
        ctx.err(path, "max_value", format!("Zorg ervoor dat deze waarde kleiner is dan of gelijk is aan {max}."));
        return None;
    }
    if i < min as i128 {
        ctx.err(path, "min_value", format!("Zorg ervoor dat deze waarde groter is dan of gelijk is aan {min}."));
        return None;
    }
    Some(Value::Number((i as i64).into()))
}

/// DRF's `re.sub(r'\.0*\s*$', '', text)`: a point, only zeros and white space after it, at the end, removed.
fn without_zero_fraction(text: &str) -> &str {
    for (i, _) in text.match_indices('.') {
        let rest = text[i + 1..].trim_start_matches('0');
        if rest.chars().all(python::is_space) {
            return &text[..i];
        }
    }
    text
}

fn validate_choice(ctx: &mut Ctx, path: &str, v: &Json, choices: &[&str], blank: bool) -> Option<Value> {
    if let Json::Str(s) = v {
        if s.is_empty() && blank {
            return Some(Value::String(String::new()));
        }
    }
    let text = python::str(v);
    if choices.contains(&text.as_str()) {
        Some(Value::String(text))
    } else {
        ctx.err(path, "invalid_choice", format!("\"{text}\" is een ongeldige keuze."));
        None
    }
}

fn validate_list(ctx: &mut Ctx, path: &str, v: &Json, item_max: usize) -> Option<Value> {
    let Json::List(items) = v else {
        ctx.err(path, "not_a_list", format!("Verwachtte een lijst met items, maar kreeg type \"{}\".", v.type_name()));
        return None;
    };
    let before = ctx.errors.len();
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let item_path = format!("{path}.{i}");
        if *item == Json::Null {
            ctx.err(&item_path, "null", NOT_BLANK);
            continue;
        }
        if let Some(v) = validate_text(ctx, &item_path, item, item_max, true, Check::Plain) {
            out.push(v);
        }
    }
    (ctx.errors.len() == before).then_some(Value::Array(out))
}

/// Validates one object against a field table; `partial` skips the `required` rule (PATCH at the top level).
fn validate_object(
    ctx: &mut Ctx,
    prefix: &str,
    m: &IndexMap<String, Json>,
    fields: &[Field],
    partial: bool,
) -> Map<String, Value> {
    let mut out = Map::new();
    for f in fields {
        let path = join(prefix, f.name);
        let Some(v) = m.get(f.name) else {
            if f.required && !partial {
                ctx.err(&path, "required", REQUIRED);
            }
            continue;
        };
        if *v == Json::Null {
            if f.null {
                out.insert(f.name.into(), Value::Null);
            } else {
                ctx.err(&path, "null", NOT_BLANK);
            }
            continue;
        }
        let value = match &f.kind {
            Kind::Text { max, blank, check } => validate_text(ctx, &path, v, *max, *blank, *check),
            Kind::Choice { choices, blank } => validate_choice(ctx, &path, v, choices, *blank),
            Kind::Int { min, max } => validate_int(ctx, &path, v, *min, *max),
            Kind::List { item_max } => validate_list(ctx, &path, v, *item_max),
            // Nested serializers of the identificatie are validated non-partially even in PATCH, as in the reference.
            Kind::Object(nested) => match v {
                Json::Dict(inner) => Some(Value::Object(validate_object(ctx, &path, inner, nested, false))),
                other => {
                    ctx.err(
                        &format!("{path}.nonFieldErrors"),
                        "invalid",
                        format!("Ongeldige data. Verwacht een dictionary, kreeg een {}.", other.type_name()),
                    );
                    None
                }
            },
        };
        if let Some(value) = value {
            out.insert(f.name.into(), value);
        }
    }
    out
}

/// What a klant body validates to: the snake_case input with coerced values (only the keys that were sent), and,
/// on create, whether the client left `klantnummer` to the server (kla-001).
#[derive(Debug, Default)]
pub struct Validated {
    pub input: Map<String, Value>,
    pub generate_klantnummer: bool,
}

/// The identificatie field table for a subject type.
fn identificatie_fields(subject_type: &str) -> Option<&'static [Field]> {
    IDENTIFICATIES.iter().find(|(t, _)| *t == subject_type).map(|(_, fields)| *fields)
}

/// Validates a klant body in the reference's order: the body's type, the base fields (with the kla-002
/// remote check of `subject` and the immutability of `subjectType`), then `subjectIdentificatie` for the effective
/// subject type. `stored_subject_type` is the stored klant's type on update (`None` on create).
/// Uniqueness and `invalid-subject` need the store and are checked by the caller, in that order.
pub async fn validate_klant(
    body: &Json,
    op: Operation,
    stored_subject_type: Option<Option<&str>>,
    subject: &SubjectChecker,
) -> Result<Validated, Vec<InvalidParam>> {
    let mut body = match body {
        Json::Dict(_) => match snake_keys(body) {
            Json::Dict(m) => m,
            _ => unreachable!("a dict stays a dict"),
        },
        Json::Null => return Err(vec![InvalidParam::new("nonFieldErrors", "null", "No data provided")]),
        other => {
            return Err(vec![InvalidParam::new(
                "nonFieldErrors",
                "invalid",
                format!("Ongeldige data. Verwacht een dictionary, kreeg een {}.", other.type_name()),
            )])
        }
    };

    let mut generate_klantnummer = false;
    if op == Operation::Create {
        // kla-001 (README, Deviations from the reference, item 2): absent, null or blank means "generate one".
        let not_sent = match body.get("klantnummer") {
            None | Some(Json::Null) => true,
            Some(Json::Str(s)) => python::strip(s).is_empty(),
            _ => false,
        };
        if not_sent {
            body.shift_remove("klantnummer");
            generate_klantnummer = true;
        }
    }

    let subject_check = match body.get("subject") {
        Some(Json::Str(s)) if !python::strip(s).is_empty() => Some(subject.check(python::strip(s)).await),
        Some(n @ (Json::Int(_) | Json::Float(_))) => Some(subject.check(&python::str(n)).await),
        _ => None,
    };
    let mut ctx = Ctx { errors: Vec::new(), subject_check };
    let partial = op == Operation::PartialUpdate;
    let mut fields_ok = validate_object(&mut ctx, "", &body, KLANT, partial);
    if op == Operation::Create && generate_klantnummer {
        // the table marks klantnummer required; on create it is not (kla-001)
        ctx.errors.retain(|e| e.name != "klantnummer");
    }

    // README, Deviations from the reference, item 11: `subjectType: ""` is read as null.
    if let Some(Value::String(s)) = fields_ok.get("subject_type") {
        if s.is_empty() {
            fields_ok.insert("subject_type".into(), Value::Null);
        }
    }
    if let (Some(stored), Some(new)) = (stored_subject_type, fields_ok.get("subject_type")) {
        // Immutability of subjectType, as in the reference; unlike the reference, null is no way around it (README,
        // Deviations from the reference, item 3).
        if new.as_str() != stored {
            ctx.err("subjectType", "wijzigen-niet-toegelaten", "Dit veld mag niet gewijzigd worden.");
        }
    }
    if !ctx.errors.is_empty() {
        return Err(ctx.errors);
    }

    let effective_type = match fields_ok.get("subject_type") {
        Some(v) => v.as_str().map(str::to_owned),
        None => stored_subject_type.flatten().map(str::to_owned),
    };
    if let Some(fields) = effective_type.as_deref().and_then(identificatie_fields) {
        match body.get(IDENTIFICATIE) {
            None => {}
            Some(Json::Null) => ctx.err("subjectIdentificatie", "null", NOT_BLANK),
            Some(Json::Dict(ident)) => {
                let ident = validate_object(&mut ctx, "subjectIdentificatie", ident, fields, false);
                fields_ok.insert(IDENTIFICATIE.into(), Value::Object(ident));
            }
            Some(other) => ctx.err(
                "subjectIdentificatie.nonFieldErrors",
                "invalid",
                format!("Ongeldige data. Verwacht een dictionary, kreeg een {}.", other.type_name()),
            ),
        }
    }
    if !ctx.errors.is_empty() {
        return Err(ctx.errors);
    }
    Ok(Validated { input: fields_ok, generate_klantnummer })
}

/// Merges validated input onto the internal form of a stored klant, as the reference does: values overwrite; a nested
/// object sent as null or `{}` is ignored (nothing is ever deleted); a non-empty one merges field by field onto the
/// stored object, or onto blank defaults when there is none.
pub fn merge(stored: &mut Map<String, Value>, input: &Map<String, Value>) {
    for (k, v) in input {
        match v {
            Value::Object(inner) if inner.is_empty() => {}
            Value::Object(inner) => {
                let slot = stored.entry(k.clone()).or_insert_with(|| Value::Object(Map::new()));
                if !slot.is_object() {
                    *slot = Value::Object(Map::new());
                }
                if let Value::Object(target) = slot {
                    merge(target, inner);
                }
            }
            Value::Null if k != "subject_type" && k != "huisnummer" && k != "aoa_huisnummer" => {}
            other => {
                stored.insert(k.clone(), other.clone());
            }
        }
    }
}

/// Whether the validated input carries a non-empty identificatie (the reference's "validated identificatie").
pub fn has_identificatie_input(input: &Map<String, Value>) -> bool {
    matches!(input.get(IDENTIFICATIE), Some(Value::Object(m)) if !m.is_empty())
}

#[cfg(test)]
#[path = "spec_check.rs"]
mod spec_check;
