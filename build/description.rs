//! The klant as `openapi.yaml` describes it, with what the server adds beyond it (`openapi.overlay.yaml`), turned
//! into Rust at build time (`$OUT_DIR/description.rs`, included by `src/domain/description.rs`):
//!
//! - **the API-shaped types**: one struct per schema a klant is made of (`Klant`, `KlantAdres`, the identificaties
//!   and their addresses), fields in the OAS order, and `SubjectIdentificatie` with one variant per value of the
//!   `subjectType` discriminator; each with `to_value` (the representation, key for key) and `from_value` (a stored
//!   representation read back: a key it lacks is its default, a key the OAS no longer has is dropped);
//! - **the rules**: a table per schema (`SCHEMAS`) with each property's type, `maxLength`, `minLength`, `enum`,
//!   `nullable`, `required`, `format`, `pattern`, `minimum`, `maximum`, and the overlay's additions;
//! - **the filters** of `GET /klanten` (`FILTERS`): each query parameter mapped to the property it matches by the
//!   OAS's naming (`adres__woonplaatsNaam` is `adres.woonplaatsnaam`, `subjectNatuurlijkPersoon__inpBsn` the
//!   natuurlijk_persoon identificatie's `inpBsn`), its column and how its value is checked;
//! - **the shape** (`SHAPE`): a digest of what a representation is made of, so that the store knows which stored
//!   representations were rendered for another openapi.yaml.
//!
//! The overlay is checked against the OAS here: an entry for a schema, property or parameter the OAS does not have,
//! or a setting this file does not know, fails the build with its place.
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use yaml_rust2::{Yaml, YamlLoader};

#[allow(dead_code)]
#[path = "../src/domain/names.rs"]
mod names;

use names::camel_to_underscore;

/// The pagination parameter of `GET /klanten` (DRF's `PageNumberPagination`): no filter.
const PAGE: &str = "page";

#[derive(Clone, Debug)]
enum Kind {
    Text,
    Choice(Vec<String>),
    Integer { minimum: Option<i64>, maximum: Option<i64> },
    Boolean,
    List { item_max: Option<i64> },
    Object(String),
}

#[derive(Clone, Debug, Default)]
struct Overlay {
    check: Option<String>,
    pattern_code: Option<String>,
    pattern_reason: Option<String>,
    blank: Option<String>,
    null: Option<String>,
    value: Option<String>,
    generated: Option<String>,
}

#[derive(Clone, Debug)]
struct Prop {
    name: String,
    snake: String,
    field: String,
    kind: Kind,
    required: bool,
    nullable: bool,
    read_only: bool,
    max_length: Option<i64>,
    min_length: Option<i64>,
    pattern: Option<String>,
    format: Option<String>,
    overlay: Overlay,
}

#[derive(Debug)]
struct Schema {
    name: String,
    props: Vec<Prop>,
}

struct Discriminator {
    property: String,
    key: String,
    /// (value, identificatie schema)
    variants: Vec<(String, String)>,
}

enum Step {
    Field(String, String),
    Identificatie(String),
}

struct Filter {
    parameter: String,
    snake: String,
    /// The schema and property at the end of the path.
    target: (String, String),
    path: Vec<Step>,
    check: String,
}

struct Description {
    schemas: Vec<Schema>,
    discriminator: Discriminator,
    filters: Vec<Filter>,
    base_path: String,
}

type Result<T> = std::result::Result<T, String>;

pub fn write(oas_path: &Path, overlay_path: &Path, out: &Path) -> Result<()> {
    let oas = load(oas_path)?;
    let overlay = load(overlay_path)?;
    let description = describe(&oas, &overlay, overlay_path)?;
    let code = emit(&description);
    std::fs::write(out, code).map_err(|e| format!("writing {}: {e}", out.display()))
}

fn load(path: &Path) -> Result<Yaml> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    let mut docs = YamlLoader::load_from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    if docs.len() != 1 {
        return Err(format!("{}: expected one YAML document", path.display()));
    }
    Ok(docs.remove(0))
}

