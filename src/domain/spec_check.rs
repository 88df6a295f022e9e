//! `openapi.yaml` against the validation tables (README, "Changing openapi.yaml").
//!
//! The test walks the Klant schema, every schema it references (`$ref`) and the subtypes of its `subjectType`
//! discriminator (the schemas that extend Klant with `allOf`, whose `subjectIdentificatie` is validated with
//! [`IDENTIFICATIES`]), and compares each property with the rule of the same name (the reference's snake_case of
//! it, as every request key is read) in the table of its serializer: the property itself (every property has a rule
//! and every rule a property), `type`, `maxLength`, `minLength`, `enum`, `nullable`, `required`, `minimum`,
//! `maximum`, `format` and `pattern`.
//!
//! Where the server deliberately differs from the OAS (mostly because the reference does), the difference is listed
//! in [`EXCEPTIONS`] with its reason. Any other difference fails the test with the schema, the field, the constraint
//! and both values; so does an exception that no longer differs.
//!
//! How a request uses the tables is not compared, as it is no property of a schema: `required` holds for create and
//! PUT and not for PATCH at the top level (the identificatie's tables are always applied whole), and on create a
//! missing `klantnummer` is generated (README, Deviations from the reference, item 2), both in `validate_klant`.
use std::collections::BTreeMap;

use yaml_rust2::{Yaml, YamlLoader};

use super::*;
use crate::domain::python::camel_to_underscore;

/// A deliberate difference between `openapi.yaml` and the validation tables.
struct Exception {
    /// The OAS schema that declares the property.
    schema: &'static str,
    /// The OAS property name (or the table's name of a rule that has no property).
    field: &'static str,
    /// The constraint that differs (as in the test's messages).
    constraint: &'static str,
    reason: &'static str,
}

const fn exception(
    schema: &'static str,
    field: &'static str,
    constraint: &'static str,
    reason: &'static str,
) -> Exception {
    Exception { schema, field, constraint, reason }
}

/// Nested serializers of the reference take `null` (and the merge ignores it), where the OAS `$ref` is not nullable.
const NESTED_NULL: &str = "the reference's nested serializer takes null, which the merge ignores (nothing is deleted)";
/// Choice fields of the reference are `blank=True`: `""` is accepted and means "not set"; the OAS enum has no `""`.
const CHOICE_BLANK: &str = "the reference's choice field is blank=True: \"\" is accepted and means \"not set\"";

const EXCEPTIONS: &[Exception] = &[
    exception("Klant", "url", "rule", "readOnly: the server writes it; a `url` in a request body is ignored"),
    exception(
        "Klant",
        "subjectType",
        "blank",
        "`\"\"` is read as null (README, Deviations from the reference, item 11)",
    ),
    exception("NatuurlijkPersoon", "geslachtsaanduiding", "blank", CHOICE_BLANK),
    exception("NatuurlijkPersoon", "verblijfsadres", "nullable", NESTED_NULL),
    exception("NatuurlijkPersoon", "subVerblijfBuitenland", "nullable", NESTED_NULL),
    exception("NietNatuurlijkPersoon", "innRechtsvorm", "blank", CHOICE_BLANK),
    exception("NietNatuurlijkPersoon", "subVerblijfBuitenland", "nullable", NESTED_NULL),
    exception("Vestiging", "verblijfsadres", "nullable", NESTED_NULL),
    exception("Vestiging", "subVerblijfBuitenland", "nullable", NESTED_NULL),
];

/// The pattern [`is_valid_a_nummer`] implements (see its docs).
const A_NUMMER_PATTERN: &str = "^[1-9][0-9]{9}$";

/// One difference: where it was found, and both sides.
struct Difference {
    schema: String,
    field: String,
    constraint: &'static str,
    oas: String,
    table: String,
    /// How the walk reached the schema (`Klant.subjectIdentificatie[vestiging].verblijfsadres`).
    path: String,
}

