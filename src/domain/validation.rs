//! Request-body validation with the reference's codes, reasons and `invalidParams` names, and the merge of
//! validated input onto a stored klant (PUT and PATCH both merge, as in the reference).
//!
//! The rules are openapi.yaml's own, generated with the overlay's additions ([`description::SCHEMAS`]); this file
//! walks them in the OAS order, which is the reference's field order, so that every error a client sees has the
//! reference's name, code, reason and position. What is written here is how each kind of rule answers (the
//! reference's Dutch messages and codes, DRF's coercions), never which property has which rule.
use indexmap::IndexMap;
use serde_json::{Map, Value};

use super::description::{
    Blank, Check, Format, Kind, Null, Property, Schema, SchemaId, DISCRIMINATOR, KLANT as KLANT_SCHEMA,
};
use super::json::Json;
use super::names::error_name;
use super::operation::Operation;
use super::python;
use super::subject::SubjectChecker;
use super::validators::{check_rsin, is_valid_email, is_valid_url};

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

/// DRF's longest text it reads as an integer.
const MAX_INT_STRING: usize = 1000;

const REQUIRED: &str = "Dit veld is vereist.";
const NOT_BLANK: &str = "Dit veld mag niet leeg zijn.";

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
    /// The outcome of the kla-002 remote check of the subject, done before the walk (it is the only I/O).
    subject_check: Option<Result<(), String>>,
}

impl Ctx {
    fn err(&mut self, path: &str, code: &str, reason: impl Into<String>) {
        self.errors.push(InvalidParam::new(path, code, reason));
    }
}

fn join(prefix: &str, snake: &str) -> String {
    let name = error_name(snake);
    if prefix.is_empty() {
        name
    } else {
        format!("{prefix}.{name}")
    }
}

/// DRF `CharField.to_internal_value` plus the validators of one text: a text is stripped, a number becomes Python's
/// `str()` of it (`1e+16`, an integer exactly); anything else is the field's `invalid` (a URL's and an e-mail
/// address's own message, `Not a valid string.` for the others). Then, in the reference's order: the overlay's check
/// (the 11-proef, or kla-002's fetch), the pattern, the length, NUL, the format.
fn validate_text(ctx: &mut Ctx, path: &str, v: &Json, p: &Property) -> Option<Value> {
    let s = match v {
        Json::Str(s) => python::strip(s).to_string(),
        Json::Int(_) | Json::Float(_) => python::str(v),
        _ => {
            let reason = match p.format {
                Format::Uri => "Voer een geldige URL in.",
                Format::Email => "Voer een geldig e-mailadres in.",
                Format::None => "Not a valid string.",
            };
            ctx.err(path, "invalid", reason);
            return None;
        }
    };
    if s.is_empty() {
        return match p.blank {
            Blank::Accepted => Some(Value::String(s)),
            Blank::AsNull => Some(Value::Null),
            Blank::Refused => {
                ctx.err(path, "blank", NOT_BLANK);
                None
            }
        };
    }
    let before = ctx.errors.len();
    match p.check {
        Check::Rsin => {
            if let Err(e) = check_rsin(&s) {
                ctx.err(path, e.code(), e.reason());
            }
        }
        Check::Subject => {
            // kla-002: the remote check runs first, before the format check, as in the reference.
            if let Some(Err(reason)) = ctx.subject_check.clone() {
                ctx.err(path, "bad-url", reason);
            }
        }
        Check::None => {}
    }
    if let Some(pattern) = &p.pattern {
        if !super::validators::matches_pattern(pattern.regex, &s) {
            ctx.err(path, pattern.code, pattern.reason);
        }
    }
    let length = s.chars().count() as i64;
    if let Some(max) = p.max_length.filter(|max| length > *max) {
        ctx.err(path, "max_length", format!("Zorg ervoor dat dit veld niet meer dan {max} karakters bevat."));
    }
    if let Some(min) = p.min_length.filter(|min| *min > 1 && length < *min) {
        ctx.err(path, "min_length", format!("Zorg ervoor dat dit veld minimaal {min} karakters bevat."));
    }
    if s.contains('\0') {
        ctx.err(path, "null_characters_not_allowed", "Null-tekens zijn niet toegestaan.");
    }
    match p.format {
        Format::Uri if !is_valid_url(&s) => ctx.err(path, "invalid", "Voer een geldige URL in."),
        Format::Email if !is_valid_email(&s) => ctx.err(path, "invalid", "Voer een geldig e-mailadres in."),
        _ => {}
    }
    (ctx.errors.len() == before).then_some(Value::String(s))
}

