//! The klant as `openapi.yaml` describes it, generated at build time (build.rs, `build/description.rs`) together with
//! what the server adds beyond it (`openapi.overlay.yaml`): the API-shaped types ([`Klant`], its nested schemas and
//! [`SubjectIdentificatie`], one variant per subject type), the rules of every property ([`SCHEMAS`]), the filters
//! of `GET /klanten` ([`FILTERS`]) and the [`SHAPE`] of a representation. This file holds the types the generated
//! tables are made of; validation (`super::validation`), the representation (`super::representation`) and the store
//! work from the tables, so that a property added to, changed in or removed from openapi.yaml needs no edit here or
//! anywhere under `src/` (README, "Changing openapi.yaml").
use serde_json::{Map, Value};

/// A schema of [`SCHEMAS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SchemaId(pub usize);

impl SchemaId {
    pub fn schema(self) -> &'static Schema {
        &SCHEMAS[self.0]
    }
}

#[derive(Debug)]
pub struct Schema {
    pub name: &'static str,
    /// In the OAS order, which is the order of the representation's keys and of the reference's errors.
    pub properties: &'static [Property],
}

#[derive(Debug)]
pub struct Property {
    /// The OAS name, the key of the representation.
    pub name: &'static str,
    /// The name as the reference reads a body key (djangorestframework-camel-case's `camel_to_underscore`).
    pub snake: &'static str,
    pub kind: Kind,
    pub required: bool,
    /// Written by the server; a value in a body is ignored.
    pub read_only: bool,
    pub max_length: Option<i64>,
    pub min_length: Option<i64>,
    pub blank: Blank,
    pub null: Null,
    pub check: Check,
    pub format: Format,
    pub pattern: Option<Pattern>,
    /// On create, absent, `null` or blank means the server generates the value (kla-001).
    pub generated_on_create: bool,
}

#[derive(Debug)]
pub enum Kind {
    Text,
    /// One of these (the OAS `enum`).
    Choice(&'static [&'static str]),
    Integer {
        minimum: Option<i64>,
        maximum: Option<i64>,
    },
    Boolean,
    /// A list of texts of at most `item_max` characters each.
    List {
        item_max: Option<i64>,
    },
    /// A nested object of another schema.
    Object(SchemaId),
}

/// What `""` (or white space) is for a text or choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Blank {
    /// "not set" (`""` is stored).
    Accepted,
    /// Refused (code `blank`): the OAS `minLength: 1`, or an enum without `""`.
    Refused,
    /// Read as `null` (`subjectType`; README, Deviations from the reference, item 11).
    AsNull,
}

/// What `null` is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Null {
    /// Stored as null (the OAS `nullable`).
    Accepted,
    /// Accepted and ignored: a nested object sent as null changes nothing (nothing is ever deleted).
    Ignored,
    /// Refused (code `null`).
    Refused,
}

/// A rule of the reference beyond the OAS, run before the length check (`openapi.overlay.yaml`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    None,
    /// The 11-proef of an RSIN or BSN.
    Rsin,
    /// kla-002: the URL must answer HTTP 200.
    Subject,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    None,
    Uri,
    Email,
}

/// The OAS `pattern` of a property, with the code and reason of a value that does not match it.
#[derive(Debug)]
pub struct Pattern {
    pub regex: &'static str,
    pub code: &'static str,
    pub reason: &'static str,
}

/// The discriminator of a klant: `property` (`subjectType`) chooses the schema of `key` (`subjectIdentificatie`).
#[derive(Debug)]
pub struct Discriminator {
    pub property: &'static str,
    pub snake: &'static str,
    pub key: &'static str,
    pub key_snake: &'static str,
    pub variants: &'static [Variant],
}

#[derive(Debug)]
pub struct Variant {
    pub value: &'static str,
    pub schema: SchemaId,
}

impl Discriminator {
    /// The identificatie schema of a subject type.
    pub fn variant(&self, value: &str) -> Option<SchemaId> {
        self.variants.iter().find(|v| v.value == value).map(|v| v.schema)
    }

    /// The subject types, in the OAS order.
    pub fn values(&self) -> impl Iterator<Item = &'static str> {
        self.variants.iter().map(|v| v.value)
    }
}

/// A filter of `GET /klanten`: exact, case-sensitive equality of a klant's value with the parameter's.
pub struct Filter {
    /// The OAS parameter name.
    pub parameter: &'static str,
    /// The name as the reference reads a query parameter (`camel_to_underscore`).
    pub snake: &'static str,
    /// The store's column holding each klant's value.
    pub column: &'static str,
    pub check: FilterCheck,
    /// The values of a choice filter.
    pub choices: &'static [&'static str],
    /// The klant's value (`""` where the path has none).
    pub value: fn(&Klant) -> String,
}

impl std::fmt::Debug for Filter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Filter").field("parameter", &self.parameter).field("column", &self.column).finish()
    }
}

/// How a filter's value is checked before it is matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilterCheck {
    /// A text, trimmed; NUL refused.
    Text,
    /// A text that must pass the 11-proef.
    Rsin,
    /// A text that must be a URL.
    Url,
    /// One of [`Filter::choices`], untrimmed.
    Choice,
}

/// Reading a stored representation back leniently: a missing key, or a value of another type, is the default.
mod read {
    use super::*;