struct Walk<'a> {
    schemas: &'a Yaml,
    /// Keyed by (schema, field, constraint): a schema reached twice reports its differences once.
    found: BTreeMap<(String, String, &'static str), Difference>,
    /// The tables compared, so that a walk that misses one fails.
    visited: Vec<&'static str>,
}

fn show(v: Option<impl ToString>) -> String {
    v.map_or_else(|| "none".to_string(), |v| v.to_string())
}

const TABLES: [(&str, &[Field]); 7] = [
    ("KLANT", KLANT),
    ("ADRES", ADRES),
    ("VERBLIJFSADRES", VERBLIJFSADRES),
    ("SUB_VERBLIJF_BUITENLAND", SUB_VERBLIJF_BUITENLAND),
    ("NATUURLIJK_PERSOON", NATUURLIJK_PERSOON),
    ("NIET_NATUURLIJK_PERSOON", NIET_NATUURLIJK_PERSOON),
    ("VESTIGING", VESTIGING),
];

/// The name of a table (by its rules' names: two uses of a const need not share an address).
fn table_name(fields: &[Field]) -> &'static str {
    let same = |t: &[Field]| t.len() == fields.len() && t.iter().zip(fields).all(|(a, b)| a.name == b.name);
    TABLES.iter().find(|(_, t)| same(t)).map_or("(unnamed table)", |(n, _)| n)
}

/// The OAS `type` a rule validates.
fn kind_type(kind: &Kind) -> &'static str {
    match kind {
        Kind::Text { .. } | Kind::Choice { .. } => "string",
        Kind::Int { .. } => "integer",
        Kind::Object(_) => "object",
        Kind::List { .. } => "array",
    }
}

/// The OAS `format` and `pattern` a check implements (an RSIN has neither: the OAS only describes it).
fn check_format(check: Check) -> (Option<&'static str>, Option<&'static str>) {
    match check {
        Check::Url | Check::Subject => (Some("uri"), None),
        Check::Email => (Some("email"), None),
        Check::ANummer => (None, Some(A_NUMMER_PATTERN)),
        Check::Plain | Check::Rsin => (None, None),
    }
}

/// A short description of an OAS property, for a property without a rule.
fn describe(p: &Yaml) -> String {
    if let Some(target) = p["$ref"].as_str() {
        return target.to_string();
    }
    let mut out = p["type"].as_str().unwrap_or("?").to_string();
    for key in ["maxLength", "minLength", "minimum", "maximum"] {
        if let Some(n) = p[key].as_i64() {
            out.push_str(&format!(", {key} {n}"));
        }
    }
    if p["enum"].as_vec().is_some() {
        out.push_str(", enum");
    }
    if p["nullable"].as_bool() == Some(true) {
        out.push_str(", nullable");
    }
    out
}

fn ref_name(p: &Yaml) -> Option<&str> {
    p["$ref"].as_str().and_then(|r| r.strip_prefix("#/components/schemas/"))
}