fn schema_of<'a>(oas: &'a Yaml, name: &str) -> Result<&'a Yaml> {
    let s = &oas["components"]["schemas"][name];
    if s.is_badvalue() {
        return Err(format!("openapi.yaml: no schema {name}"));
    }
    Ok(s)
}

fn ref_name(y: &Yaml) -> Option<String> {
    y["$ref"].as_str().and_then(|r| r.strip_prefix("#/components/schemas/")).map(str::to_string)
}

/// A Rust identifier for a property's snake name.
fn field_name(snake: &str) -> String {
    const KEYWORDS: [&str; 12] =
        ["type", "match", "ref", "self", "struct", "enum", "fn", "use", "mod", "in", "for", "loop"];
    if snake.starts_with(|c: char| c.is_ascii_digit()) {
        format!("f_{snake}")
    } else if KEYWORDS.contains(&snake) {
        format!("r#{snake}")
    } else {
        snake.to_string()
    }
}

fn describe(oas: &Yaml, overlay: &Yaml, overlay_path: &Path) -> Result<Description> {
    let at = overlay_path.file_name().map_or_else(|| "the overlay".into(), |n| n.to_string_lossy().into_owned());
    let klant = schema_of(oas, "Klant")?;
    let property = klant["discriminator"]["propertyName"]
        .as_str()
        .ok_or("openapi.yaml: Klant has no discriminator.propertyName")?
        .to_string();

    // the discriminator's subtypes: schemas that are allOf Klant and one more schema with the identificatie
    let mut variants = Vec::new();
    let mut key = None;
    for (name, schema) in oas["components"]["schemas"].as_hash().into_iter().flatten() {
        let Some(parts) = schema["allOf"].as_vec() else { continue };
        if !parts.iter().any(|p| ref_name(p).as_deref() == Some("Klant")) {
            continue;
        }
        let value = name.as_str().unwrap_or_default().to_string();
        for part in parts {
            let Some(extra) = ref_name(part).filter(|r| r != "Klant") else { continue };
            for (k, v) in schema_of(oas, &extra)?["properties"].as_hash().into_iter().flatten() {
                let k = k.as_str().unwrap_or_default().to_string();
                let ident = ref_name(v).ok_or_else(|| format!("openapi.yaml: {extra}.{k} is no $ref"))?;
                if key.get_or_insert_with(|| k.clone()) != &k {
                    return Err(format!(
                        "openapi.yaml: the subtypes of Klant name their identificatie differently ({k})"
                    ));
                }
                variants.push((value.clone(), ident));
            }
        }
    }
    let key = key.ok_or("openapi.yaml: Klant has no subtypes with an identificatie")?;

    // the schemas a klant is made of, in the order they are first reached
    let mut order = vec!["Klant".to_string()];
    let mut i = 0;
    while i < order.len() {
        let name = order[i].clone();
        for (_, v) in schema_of(oas, &name)?["properties"].as_hash().into_iter().flatten() {
            if let Some(r) = ref_name(v) {
                if !order.contains(&r) {
                    order.push(r);
                }
            }
        }
        if i == 0 {
            for (_, ident) in &variants {
                if !order.contains(ident) {
                    order.push(ident.clone());
                }
            }
        }
        i += 1;
    }

    // the overlay, checked against those schemas
    let mut overlays: BTreeMap<(String, String), Overlay> = BTreeMap::new();
    for (top, _) in overlay.as_hash().into_iter().flatten() {
        let top = top.as_str().unwrap_or_default();
        if !["schemas", "filters"].contains(&top) {
            return Err(format!("{at}: unknown section `{top}` (there are `schemas` and `filters`)"));
        }
    }
    for (schema, props) in overlay["schemas"].as_hash().into_iter().flatten() {
        let schema = schema.as_str().unwrap_or_default().to_string();
        if !order.contains(&schema) {
            return Err(format!("{at}: schemas.{schema}: openapi.yaml has no schema {schema} in a klant"));
        }
        let oas_props = &schema_of(oas, &schema)?["properties"];
        for (prop, settings) in props.as_hash().into_iter().flatten() {
            let prop = prop.as_str().unwrap_or_default().to_string();
            if oas_props[prop.as_str()].is_badvalue() {
                return Err(format!("{at}: schemas.{schema}.{prop}: openapi.yaml has no property {schema}.{prop}"));
            }
            let mut o = Overlay::default();
            for (k, v) in settings.as_hash().into_iter().flatten() {
                let k = k.as_str().unwrap_or_default();
                let v = v.as_str().map(str::to_string);
                let place = format!("{at}: schemas.{schema}.{prop}.{k}");
                let allowed: &[&str] = match k {
                    "check" => &["rsin", "subject"],
                    "blank" => &["accepted", "as-null"],
                    "on-null" => &["ignored"],
                    "value" => &["resource-url"],
                    "generated" => &["on-create"],
                    "pattern-code" | "pattern-reason" => &[],
                    _ => return Err(format!("{place}: unknown setting (check, blank, on-null, value, generated, pattern-code, pattern-reason)")),
                };
                let v = v.ok_or_else(|| format!("{place}: not a text"))?;
                if !allowed.is_empty() && !allowed.contains(&v.as_str()) {
                    return Err(format!("{place}: `{v}` is none of {}", allowed.join(", ")));
                }
                match k {
                    "check" => o.check = Some(v),
                    "blank" => o.blank = Some(v),
                    "on-null" => o.null = Some(v),
                    "value" => o.value = Some(v),
                    "generated" => o.generated = Some(v),
                    "pattern-code" => o.pattern_code = Some(v),
                    _ => o.pattern_reason = Some(v),
                }
            }
            if (o.pattern_code.is_some() || o.pattern_reason.is_some())
                && oas_props[prop.as_str()]["pattern"].is_badvalue()
            {
                return Err(format!(
                    "{at}: schemas.{schema}.{prop}: a pattern's code for a property without an OAS pattern"
                ));
            }
            overlays.insert((schema.clone(), prop), o);
        }
    }

    let mut schemas = Vec::new();
    for name in &order {
        let s = schema_of(oas, name)?;
        let required: Vec<&str> = s["required"].as_vec().into_iter().flatten().filter_map(Yaml::as_str).collect();
        let mut props = Vec::new();
        for (k, v) in s["properties"].as_hash().into_iter().flatten() {
            let prop = k.as_str().unwrap_or_default().to_string();
            let place = format!("openapi.yaml: {name}.{prop}");
            let kind = if let Some(r) = ref_name(v) {
                Kind::Object(r)
            } else if let Some(values) = v["enum"].as_vec() {
                Kind::Choice(values.iter().filter_map(|e| e.as_str().map(str::to_string)).collect())
            } else {
                match v["type"].as_str() {
                    Some("string") => Kind::Text,
                    Some("integer") => Kind::Integer { minimum: v["minimum"].as_i64(), maximum: v["maximum"].as_i64() },
                    Some("boolean") => Kind::Boolean,
                    Some("array") if v["items"]["type"].as_str() == Some("string") => {
                        Kind::List { item_max: v["items"]["maxLength"].as_i64() }
                    }
                    other => return Err(format!("{place}: a property of type {other:?} is not supported")),
                }
            };
            let snake = camel_to_underscore(&prop);
            let nullable = v["nullable"].as_bool().unwrap_or(false)
                || matches!(&kind, Kind::Object(r) if schema_of(oas, r).is_ok_and(|s| s["nullable"].as_bool() == Some(true)));
            props.push(Prop {
                field: field_name(&snake),
                snake,
                kind,
                required: required.contains(&prop.as_str()),
                nullable,
                read_only: v["readOnly"].as_bool().unwrap_or(false),
                max_length: v["maxLength"].as_i64(),
                min_length: v["minLength"].as_i64(),
                pattern: v["pattern"].as_str().map(str::to_string),
                format: v["format"].as_str().map(str::to_string),
                overlay: overlays.remove(&(name.clone(), prop.clone())).unwrap_or_default(),
                name: prop,
            });
        }
        schemas.push(Schema { name: name.clone(), props });
    }
    let klant_props = &schemas[0].props;
    if !klant_props.iter().any(|p| p.name == property) {
        return Err(format!("openapi.yaml: the discriminator {property} is no property of Klant"));
    }

    // the filters: every query parameter of GET /klanten but the page
    let mut filter_checks: BTreeMap<String, String> = BTreeMap::new();
    for (name, check) in overlay["filters"].as_hash().into_iter().flatten() {
        let name = name.as_str().unwrap_or_default().to_string();
        let check = check.as_str().unwrap_or_default().to_string();
        if !["rsin", "url"].contains(&check.as_str()) {
            return Err(format!("{at}: filters.{name}: `{check}` is none of rsin, url"));
        }
        filter_checks.insert(name, check);
    }
    let mut filters = Vec::new();
    let list = &oas["paths"]["/klanten"]["get"];
    for p in list["parameters"].as_vec().into_iter().flatten() {
        if p["in"].as_str() != Some("query") {
            continue;
        }
        let parameter = p["name"].as_str().unwrap_or_default().to_string();
        if parameter == PAGE {
            continue;
        }
        let (path, target, kind) = filter_path(&schemas, &variants, &parameter)?;
        let check = match (filter_checks.remove(&parameter), &kind) {
            (Some(check), _) => check,
            (None, Kind::Choice(_)) => "choice".to_string(),
            (None, _) => "text".to_string(),
        };
        filters.push(Filter { snake: camel_to_underscore(&parameter), parameter, target, path, check });
    }
    if let Some(name) = filter_checks.keys().next() {
        return Err(format!("{at}: filters.{name}: GET /klanten has no query parameter {name}"));
    }
    let base_path = oas["servers"][0]["url"].as_str().unwrap_or("/api/v1").to_string();
    let base_path = base_path.find("://").map_or(base_path.clone(), |i| {
        let rest = &base_path[i + 3..];
        rest.find('/').map_or(String::new(), |j| rest[j..].to_string())
    });
    Ok(Description { schemas, discriminator: Discriminator { property, key, variants }, filters, base_path })
}