    pub fn text(m: &Map<String, Value>, key: &str) -> String {
        match m.get(key) {
            Some(Value::String(s)) => s.clone(),
            _ => String::new(),
        }
    }

    pub fn nullable_text(m: &Map<String, Value>, key: &str) -> Option<String> {
        match m.get(key) {
            Some(Value::String(s)) => Some(s.clone()),
            _ => None,
        }
    }

    pub fn integer(m: &Map<String, Value>, key: &str) -> Option<i64> {
        m.get(key).and_then(Value::as_i64)
    }

    #[allow(dead_code)] // for a boolean property, which openapi.yaml may get
    pub fn boolean(m: &Map<String, Value>, key: &str) -> bool {
        m.get(key).and_then(Value::as_bool).unwrap_or(false)
    }

    pub fn texts(m: &Map<String, Value>, key: &str) -> Vec<String> {
        match m.get(key) {
            Some(Value::Array(items)) => items.iter().filter_map(|v| v.as_str().map(str::to_string)).collect(),
            _ => Vec::new(),
        }
    }

    pub fn object<T>(m: &Map<String, Value>, key: &str, from: fn(&Map<String, Value>) -> T) -> Option<Box<T>> {
        match m.get(key) {
            Some(Value::Object(o)) => Some(Box::new(from(o))),
            _ => None,
        }
    }
}

include!(concat!(env!("OUT_DIR"), "/description.rs"));

/// `http://HOST/api/v1/klanten/UUID`, built from the request's `Host` as the reference does.
pub fn klant_url(base_url: &str, uuid: &str) -> String {
    format!("{base_url}{KLANT_PATH}{uuid}")
}

impl Klant {
    /// The audit `resourceWeergave`, as the reference's model writes it (`unique_representation`):
    /// `"{bronorganisatie} - {klantnummer}"`.
    pub fn unique_representation(&self) -> String {
        format!("{} - {}", self.bronorganisatie, self.klantnummer)
    }

    /// Whether the klant has an identificatie of its subject type (the reference's `subject_identificatie`).
    pub fn has_identificatie(&self) -> bool {
        matches!((&self.subject_identificatie, self.subject_type.as_deref()), (Some(i), Some(t)) if i.subject_type() == t)
    }

    /// The subject types this server knows: the discriminator's values.
    pub fn subject_types() -> impl Iterator<Item = &'static str> {
        DISCRIMINATOR.values()
    }

    /// The klant of a stored representation (`uuid` comes from the row).
    pub fn from_representation(uuid: &str, representation: &Value) -> Klant {
        match representation {
            Value::Object(m) => Klant::from_map(m, uuid),
            _ => Klant { uuid: uuid.to_string(), ..Klant::default() },
        }
    }

    /// Each filter's value of this klant, in the order of [`FILTERS`].
    pub fn filter_values(&self) -> Vec<String> {
        FILTERS.iter().map(|f| (f.value)(self)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::names::camel_to_underscore;

    /// The names build.rs computed are the server's own conversions of the OAS names.
    #[test]
    fn the_generated_names_are_the_servers_conversions() {
        for schema in &SCHEMAS {
            for p in schema.properties {
                assert_eq!(p.snake, camel_to_underscore(p.name), "{}.{}", schema.name, p.name);
            }
        }
        for f in &FILTERS {
            assert_eq!(f.snake, camel_to_underscore(f.parameter));
        }
        assert_eq!(DISCRIMINATOR.snake, camel_to_underscore(DISCRIMINATOR.property));
    }

    /// Every query parameter of `klant_list` but `page` is a filter, in the OAS order.
    #[test]
    fn every_list_parameter_is_a_filter() {
        let params: Vec<&str> =
            klanten_api::KLANT_LIST_QUERY_PARAMETERS.iter().copied().filter(|p| *p != "page").collect();
        let filters: Vec<&str> = FILTERS.iter().map(|f| f.parameter).collect();
        assert_eq!(params, filters);
    }

    #[test]
    fn a_representation_reads_back_to_the_same_klant() {
        let text = r#"{"url":"/api/v1/klanten/u","bronorganisatie":"950428139","klantnummer":"1","bedrijfsnaam":"",
            "functie":"","websiteUrl":"http://x.nl","voornaam":"","voorvoegselAchternaam":"","achternaam":"",
            "telefoonnummer":"","emailadres":"","adres":{"straatnaam":"Keizersgracht","huisnummer":117,"huisletter":"",
            "huisnummertoevoeging":"","postcode":"","woonplaatsnaam":"","landcode":""},"subject":"",
            "subjectType":"vestiging","subjectIdentificatie":{"vestigingsNummer":"1","handelsnaam":["a","b"],
            "verblijfsadres":null,"subVerblijfBuitenland":null}}"#;
        let value: Value = serde_json::from_str(text).unwrap();
        let k = Klant::from_representation("u", &value);
        assert_eq!(k.to_value(), value);
        let filters = k.filter_values();
        let at = |p: &str| filters[FILTERS.iter().position(|f| f.parameter == p).unwrap()].clone();
        assert_eq!(at("adres__straatnaam"), "Keizersgracht");
        assert_eq!(at("subjectVestiging__vestigingsNummer"), "1");
        assert_eq!(at("subjectNatuurlijkPersoon__inpBsn"), "");
        assert_eq!(at("subjectType"), "vestiging");
    }
}