impl Walk<'_> {
    fn differ(&mut self, schema: &str, field: &str, constraint: &'static str, oas: String, table: String, path: &str) {
        let key = (schema.to_string(), field.to_string(), constraint);
        self.found.entry(key).or_insert_with(|| Difference {
            schema: schema.into(),
            field: field.into(),
            constraint,
            oas,
            table,
            path: path.into(),
        });
    }

    fn check<T: PartialEq + ToString>(
        &mut self,
        at: (&str, &str, &str),
        constraint: &'static str,
        oas: Option<T>,
        table: Option<T>,
    ) {
        if oas != table {
            let (schema, field, path) = at;
            self.differ(schema, field, constraint, show(oas), show(table), path);
        }
    }

    fn schema(&self, name: &str) -> &Yaml {
        &self.schemas[name]
    }

    /// Compares the properties of schema `name` with the rules of `fields`.
    fn compare(&mut self, name: &str, fields: &'static [Field], path: &str) {
        self.visited.push(table_name(fields));
        let schema = self.schema(name).clone();
        assert!(schema["properties"].as_hash().is_some(), "{path}: schema {name} has no properties in openapi.yaml");
        let required: Vec<&str> =
            schema["required"].as_vec().map(|r| r.iter().filter_map(Yaml::as_str).collect()).unwrap_or_default();
        let properties = schema["properties"].as_hash().cloned().unwrap_or_default();
        let mut seen = Vec::new();
        for (key, p) in &properties {
            let Some(prop) = key.as_str() else { continue };
            let snake = camel_to_underscore(prop);
            let here = format!("{path}.{prop}");
            let Some(f) = fields.iter().find(|f| f.name == snake) else {
                let table = format!("no rule `{snake}` in {}", table_name(fields));
                self.differ(name, prop, "rule", describe(p), table, &here);
                continue;
            };
            seen.push(f.name);
            self.compare_property(name, prop, p, required.contains(&prop), f, &here);
        }
        for f in fields.iter().filter(|f| !seen.contains(&f.name)) {
            let table = format!("rule `{}` in {}", f.name, table_name(fields));
            self.differ(name, f.name, "rule", "no property".into(), table, &format!("{path}.{}", f.name));
        }
    }

    fn compare_property(&mut self, schema: &str, prop: &str, p: &Yaml, required: bool, f: &Field, path: &str) {
        let at = (schema, prop, path);
        self.check(at, "required", Some(required), Some(f.required));
        if let Some(target) = ref_name(p) {
            // OAS 3.0: the siblings of a `$ref` are ignored; nullable is the referenced schema's.
            let nullable = self.schema(target)["nullable"].as_bool().unwrap_or(false);
            self.check(at, "nullable", Some(nullable), Some(f.null));
            self.check(at, "type", Some("object"), Some(kind_type(&f.kind)));
            if let Kind::Object(nested) = &f.kind {
                self.compare(target, nested, path);
            }
            return;
        }
        self.check(at, "nullable", Some(p["nullable"].as_bool().unwrap_or(false)), Some(f.null));
        self.check(at, "type", p["type"].as_str(), Some(kind_type(&f.kind)));
        let (mut max_length, mut min_length, mut choices, mut blank) = (None, None, None, None);
        let (mut minimum, mut maximum, mut format, mut pattern, mut item_max) = (None, None, None, None, None);
        match &f.kind {
            Kind::Text { max, blank: b, check } => {
                max_length = Some(*max as i64);
                min_length = (!b).then_some(1);
                (format, pattern) = check_format(*check);
            }
            Kind::Choice { choices: c, blank: b } => {
                let mut c: Vec<String> = c.iter().map(|s| s.to_string()).collect();
                c.sort();
                choices = Some(c.join(", "));
                blank = Some(*b);
            }
            Kind::Int { min, max } => (minimum, maximum) = (Some(*min), Some(*max)),
            Kind::List { item_max: m } => item_max = Some(*m as i64),
            Kind::Object(_) => {}
        }
        self.check(at, "maxLength", p["maxLength"].as_i64(), max_length);
        self.check(at, "minLength", p["minLength"].as_i64(), min_length);
        self.check(at, "minimum", p["minimum"].as_i64(), minimum);
        self.check(at, "maximum", p["maximum"].as_i64(), maximum);
        self.check(at, "format", p["format"].as_str(), format);
        self.check(at, "pattern", p["pattern"].as_str(), pattern);
        self.check(at, "items.maxLength", p["items"]["maxLength"].as_i64(), item_max);
        let oas_enum = p["enum"].as_vec().map(|e| {
            let mut e: Vec<String> = e.iter().filter_map(Yaml::as_str).map(str::to_string).collect();
            e.sort();
            e
        });
        let oas_blank = oas_enum.as_ref().map(|e| e.iter().any(String::is_empty));
        let oas_enum = oas_enum.map(|e| e.into_iter().filter(|v| !v.is_empty()).collect::<Vec<_>>().join(", "));
        self.check(at, "enum", oas_enum, choices);
        // `blank`: whether `""` is accepted by a choice field (an OAS enum would have to list it).
        self.check(at, "blank", oas_blank, blank);
    }

    /// The subtypes of the discriminator: the schemas that extend Klant with `allOf`, each named after a subject
    /// type, whose other parts carry `subjectIdentificatie`.
    fn compare_subtypes(&mut self) {
        let schemas = self.schemas.as_hash().cloned().unwrap_or_default();
        let mut subtypes = Vec::new();
        for (key, schema) in &schemas {
            let (Some(name), Some(parts)) = (key.as_str(), schema["allOf"].as_vec()) else { continue };
            if !parts.iter().any(|p| ref_name(p) == Some("Klant")) {
                continue;
            }
            subtypes.push(name.to_string());
            let path = format!("Klant.subjectIdentificatie[{name}]");
            let Some((_, fields)) = IDENTIFICATIES.iter().find(|(t, _)| *t == name) else {
                let table = "no entry in IDENTIFICATIES".to_string();
                self.differ("Klant", name, "subtype", "a subtype of Klant".into(), table, &path);
                continue;
            };
            for part in parts.iter().filter_map(ref_name).filter(|r| *r != "Klant") {
                let part_schema = self.schema(part).clone();
                let properties = part_schema["properties"].as_hash().cloned().unwrap_or_default();
                for (key, p) in &properties {
                    let Some(prop) = key.as_str() else { continue };
                    if camel_to_underscore(prop) != IDENTIFICATIE {
                        let table = format!("only `{IDENTIFICATIE}` extends a klant");
                        self.differ(part, prop, "rule", describe(p), table, &path);
                        continue;
                    }
                    let Some(target) = ref_name(p) else {
                        self.differ(part, prop, "type", describe(p), "an identificatie object".into(), &path);
                        continue;
                    };
                    // validate_klant: a `subjectIdentificatie` may be left out and must not be null.
                    let at = (part, prop, path.as_str());
                    let required =
                        part_schema["required"].as_vec().is_some_and(|r| r.iter().any(|r| r.as_str() == Some(prop)));
                    self.check(at, "required", Some(required), Some(false));
                    let nullable = self.schema(target)["nullable"].as_bool().unwrap_or(false);
                    self.check(at, "nullable", Some(nullable), Some(false));
                    self.compare(target, fields, &path);
                }
            }
        }
        for (t, _) in IDENTIFICATIES.iter().filter(|(t, _)| !subtypes.iter().any(|s| s == t)) {
            let path = format!("Klant.subjectIdentificatie[{t}]");
            self.differ("Klant", t, "subtype", "no subtype".into(), "an entry in IDENTIFICATIES".into(), &path);
        }
    }
}