fn norm(s: &str) -> String {
    s.chars().filter(|c| *c != '_').flat_map(char::to_lowercase).collect()
}

/// The property a filter parameter names: `__` separates the steps; a step matches a property whose name is the
/// same but for case and underscores (`woonplaatsNaam` is `woonplaatsnaam`, `inpA_nummer` is `inpANummer`), and
/// `subject<Identificatie>` a subtype's identificatie (`subjectNatuurlijkPersoon`).
fn filter_path(
    schemas: &[Schema],
    variants: &[(String, String)],
    parameter: &str,
) -> Result<(Vec<Step>, (String, String), Kind)> {
    let place = format!("openapi.yaml: GET /klanten parameter {parameter}");
    let find = |name: &str| schemas.iter().find(|s| s.name == name);
    let mut schema = find("Klant").expect("Klant is described");
    let mut steps = Vec::new();
    let segments: Vec<&str> = parameter.split("__").collect();
    for (i, seg) in segments.iter().enumerate() {
        let last = i + 1 == segments.len();
        if let Some(prop) = schema.props.iter().find(|p| norm(&p.name) == norm(seg)) {
            steps.push(Step::Field(schema.name.clone(), prop.name.clone()));
            match &prop.kind {
                Kind::Object(r) if !last => schema = find(r).expect("reached schemas are described"),
                Kind::Object(_) | Kind::List { .. } => return Err(format!("{place}: {seg} is no single value")),
                _ if !last => return Err(format!("{place}: {seg} has no properties")),
                kind => return Ok((steps, (schema.name.clone(), prop.name.clone()), kind.clone())),
            }
            continue;
        }
        let ident = seg.strip_prefix("subject").and_then(|rest| variants.iter().find(|(_, s)| norm(s) == norm(rest)));
        match ident {
            Some((_, s)) if i == 0 && !last => {
                steps.push(Step::Identificatie(s.clone()));
                schema = find(s).expect("identificaties are described");
            }
            _ => return Err(format!("{place}: {seg} names no property of {}", schema.name)),
        }
    }
    Err(format!("{place}: names no property"))
}

fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn opt_i64(v: Option<i64>) -> String {
    v.map_or("None".into(), |v| format!("Some({v})"))
}

fn rust_type(p: &Prop) -> String {
    match &p.kind {
        Kind::Text | Kind::Choice(_) if p.nullable => "Option<String>".into(),
        Kind::Text | Kind::Choice(_) => "String".into(),
        Kind::Integer { .. } => "Option<i64>".into(),
        Kind::Boolean => "bool".into(),
        Kind::List { .. } => "Vec<String>".into(),
        Kind::Object(r) => format!("Option<Box<{r}>>"),
    }
}

/// The expression that reads property `p` from the map `m` of a stored representation.
fn read_expr(p: &Prop) -> String {
    let key = lit(&p.name);
    match &p.kind {
        Kind::Text | Kind::Choice(_) if p.nullable => format!("read::nullable_text(m, {key})"),
        Kind::Text | Kind::Choice(_) => format!("read::text(m, {key})"),
        Kind::Integer { .. } => format!("read::integer(m, {key})"),
        Kind::Boolean => format!("read::boolean(m, {key})"),
        Kind::List { .. } => format!("read::texts(m, {key})"),
        Kind::Object(r) => format!("read::object(m, {key}, {r}::from_map)"),
    }
}

/// The expression that writes property `p` of `self` as a JSON value.
fn write_expr(p: &Prop) -> String {
    let f = format!("self.{}", p.field);
    match &p.kind {
        Kind::Text | Kind::Choice(_) if p.nullable => format!("{f}.clone().map_or(Value::Null, Value::String)"),
        Kind::Text | Kind::Choice(_) => format!("Value::String({f}.clone())"),
        Kind::Integer { .. } => format!("{f}.map_or(Value::Null, |v| Value::Number(v.into()))"),
        Kind::Boolean => format!("Value::Bool({f})"),
        Kind::List { .. } => format!("Value::Array({f}.iter().cloned().map(Value::String).collect())"),
        Kind::Object(_) => format!("{f}.as_ref().map_or(Value::Null, |o| o.to_value())"),
    }
}