/// DRF `IntegerField` with the OAS `minimum` and `maximum`: `int(re.sub(r'\.0*\s*$', '', str(data)))`, so `12`,
/// `"12"`, `12.0`, `"12.00 "`, `" 1_000"` and `"٥"` are numbers and `1.5`, `1e16`, `true` and `"abc"` are not.
fn validate_int(ctx: &mut Ctx, path: &str, v: &Json, minimum: Option<i64>, maximum: Option<i64>) -> Option<Value> {
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
    if let Some(max) = maximum.filter(|max| i > i128::from(*max)) {
        ctx.err(path, "max_value", format!("Zorg ervoor dat deze waarde kleiner is dan of gelijk is aan {max}."));
        return None;
    }
    if let Some(min) = minimum.filter(|min| i < i128::from(*min)) {
        ctx.err(path, "min_value", format!("Zorg ervoor dat deze waarde groter is dan of gelijk is aan {min}."));
        return None;
    }
    match i64::try_from(i) {
        Ok(i) => Some(Value::Number(i.into())),
        Err(_) => {
            ctx.err(path, "invalid", INVALID);
            None
        }
    }
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

/// DRF `BooleanField`: its true and false spellings, anything else `invalid`.
fn validate_bool(ctx: &mut Ctx, path: &str, v: &Json) -> Option<Value> {
    let text = python::str(v);
    match text.as_str() {
        "t" | "T" | "y" | "Y" | "yes" | "YES" | "true" | "True" | "TRUE" | "on" | "On" | "ON" | "1" => {
            Some(Value::Bool(true))
        }
        "f" | "F" | "n" | "N" | "no" | "NO" | "false" | "False" | "FALSE" | "off" | "Off" | "OFF" | "0" => {
            Some(Value::Bool(false))
        }
        _ => {
            ctx.err(path, "invalid", format!("\"{text}\" is geen geldige boolean."));
            None
        }
    }
}

/// DRF `ChoiceField`: `""` as the overlay says, otherwise Python's `str()` of the value must be a choice.
fn validate_choice(ctx: &mut Ctx, path: &str, v: &Json, choices: &[&str], blank: Blank) -> Option<Value> {
    if let Json::Str(s) = v {
        if s.is_empty() {
            match blank {
                Blank::Accepted => return Some(Value::String(String::new())),
                Blank::AsNull => return Some(Value::Null),
                Blank::Refused => {}
            }
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

/// DRF `ListField` of texts of at most `item_max` characters.
fn validate_list(ctx: &mut Ctx, path: &str, v: &Json, item_max: Option<i64>) -> Option<Value> {
    let Json::List(items) = v else {
        ctx.err(path, "not_a_list", format!("Verwachtte een lijst met items, maar kreeg type \"{}\".", v.type_name()));
        return None;
    };
    let item = Property {
        name: "",
        snake: "",
        kind: Kind::Text,
        required: false,
        read_only: false,
        max_length: item_max,
        min_length: None,
        blank: Blank::Accepted,
        null: Null::Refused,
        check: Check::None,
        format: Format::None,
        pattern: None,
        generated_on_create: false,
    };
    let before = ctx.errors.len();
    let mut out = Vec::with_capacity(items.len());
    for (i, value) in items.iter().enumerate() {
        let item_path = format!("{path}.{i}");
        if *value == Json::Null {
            ctx.err(&item_path, "null", NOT_BLANK);
            continue;
        }
        if let Some(v) = validate_text(ctx, &item_path, value, &item) {
            out.push(v);
        }
    }
    (ctx.errors.len() == before).then_some(Value::Array(out))
}

fn not_an_object(ctx: &mut Ctx, path: &str, v: &Json) {
    ctx.err(
        &format!("{path}.nonFieldErrors"),
        "invalid",
        format!("Ongeldige data. Verwacht een dictionary, kreeg een {}.", v.type_name()),
    );
}

/// Validates one object (its keys in the reference's snake case) against a schema; `partial` skips `required`
/// (PATCH at the top level). The answer is keyed by the OAS names, with only what was sent; a `null` the merge
/// ignores is left out.
fn validate_object(
    ctx: &mut Ctx,
    prefix: &str,
    m: &IndexMap<String, Json>,
    schema: &Schema,
    op: Operation,
    partial: bool,
) -> Map<String, Value> {
    let mut out = Map::new();
    for p in schema.properties {
        if p.read_only {
            continue;
        }
        let path = join(prefix, p.snake);
        let v = match m.get(p.snake) {
            // kla-001 (README, Deviations from the reference, item 2): absent, null or blank means "generate one"
            Some(Json::Str(s)) if p.generated_on_create && op == Operation::Create && python::strip(s).is_empty() => {
                continue
            }
            Some(Json::Null) | None if p.generated_on_create && op == Operation::Create => continue,
            Some(v) => v,
            None => {
                if p.required && !partial {
                    ctx.err(&path, "required", REQUIRED);
                }
                continue;
            }
        };
        if *v == Json::Null {
            match p.null {
                Null::Accepted => {
                    out.insert(p.name.into(), Value::Null);
                }
                Null::Ignored => {}
                Null::Refused => ctx.err(&path, "null", NOT_BLANK),
            }
            continue;
        }
        let value = match &p.kind {
            Kind::Text => validate_text(ctx, &path, v, p),
            Kind::Choice(choices) => validate_choice(ctx, &path, v, choices, p.blank),
            Kind::Integer { minimum, maximum } => validate_int(ctx, &path, v, *minimum, *maximum),
            Kind::Boolean => validate_bool(ctx, &path, v),
            Kind::List { item_max } => validate_list(ctx, &path, v, *item_max),
            // nested objects are validated whole, also in PATCH, as the reference's nested serializers are
            Kind::Object(nested) => match v {
                Json::Dict(inner) => {
                    Some(Value::Object(validate_object(ctx, &path, inner, nested.schema(), op, false)))
                }
                other => {
                    not_an_object(ctx, &path, other);
                    None
                }
            },
        };
        if let Some(value) = value {
            out.insert(p.name.into(), value);
        }
    }
    out
}

/// What a klant body validates to: the input keyed by the OAS names, with coerced values (only the keys that were
/// sent), and, on create, whether the client left the generated property (`klantnummer`) to the server (kla-001).
#[derive(Debug, Default)]
pub struct Validated {
    pub input: Map<String, Value>,
    pub generate_klantnummer: bool,
}

/// Validates a klant body in the reference's order: the body's type, the base fields (with the kla-002 remote check
/// of the subject and the immutability of the subject type), then the identificatie for the effective subject type.
/// `stored_subject_type` is the stored klant's type on update (`None` on create). Uniqueness and `invalid-subject`
/// need the store and are checked by the caller, in that order.
pub async fn validate_klant(
    body: &Json,
    op: Operation,
    stored_subject_type: Option<Option<&str>>,
    subject: &SubjectChecker,
) -> Result<Validated, Vec<InvalidParam>> {
    let body = match body {
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
    let klant = KLANT_SCHEMA.schema();

    let generate_klantnummer = op == Operation::Create
        && klant.properties.iter().filter(|p| p.generated_on_create).any(|p| match body.get(p.snake) {
            None | Some(Json::Null) => true,
            Some(Json::Str(s)) => python::strip(s).is_empty(),
            _ => false,
        });

    let subject_property = klant.properties.iter().find(|p| p.check == Check::Subject);
    let subject_check = match subject_property.and_then(|p| body.get(p.snake)) {
        Some(Json::Str(s)) if !python::strip(s).is_empty() => Some(subject.check(python::strip(s)).await),
        Some(n @ (Json::Int(_) | Json::Float(_))) => Some(subject.check(&python::str(n)).await),
        _ => None,
    };
    let mut ctx = Ctx { errors: Vec::new(), subject_check };
    let partial = op == Operation::PartialUpdate;
    let mut fields_ok = validate_object(&mut ctx, "", &body, klant, op, partial);

    let discriminator = DISCRIMINATOR.property;
    if let (Some(stored), Some(new)) = (stored_subject_type, fields_ok.get(discriminator)) {
        // Immutability of the subject type, as in the reference; unlike the reference, null is no way around it
        // (README, Deviations from the reference, item 3).
        if new.as_str() != stored {
            ctx.err(
                &error_name(DISCRIMINATOR.snake),
                "wijzigen-niet-toegelaten",
                "Dit veld mag niet gewijzigd worden.",
            );
        }
    }
    if !ctx.errors.is_empty() {
        return Err(ctx.errors);
    }

    let effective_type = match fields_ok.get(discriminator) {
        Some(v) => v.as_str().map(str::to_owned),
        None => stored_subject_type.flatten().map(str::to_owned),
    };
    if let Some(schema) = effective_type.as_deref().and_then(|t| DISCRIMINATOR.variant(t)) {
        let key = error_name(DISCRIMINATOR.key_snake);
        match body.get(DISCRIMINATOR.key_snake) {
            None => {}
            Some(Json::Null) => ctx.err(&key, "null", NOT_BLANK),
            Some(Json::Dict(ident)) => {
                let ident = validate_object(&mut ctx, &key, ident, schema.schema(), op, false);
                fields_ok.insert(DISCRIMINATOR.key.into(), Value::Object(ident));
            }
            Some(other) => not_an_object(&mut ctx, &key, other),
        }
    }
    if !ctx.errors.is_empty() {
        return Err(ctx.errors);
    }
    Ok(Validated { input: fields_ok, generate_klantnummer })
}

/// Merges validated input (keyed by the OAS names) onto a klant's representation, as the reference does: values
/// overwrite; a nested object merges field by field onto the stored object, or onto an empty one when there is none
/// (its missing properties are then their defaults); `{}` changes nothing; a nested `null` never got here (nothing is
/// ever deleted).
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
            other => {
                stored.insert(k.clone(), other.clone());
            }
        }
    }
}

/// Whether the validated input carries a non-empty identificatie (the reference's "validated identificatie").
pub fn has_identificatie_input(input: &Map<String, Value>) -> bool {
    matches!(input.get(DISCRIMINATOR.key), Some(Value::Object(m)) if !m.is_empty())
}

/// The schema of a subject type's identificatie.
pub fn identificatie_schema(subject_type: &str) -> Option<SchemaId> {
    DISCRIMINATOR.variant(subject_type)
}