/// `openapi.yaml`, parsed.
fn openapi_yaml() -> Yaml {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.yaml");
    let yaml = std::fs::read_to_string(path).expect("openapi.yaml");
    YamlLoader::load_from_str(&yaml).expect("openapi.yaml is YAML").remove(0)
}

fn differences(doc: &Yaml) -> Vec<Difference> {
    let schemas = &doc["components"]["schemas"];
    assert_eq!(schemas["Klant"]["discriminator"]["propertyName"].as_str(), Some("subjectType"));
    let mut walk = Walk { schemas, found: BTreeMap::new(), visited: Vec::new() };
    walk.compare("Klant", KLANT, "Klant");
    walk.compare_subtypes();
    for (table, _) in TABLES {
        assert!(walk.visited.contains(&table), "the walk of openapi.yaml never reached the table {table}");
    }
    walk.found.into_values().collect()
}

/// The failures: the differences that are not exceptions, and the exceptions that no longer differ.
fn failures(found: &[Difference]) -> Vec<String> {
    let listed = |d: &Difference| {
        EXCEPTIONS.iter().any(|e| e.schema == d.schema && e.field == d.field && e.constraint == d.constraint)
    };
    let mut out: Vec<String> = found
        .iter()
        .filter(|d| !listed(d))
        .map(|d| {
            format!(
                "{}.{}: {}: openapi.yaml has {}; the validation table has {} (at {})",
                d.schema, d.field, d.constraint, d.oas, d.table, d.path
            )
        })
        .collect();
    for e in EXCEPTIONS {
        if !found.iter().any(|d| e.schema == d.schema && e.field == d.field && e.constraint == d.constraint) {
            out.push(format!(
                "{}.{}: {} no longer differs: remove its exception (\"{}\")",
                e.schema, e.field, e.constraint, e.reason
            ));
        }
    }
    out
}