fn emit(d: &Description) -> String {
    let mut o = String::new();
    let index = |name: &str| d.schemas.iter().position(|s| s.name == name).expect("described");
    let _ = writeln!(o, "// @generated by build.rs (build/description.rs) from openapi.yaml and openapi.overlay.yaml.");
    let _ = writeln!(o, "/// Where a klant's `url` points, under the request's base URL.");
    let _ = writeln!(o, "pub const KLANT_PATH: &str = {};", lit(&format!("{}/klanten/", d.base_path)));

    // the shape: what a representation is made of
    let mut shape = String::new();
    for s in &d.schemas {
        let _ = write!(shape, "{}(", s.name);
        for p in &s.props {
            let _ = write!(shape, "{}:{}:{};", p.name, rust_type(p), p.overlay.value.as_deref().unwrap_or(""));
        }
        shape.push(')');
    }
    let _ = write!(shape, "{}:{}:", d.discriminator.property, d.discriminator.key);
    for (v, s) in &d.discriminator.variants {
        let _ = write!(shape, "{v}={s},");
    }
    let digest = {
        use md5::{Digest, Md5};
        Md5::digest(shape.as_bytes()).iter().map(|b| format!("{b:02x}")).collect::<String>()
    };
    let _ = writeln!(
        o,
        "/// A digest of what a representation is made of (the schemas' properties, their order and types, and the"
    );
    let _ = writeln!(o, "/// discriminator): a stored representation of another shape is rendered again.");
    let _ = writeln!(o, "pub const SHAPE: &str = {};", lit(&digest));

    // the rule tables
    let _ = writeln!(o, "/// The rules of every schema a klant is made of: `Klant` first.");
    let _ = writeln!(o, "pub static SCHEMAS: [Schema; {}] = [", d.schemas.len());
    for s in &d.schemas {
        let _ = writeln!(o, "    Schema {{ name: {}, properties: &[", lit(&s.name));
        for p in &s.props {
            let kind = match &p.kind {
                Kind::Text => "Kind::Text".to_string(),
                Kind::Choice(values) => {
                    format!("Kind::Choice(&[{}])", values.iter().map(|v| lit(v)).collect::<Vec<_>>().join(", "))
                }
                Kind::Integer { minimum, maximum } => {
                    format!("Kind::Integer {{ minimum: {}, maximum: {} }}", opt_i64(*minimum), opt_i64(*maximum))
                }
                Kind::Boolean => "Kind::Boolean".to_string(),
                Kind::List { item_max } => format!("Kind::List {{ item_max: {} }}", opt_i64(*item_max)),
                Kind::Object(r) => format!("Kind::Object(SchemaId({}))", index(r)),
            };
            let check = match p.overlay.check.as_deref() {
                Some("rsin") => "Check::Rsin",
                Some("subject") => "Check::Subject",
                _ => "Check::None",
            };
            let format = match p.format.as_deref() {
                Some("uri") => "Format::Uri",
                Some("email") => "Format::Email",
                _ => "Format::None",
            };
            let pattern = match &p.pattern {
                Some(pat) => format!(
                    "Some(Pattern {{ regex: {}, code: {}, reason: {} }})",
                    lit(pat),
                    lit(p.overlay.pattern_code.as_deref().unwrap_or("invalid")),
                    lit(p.overlay.pattern_reason.as_deref().unwrap_or("Voer een geldige waarde in."))
                ),
                None => "None".to_string(),
            };
            let blank = match p.overlay.blank.as_deref() {
                Some("accepted") => "Blank::Accepted",
                Some("as-null") => "Blank::AsNull",
                _ if p.min_length.unwrap_or(0) >= 1 => "Blank::Refused",
                _ if matches!(p.kind, Kind::Choice(_)) => "Blank::Refused",
                _ => "Blank::Accepted",
            };
            let null = match p.overlay.null.as_deref() {
                Some("ignored") => "Null::Ignored",
                _ if p.nullable && matches!(p.kind, Kind::Object(_)) => "Null::Ignored",
                _ if p.nullable => "Null::Accepted",
                _ => "Null::Refused",
            };
            let _ = writeln!(
                o,
                "        Property {{ name: {}, snake: {}, kind: {kind}, required: {}, read_only: {}, max_length: {}, \
                 min_length: {}, blank: {blank}, null: {null}, check: {check}, format: {format}, pattern: {pattern}, \
                 generated_on_create: {} }},",
                lit(&p.name),
                lit(&p.snake),
                p.required,
                p.read_only,
                opt_i64(p.max_length),
                opt_i64(p.min_length),
                p.overlay.generated.is_some(),
            );
        }
        let _ = writeln!(o, "    ] }},");
    }
    let _ = writeln!(o, "];");
    for s in &d.schemas {
        let _ = writeln!(
            o,
            "#[allow(dead_code)]\npub const {}: SchemaId = SchemaId({});",
            const_name(&s.name),
            index(&s.name)
        );
    }

    // the discriminator
    let disc = &d.discriminator;
    let _ = writeln!(o, "/// `{}` chooses the schema of `{}`.", disc.property, disc.key);
    let _ = writeln!(
        o,
        "pub static DISCRIMINATOR: Discriminator = Discriminator {{ property: {}, snake: {}, key: {}, key_snake: {}, variants: &[{}] }};",
        lit(&disc.property),
        lit(&camel_to_underscore(&disc.property)),
        lit(&disc.key),
        lit(&camel_to_underscore(&disc.key)),
        disc.variants
            .iter()
            .map(|(v, s)| format!("Variant {{ value: {}, schema: SchemaId({}) }}", lit(v), index(s)))
            .collect::<Vec<_>>()
            .join(", ")
    );

    // the types
    for s in &d.schemas {
        let is_klant = s.name == "Klant";
        let _ = writeln!(o, "/// `{}` of openapi.yaml.", s.name);
        let _ = writeln!(o, "#[derive(Clone, Debug, Default, PartialEq)]\npub struct {} {{", s.name);
        if is_klant {
            let _ = writeln!(o, "    pub uuid: String,");
        }
        for p in &s.props {
            if p.overlay.value.is_some() {
                continue;
            }
            let _ = writeln!(o, "    pub {}: {},", p.field, rust_type(p));
        }
        if is_klant {
            let _ =
                writeln!(o, "    pub {}: Option<SubjectIdentificatie>,", field_name(&camel_to_underscore(&disc.key)));
        }
        let _ = writeln!(o, "}}");
        let _ = writeln!(o, "impl {} {{", s.name);
        // to_value
        let _ = writeln!(o, "    /// The representation, key for key in the OAS order.");
        let _ = writeln!(
            o,
            "    pub fn to_value(&self) -> Value {{\n        let mut m = Map::with_capacity({});",
            s.props.len() + 1
        );
        for p in &s.props {
            let value = match p.overlay.value.as_deref() {
                Some(_) => "Value::String(format!(\"{KLANT_PATH}{}\", self.uuid))".to_string(),
                None => write_expr(p),
            };
            let _ = writeln!(o, "        m.insert({}.into(), {value});", lit(&p.name));
        }
        if is_klant {
            let t = field_name(&camel_to_underscore(&disc.property));
            let f = field_name(&camel_to_underscore(&disc.key));
            let _ = writeln!(
                o,
                "        if let Some(t) = self.{t}.as_deref().filter(|t| DISCRIMINATOR.variant(t).is_some()) {{\n            \
                 let ident = self.{f}.as_ref().filter(|i| i.subject_type() == t).map_or(Value::Null, SubjectIdentificatie::to_value);\n            \
                 m.insert({}.into(), ident);\n        }}",
                lit(&disc.key)
            );
        }
        let _ = writeln!(o, "        Value::Object(m)\n    }}");
        // from_map
        let _ = writeln!(
            o,
            "    /// Read back from a representation: a missing key is the default, an unknown key is dropped."
        );
        let uuid_arg = if is_klant { ", uuid: &str" } else { "" };
        let _ = writeln!(o, "    pub fn from_map(m: &Map<String, Value>{uuid_arg}) -> Self {{");
        let _ = writeln!(o, "        #[allow(unused_mut)]\n        let mut out = Self {{");
        if is_klant {
            let _ = writeln!(o, "            uuid: uuid.to_string(),");
        }
        for p in &s.props {
            if p.overlay.value.is_some() {
                continue;
            }
            let _ = writeln!(o, "            {}: {},", p.field, read_expr(p));
        }
        if is_klant {
            let _ = writeln!(o, "            {}: None,", field_name(&camel_to_underscore(&disc.key)));
        }
        let _ = writeln!(o, "        }};");
        if is_klant {
            let t = field_name(&camel_to_underscore(&disc.property));
            let f = field_name(&camel_to_underscore(&disc.key));
            let _ = writeln!(
                o,
                "        if let (Some(t), Some(Value::Object(ident))) = (out.{t}.as_deref(), m.get({})) {{\n            \
                 out.{f} = SubjectIdentificatie::from_map(t, ident);\n        }}",
                lit(&disc.key)
            );
        }
        let _ = writeln!(o, "        out\n    }}");
        let _ = writeln!(o, "}}");
    }

    // the identificatie, one variant per subtype
    let _ = writeln!(o, "/// `{}`: one variant per value of `{}`.", disc.key, disc.property);
    let _ = writeln!(o, "#[derive(Clone, Debug, PartialEq)]\npub enum SubjectIdentificatie {{");
    for (_, s) in &disc.variants {
        let _ = writeln!(o, "    {s}(Box<{s}>),");
    }
    let _ = writeln!(o, "}}\nimpl SubjectIdentificatie {{");
    let _ = writeln!(o, "    /// The `{}` this identificatie belongs to.\n    pub fn subject_type(&self) -> &'static str {{\n        match self {{", disc.property);
    for (v, s) in &disc.variants {
        let _ = writeln!(o, "            SubjectIdentificatie::{s}(_) => {},", lit(v));
    }
    let _ = writeln!(o, "        }}\n    }}");
    let _ = writeln!(o, "    pub fn to_value(&self) -> Value {{\n        match self {{");
    for (_, s) in &disc.variants {
        let _ = writeln!(o, "            SubjectIdentificatie::{s}(i) => i.to_value(),");
    }
    let _ = writeln!(o, "        }}\n    }}");
    let _ = writeln!(
        o,
        "    /// The identificatie of subject type `t` read from its representation; `None` for another type."
    );
    let _ = writeln!(o, "    pub fn from_map(t: &str, m: &Map<String, Value>) -> Option<Self> {{\n        match t {{");
    for (v, s) in &disc.variants {
        let _ = writeln!(o, "            {} => Some(SubjectIdentificatie::{s}(Box::new({s}::from_map(m)))),", lit(v));
    }
    let _ = writeln!(o, "            _ => None,\n        }}\n    }}\n}}");

    // the filters
    let _ = writeln!(o, "/// The filters of `GET /klanten`, in the OAS order.");
    let _ = writeln!(o, "pub static FILTERS: [Filter; {}] = [", d.filters.len());
    for f in &d.filters {
        let check = match f.check.as_str() {
            "rsin" => "FilterCheck::Rsin",
            "url" => "FilterCheck::Url",
            "choice" => "FilterCheck::Choice",
            _ => "FilterCheck::Text",
        };
        let choices = d
            .schemas
            .iter()
            .find(|s| s.name == f.target.0)
            .and_then(|s| s.props.iter().find(|p| p.name == f.target.1))
            .map(|p| match &p.kind {
                Kind::Choice(values) => values.iter().map(|v| lit(v)).collect::<Vec<_>>().join(", "),
                _ => String::new(),
            })
            .unwrap_or_default();
        let _ = writeln!(
            o,
            "    Filter {{ parameter: {}, snake: {}, column: {}, check: {check}, choices: &[{choices}], value: |k: &Klant| {} }},",
            lit(&f.parameter),
            lit(&f.snake),
            lit(&f.snake),
            accessor(d, f)
        );
    }
    let _ = writeln!(o, "];");
    o
}