#[test]
fn openapi_yaml_matches_the_validation_tables() {
    let failures = failures(&differences(&openapi_yaml()));
    assert!(
        failures.is_empty(),
        "openapi.yaml and the validation tables in src/domain/validation.rs differ (README, \"Changing \
         openapi.yaml\"); change the table, or list a deliberate difference in EXCEPTIONS of \
         src/domain/spec_check.rs:\n  {}",
        failures.join("\n  ")
    );
}

fn properties_mut<'a>(doc: &'a mut Yaml, schema: &str) -> &'a mut yaml_rust2::yaml::Hash {
    doc["components"]["schemas"][schema]["properties"].as_mut_hash().expect("properties")
}

/// The walk names what changed: a constraint, a property without a rule and a rule without a property (on top of
/// whatever differs in openapi.yaml as it is).
#[test]
fn a_change_to_openapi_yaml_is_named() {
    let doc = openapi_yaml();
    let before = failures(&differences(&doc));
    let mut changed = doc.clone();
    let key = |k: &str| Yaml::String(k.into());
    // vestigingsNummer one longer than its rule
    let max = match VESTIGING.iter().find(|f| f.name == "vestigings_nummer").map(|f| &f.kind) {
        Some(Kind::Text { max, .. }) => *max as i64,
        _ => panic!("no text rule vestigings_nummer"),
    };
    let vestiging = properties_mut(&mut changed, "Vestiging");
    let nummer = vestiging.get_mut(&key("vestigingsNummer")).and_then(Yaml::as_mut_hash).expect("vestigingsNummer");
    nummer.insert(key("maxLength"), Yaml::Integer(max + 1));
    // handelsnaam renamed
    let handelsnaam = vestiging.remove(&key("handelsnaam")).expect("handelsnaam");
    vestiging.insert(key("handelsnamen"), handelsnaam);
    // a new property of Klant
    let property = YamlLoader::load_from_str("type: string\nmaxLength: 3").unwrap().remove(0);
    properties_mut(&mut changed, "Klant").insert(key("nieuweEigenschap"), property);

    let after = failures(&differences(&changed));
    let new: Vec<&String> = after.iter().filter(|f| !before.contains(f)).collect();
    let expected = [
        "Klant.nieuweEigenschap: rule: openapi.yaml has string, maxLength 3; the validation table has no rule \
         `nieuwe_eigenschap` in KLANT"
            .to_string(),
        "Vestiging.handelsnaam: rule: openapi.yaml has no property; the validation table has rule `handelsnaam` in \
         VESTIGING"
            .to_string(),
        "Vestiging.handelsnamen: rule: openapi.yaml has array; the validation table has no rule `handelsnamen` in \
         VESTIGING"
            .to_string(),
        format!("Vestiging.vestigingsNummer: maxLength: openapi.yaml has {}; the validation table has {max}", max + 1),
    ];
    for e in &expected {
        assert!(new.iter().any(|f| f.starts_with(e.as_str())), "missing {e:?} in {new:#?}");
    }
    assert_eq!(new.len(), expected.len(), "{new:#?}");
}