fn const_name(schema: &str) -> String {
    camel_to_underscore(schema).trim_start_matches('_').to_uppercase()
}

/// The expression of a filter's value of a klant `k` (`""` where the path has no value).
fn accessor(d: &Description, f: &Filter) -> String {
    access(d, &f.path, "k", 0)
}

fn access(d: &Description, path: &[Step], var: &str, n: usize) -> String {
    let find = |schema: &str, prop: &str| -> Prop {
        let s = d.schemas.iter().find(|s| s.name == schema).expect("described");
        s.props.iter().find(|p| p.name == prop).cloned().expect("described")
    };
    let next = format!("v{n}");
    match path {
        [Step::Field(schema, prop)] => {
            let p = find(schema, prop);
            match &p.kind {
                Kind::Text | Kind::Choice(_) if p.nullable => format!("{var}.{}.clone().unwrap_or_default()", p.field),
                Kind::Text | Kind::Choice(_) => format!("{var}.{}.clone()", p.field),
                Kind::Integer { .. } => format!("{var}.{}.map(|i| i.to_string()).unwrap_or_default()", p.field),
                Kind::Boolean => format!("(if {var}.{} {{ \"True\" }} else {{ \"False\" }}).to_string()", p.field),
                _ => "String::new()".to_string(),
            }
        }
        [Step::Field(schema, prop), rest @ ..] => {
            let p = find(schema, prop);
            format!("{var}.{}.as_ref().map_or_else(String::new, |{next}| {})", p.field, access(d, rest, &next, n + 1))
        }
        [Step::Identificatie(schema), rest @ ..] => {
            let key = field_name(&camel_to_underscore(&d.discriminator.key));
            format!(
                "match &{var}.{key} {{ Some(SubjectIdentificatie::{schema}({next})) => {}, _ => String::new() }}",
                access(d, rest, &next, n + 1)
            )
        }
        [] => "String::new()".to_string(),
    }
}
