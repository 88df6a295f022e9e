//! Property-based: request bodies and query strings generated from openapi.yaml with edge values (keys in other
//! letter cases, numbers in every JSON form, white space, control characters, characters beyond ASCII, values of the
//! wrong type, nested objects), sent to a server on SQLite and one on PostgreSQL alike. What must hold without the
//! reference to compare with:
//! - never a 5xx;
//! - a refusal is a problem body whose `invalidParams` name fields of the OAS (as the reference names them) or
//!   `nonFieldErrors`;
//! - a refused write leaves no audit record and sends no notification, an accepted one leaves exactly one of each;
//! - SQLite and PostgreSQL give the same answer, byte for byte after the host and the uuids.
//!
//! The seed is fixed, so a run is reproducible; `PROPTEST_CASES` sets the number of cases (64 by default).
use std::sync::Arc;

use proptest::prelude::*;
use proptest::test_runner::{Config as ProptestConfig, RngSeed, TestCaseError, TestRunner};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};
use yaml_rust2::{Yaml, YamlLoader};

use crate::helpers::*;

/// A property of an OAS schema, by what a value of it is.
#[derive(Clone, Debug)]
enum Prop {
    Text { max: usize, format: Option<String> },
    Int { min: i64, max: i64 },
    Choice(Vec<String>),
    Object(String),
    List { item_max: usize },
}

/// The schemas of openapi.yaml that a klant body is made of, read from the file itself.
struct Oas {
    doc: Yaml,
}

impl Oas {
    fn load() -> Oas {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.yaml")).unwrap();
        Oas { doc: YamlLoader::load_from_str(&text).unwrap().remove(0) }
    }

    fn schema(&self, name: &str) -> &Yaml {
        &self.doc["components"]["schemas"][name]
    }

    /// The writable properties of a schema, in its order.
    fn props(&self, name: &str) -> Vec<(String, Prop)> {
        let mut out = Vec::new();
        let Some(props) = self.schema(name)["properties"].as_hash() else { return out };
        for (k, v) in props {
            let key = k.as_str().unwrap().to_string();
            if v["readOnly"].as_bool() == Some(true) {
                continue;
            }
            if let Some(r) = v["$ref"].as_str() {
                out.push((key, Prop::Object(r.rsplit('/').next().unwrap().to_string())));
                continue;
            }
            let prop = match (v["type"].as_str(), v["enum"].as_vec()) {
                (_, Some(values)) => {
                    Prop::Choice(values.iter().filter_map(|e| e.as_str().map(str::to_string)).collect())
                }
                (Some("integer"), _) => Prop::Int {
                    min: v["minimum"].as_i64().unwrap_or(i64::MIN),
                    max: v["maximum"].as_i64().unwrap_or(i64::MAX),
                },
                (Some("array"), _) => Prop::List { item_max: v["items"]["maxLength"].as_i64().unwrap_or(100) as usize },
                _ => Prop::Text {
                    max: v["maxLength"].as_i64().unwrap_or(100) as usize,
                    format: v["format"].as_str().map(str::to_string),
                },
            };
            out.push((key, prop));
        }
        out
    }

    /// The required properties of a schema.
    fn required(&self, name: &str) -> Vec<String> {
        self.schema(name)["required"]
            .as_vec()
            .map_or_else(Vec::new, |r| r.iter().filter_map(|k| k.as_str().map(str::to_string)).collect())
    }

    /// The identificatie schema of each subject type (the discriminator's subtypes of Klant).
    fn identificaties(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for t in ["natuurlijk_persoon", "niet_natuurlijk_persoon", "vestiging"] {
            for part in self.schema(t)["allOf"].as_vec().unwrap() {
                let r = part["$ref"].as_str().unwrap().rsplit('/').next().unwrap();
                if let Some(ident) = self.schema(r)["properties"]["subjectIdentificatie"]["$ref"].as_str() {
                    out.push((t.to_string(), ident.rsplit('/').next().unwrap().to_string()));
                }
            }
        }
        out
    }

    /// Every name an `invalidParams` entry may have: each property path as the reference names it
    /// (`adres.huisnummer`, `subjectIdentificatie.inpA_nummer`), list items by index.
    fn error_names(&self) -> Vec<String> {
        fn walk(oas: &Oas, schema: &str, prefix: &str, out: &mut Vec<String>) {
            for (key, prop) in oas.props(schema) {
                let name = klanten::domain::names::error_name(&klanten::domain::python::camel_to_underscore(&key));
                let path = if prefix.is_empty() { name } else { format!("{prefix}.{name}") };
                out.push(format!("{path}.nonFieldErrors"));
                if let Prop::Object(inner) = &prop {
                    walk(oas, inner, &path, out);
                }
                out.push(path);
            }
        }
        let mut out = vec!["nonFieldErrors".to_string(), "subjectIdentificatie".to_string()];
        walk(self, "Klant", "", &mut out);
        for (_, ident) in self.identificaties() {
            walk(self, &ident, "subjectIdentificatie", &mut out);
        }
        out
    }
}

/// JSON text of a string.
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

/// Texts at the edges: empty, white space, control characters, NUL, characters beyond ASCII and the BMP, at and
/// over the length bound.
fn text_value(max: usize) -> BoxedStrategy<String> {
    let pieces = prop::sample::select(vec![
        "a", "Z", " ", "\t", "\n", "\u{0}", "\u{1f}", "\u{7f}", "é", "ß", "İ", "\u{2028}", "\u{feff}", "💥", "٥", "'",
        "\"", "\\", "/", "0", "9", "http://", "@", ".nl",
    ]);
    prop_oneof![
        prop::collection::vec(pieces, 0..6).prop_map(|p| quoted(&p.concat())),
        Just(quoted(&"x".repeat(max))),
        Just(quoted(&"x".repeat(max + 1))),
        Just(quoted(&"é".repeat(max))),
        Just(quoted(" \t ")),
        Just(quoted("950428139")),
        Just(quoted("http://example.com/klant")),
        Just(quoted("a@b.nl")),
    ]
    .boxed()
}

/// Numbers in every JSON form, and values of other types.
fn number_or_other() -> BoxedStrategy<String> {
    prop::sample::select(vec![
        "0",
        "-0",
        "7",
        "-1",
        "12.0",
        "1.5",
        "1e16",
        "1E2",
        "2.5e-05",
        "1e400",
        "-1e400",
        "123456789012345678901234567890",
        "100000",
        "99999",
        "true",
        "false",
        "null",
        "[]",
        "{}",
        "[\"x\"]",
        "{\"a\": 1}",
    ])
    .prop_map(str::to_string)
    .boxed()
}

fn int_text() -> BoxedStrategy<String> {
    prop::sample::select(vec![
        "\"1_000\"",
        "\"٥\"",
        "\" 12 \"",
        "\"12.00\"",
        "\"1__0\"",
        "\"abc\"",
        "\"\"",
        "\"-5\"",
        "\"99999\"",
        "\"100000\"",
        "\"１２\"",
    ])
    .prop_map(str::to_string)
    .boxed()
}

/// A key as the OAS names it, or in another letter case (which the reference reads as another key).
fn key_variant(key: String) -> BoxedStrategy<String> {
    let snake = klanten::domain::python::camel_to_underscore(&key);
    let mut upper = key.clone();
    if let Some(first) = upper.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    prop_oneof![16 => Just(key.clone()), 2 => Just(snake), 1 => Just(upper), 1 => Just(key.to_ascii_uppercase())]
        .prop_map(|k| quoted(&k))
        .boxed()
}

/// A value a client would send for a property: within its bounds, of its format, numbers written as text or as
/// numbers (which the reference takes as their text).
fn plausible(prop: &Prop) -> BoxedStrategy<String> {
    match prop {
        Prop::Text { format: Some(f), .. } if f == "email" => Just(quoted("a@b.nl")).boxed(),
        Prop::Text { format: Some(f), .. } if f == "uri" => Just(quoted("http://example.com/k")).boxed(),
        Prop::Text { max, .. } => {
            let mut v =
                vec![quoted("x"), quoted("Jan"), quoted(""), "7".to_string(), quoted(&"é".repeat((*max).min(3)))];
            if *max >= 9 {
                v.push(quoted("111222333"));
            }
            if *max == 10 {
                v.push(quoted("1234567890"));
            }
            prop::sample::select(v).boxed()
        }
        Prop::Int { min, max } => {
            let lo = (*min).max(0);
            let hi = (*max).min(lo + 500);
            (lo..=hi).prop_map(|i| i.to_string()).boxed()
        }
        Prop::Choice(values) => prop::sample::select(values.iter().map(|v| quoted(v)).collect::<Vec<_>>()).boxed(),
        Prop::List { .. } => prop::collection::vec(Just(quoted("Winkel")), 0..3)
            .prop_map(|items| format!("[{}]", items.join(", ")))
            .boxed(),
        Prop::Object(_) => Just("{}".to_string()).boxed(),
    }
}

/// A value for a property: mostly one a client would send, now and then one at an edge. A `subject` would be
/// fetched (and every host but this machine is refused here): mostly empty.
fn value_for(oas: &Arc<Oas>, key: &str, prop: &Prop, depth: u32) -> BoxedStrategy<String> {
    if key == "subject" {
        return prop_oneof![7 => Just(quoted("")), 1 => edge_value(oas, prop, depth)].boxed();
    }
    if !matches!(prop, Prop::Object(_)) {
        return prop_oneof![7 => plausible(prop), 1 => edge_value(oas, prop, depth)].boxed();
    }
    edge_value(oas, prop, depth)
}

/// A value at an edge of a property, or of another type.
fn edge_value(oas: &Arc<Oas>, prop: &Prop, depth: u32) -> BoxedStrategy<String> {
    match prop {
        Prop::Text { max, .. } => prop_oneof![4 => text_value(*max), 1 => number_or_other()].boxed(),
        Prop::Int { min, max } => {
            let bounds = [min.saturating_sub(1), *min, *max, max.saturating_add(1)].map(|b| b.to_string()).to_vec();
            prop_oneof![number_or_other(), int_text(), prop::sample::select(bounds)].boxed()
        }
        Prop::Choice(values) => {
            let mut v: Vec<String> = values.iter().map(|s| quoted(s)).collect();
            v.extend(["\"\"", "\" vestiging\"", "null", "1", "\"Vestiging\""].map(str::to_string));
            prop::sample::select(v).boxed()
        }
        Prop::List { item_max } => prop_oneof![
            prop::collection::vec(prop_oneof![text_value(*item_max), number_or_other()], 0..3)
                .prop_map(|items| format!("[{}]", items.join(", "))),
            number_or_other(),
        ]
        .boxed(),
        Prop::Object(schema) if depth < 3 => prop_oneof![
            8 => object_of(oas, schema, depth + 1),
            1 => number_or_other(),
        ]
        .boxed(),
        Prop::Object(_) => Just("null".to_string()).boxed(),
    }
}

/// An object of a schema: some of its properties (its required ones nearly always), each with a key variant and a
/// value.
fn object_of(oas: &Arc<Oas>, schema: &str, depth: u32) -> BoxedStrategy<String> {
    let required = oas.required(schema);
    let entries: Vec<BoxedStrategy<Option<String>>> = oas
        .props(schema)
        .into_iter()
        .map(|(key, prop)| {
            let odds = if required.contains(&key) { 0.95 } else { 0.35 };
            let value = value_for(oas, &key, &prop, depth);
            let pair = (key_variant(key), value).prop_map(|(k, v)| format!("{k}: {v}"));
            prop::option::weighted(odds, pair).boxed()
        })
        .collect();
    entries.prop_map(|pairs| format!("{{{}}}", pairs.into_iter().flatten().collect::<Vec<_>>().join(", "))).boxed()
}

/// A klant body: often with the fields a create needs in their right form (a klantnummer that the server generates
/// on create, the target's own on an update, so that bodies do not collide), so that the walk reaches the nested
/// objects; a subject type and an identificatie of one of the OAS's subtypes; now and then no object at all.
fn klant_body(oas: &Arc<Oas>, klantnummer: &'static str, subject_type: Option<&str>) -> BoxedStrategy<String> {
    let idents: Vec<(String, String)> =
        oas.identificaties().into_iter().filter(|(t, _)| subject_type.is_none_or(|want| t == want)).collect();
    let base = object_of(oas, "Klant", 0);
    let ident = prop::sample::select(idents).prop_flat_map({
        let oas = oas.clone();
        move |(t, schema)| (Just(t), object_of(&oas, &schema, 1))
    });
    let valid = prop::bool::weighted(0.7);
    let body = (base, ident, valid, prop::bool::weighted(0.7)).prop_map(move |(base, (t, ident), valid, typed)| {
        let mut extra = Vec::new();
        if valid {
            extra.push("\"bronorganisatie\": \"950428139\"".to_string());
            extra.push(format!("\"klantnummer\": \"{klantnummer}\""));
            extra.push("\"websiteUrl\": \"http://example.com\"".to_string());
        }
        if typed {
            extra.push(format!("\"subjectType\": \"{t}\""));
            extra.push(format!("\"subjectIdentificatie\": {ident}"));
        }
        // the generated keys come first, the fixed ones after them win (a Python dict keeps the last value)
        let inner = base[1..base.len() - 1].to_string();
        let all: Vec<String> = [inner].into_iter().filter(|s| !s.is_empty()).chain(extra).collect();
        format!("{{{}}}", all.join(", "))
    });
    prop_oneof![
        12 => body,
        1 => prop::sample::select(vec!["", " ", "[]", "null", "1", "\"x\"", "{", "{\"a\": NaN}", "\u{feff}{}"])
            .prop_map(str::to_string),
    ]
    .boxed()
}

/// A query string of `GET /klanten`: some of its OAS parameters (in another letter case now and then) with edge
/// values, percent-encoded.
fn list_query() -> BoxedStrategy<String> {
    let names: Vec<&'static str> = klanten_api::KLANT_LIST_QUERY_PARAMETERS.to_vec();
    let name = prop::sample::select(names).prop_flat_map(|n| {
        let snake = klanten::domain::python::camel_to_underscore(n);
        prop_oneof![4 => Just(n.to_string()), 1 => Just(snake), 1 => Just(n.to_uppercase())]
    });
    let value = prop::sample::select(vec![
        "",
        " ",
        "950428139",
        "123456782\u{0}",
        "x\u{0}",
        " vestiging ",
        "vestiging",
        "natuurlijk_persoon",
        "http://example.com",
        "1",
        "2",
        "0",
        "-1",
        "last",
        "٢",
        "1_0",
        "abc",
        "é",
        "💥",
        "%",
        "&",
        "=",
        "+",
    ]);
    prop::collection::vec((name, value), 0..4)
        .prop_map(|pairs| {
            pairs.into_iter().map(|(k, v)| format!("{}={}", urlencode(&k), urlencode(v))).collect::<Vec<_>>().join("&")
        })
        .boxed()
}

fn urlencode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// An answer made comparable across the two servers: their origins and the uuids they chose replaced, and a
/// problem's `instance` masked.
fn normalised(a: &Answer, origin: &str) -> (u16, String) {
    let uuid = regex::Regex::new("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").unwrap();
    let text = uuid.replace_all(&a.text.replace(origin, "<origin>"), "<uuid>").into_owned();
    (a.status, text)
}

struct Side {
    app: TestApp,
    nrc: MockServer,
    /// The klant the updates of every case go to.
    path: String,
    writes: usize,
}

impl Side {
    async fn audit_records(&self) -> usize {
        let a = self.app.get(&format!("{}/audittrail", self.path)).await;
        a.json().as_array().map_or(0, Vec::len)
    }

    async fn count(&self) -> u64 {
        self.app.get("/api/v1/klanten").await.json()["count"].as_u64().unwrap()
    }

    async fn send(&self, method: reqwest::Method, path: &str, body: &str) -> Answer {
        let req = self.app.authed(method, path).header("Content-Type", "application/json").body(body.to_string());
        self.app.send(req).await
    }
}

fn check(cond: bool, what: impl FnOnce() -> String) -> Result<(), TestCaseError> {
    if cond {
        Ok(())
    } else {
        Err(TestCaseError::fail(what()))
    }
}

/// The invariants of one answer of one server.
fn well_formed(a: &Answer, names: &[String], what: &str) -> Result<(), TestCaseError> {
    check(a.status < 500, || format!("{what}: {} {}", a.status, a.text))?;
    if a.status == 400 {
        check(a.header("content-type") == Some("application/problem+json"), || format!("{what}: {:?}", a.headers))?;
        let j = a.json();
        if let Some(params) = j["invalidParams"].as_array() {
            check(!params.is_empty() || j["code"] == "parse_error", || {
                format!("{what}: no invalidParams: {}", a.text)
            })?;
            for p in params {
                let name = p["name"].as_str().unwrap_or_default();
                // list items are named by their index
                let base = name.trim_end_matches(|c: char| c.is_ascii_digit()).trim_end_matches('.').to_string();
                check(names.contains(&base) || names.contains(&name.to_string()), || {
                    format!("{what}: invalidParams names no OAS field: {name} in {}", a.text)
                })?;
                check(p["reason"].as_str().is_some_and(|r| !r.is_empty()), || format!("{what}: {}", a.text))?;
            }
        }
    }
    Ok(())
}

/// One write on both servers: both well-formed and the same; a refused one leaves no audit record and no klant,
/// an accepted one one audit record.
async fn write_on_both(
    sides: &mut [Side; 2],
    method: reqwest::Method,
    target: Option<&str>,
    body: &str,
    names: &[String],
) -> Result<(), TestCaseError> {
    let mut answers = Vec::new();
    for side in sides.iter_mut() {
        let path = target.map_or_else(|| "/api/v1/klanten".to_string(), |_| side.path.clone());
        let (records, count) = (side.audit_records().await, side.count().await);
        let a = side.send(method.clone(), &path, body).await;
        let what = format!("{method} {body:?} on {:?}", side.app.backend);
        well_formed(&a, names, &what)?;
        let (records_after, count_after) = (side.audit_records().await, side.count().await);
        if a.status < 300 {
            side.writes += 1;
            if target.is_some() {
                check(records_after == records + 1, || format!("{what}: one audit record per write"))?;
            } else {
                check(count_after == count + 1, || format!("{what}: one klant more"))?;
            }
        } else {
            check(records_after == records && count_after == count, || {
                format!("{what}: a refused write wrote: {}", a.text)
            })?;
        }
        answers.push(normalised(&a, &side.app.address));
    }
    check(answers[0] == answers[1], || {
        format!("{method} {body:?}: SQLite and PostgreSQL differ:\n{:?}\n{:?}", answers[0], answers[1])
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(not(klanten_pg), ignore = "set KLANTEN_TEST_POSTGRES (e.g. postgres://postgres@127.0.0.1:5432) to run it")]
async fn generated_requests_keep_the_invariants_on_both_databases() {
    let oas = Arc::new(Oas::load());
    let names = oas.error_names();
    // a filter's error is named by its OAS parameter
    let filter_names: Vec<String> = klanten_api::KLANT_LIST_QUERY_PARAMETERS.iter().map(|n| n.to_string()).collect();
    let mut sides = Vec::new();
    for backend in [Backend::Sqlite, Backend::postgres()] {
        let nrc = MockServer::start().await;
        Mock::given(method("POST")).respond_with(ResponseTemplate::new(201).set_body_string("{}")).mount(&nrc).await;
        let app = spawn_app_with(&backend, |c| {
            c.notificaties_api = Some(format!("{}/api/v1", nrc.uri()));
            c.notificaties_client_id = Some("klanten".into());
            c.notificaties_secret = Some("geheim".into());
            c.notificaties_poll_interval_ms = 50;
            // no subject leaves this machine: every other host is refused before any connection
            c.subject_allowed_hosts = Some(vec!["127.0.0.1".into()]);
        })
        .await;
        let (path, _) = app.create(&klant("950428139", "1")).await;
        sides.push(Side { app, nrc, path, writes: 1 });
    }
    let mut sides: [Side; 2] = sides.try_into().ok().unwrap();

    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(64);
    let config = ProptestConfig {
        cases,
        rng_seed: RngSeed::Fixed(25),
        failure_persistence: None,
        max_shrink_iters: 200,
        ..ProptestConfig::default()
    };
    // creates leave the klantnummer to the server; updates keep the target's
    let np = Some("natuurlijk_persoon");
    let strategy = (klant_body(&oas, "", None), klant_body(&oas, "1", np), klant_body(&oas, "1", np), list_query());
    let mut runner = TestRunner::new(config);
    let handle = tokio::runtime::Handle::current();
    let sides_cell = std::sync::Mutex::new(&mut sides);
    let outcome = tokio::task::block_in_place(|| {
        runner.run(&strategy, |(create, patch, put, query)| {
            let mut guard = sides_cell.lock().unwrap();
            let sides: &mut [Side; 2] = &mut guard;
            handle.block_on(async {
                write_on_both(sides, reqwest::Method::POST, None, &create, &names).await?;
                write_on_both(sides, reqwest::Method::PATCH, Some("klant"), &patch, &names).await?;
                write_on_both(sides, reqwest::Method::PUT, Some("klant"), &put, &names).await?;
                let mut answers = Vec::new();
                for side in sides.iter() {
                    let a = side.app.get(&format!("/api/v1/klanten?{query}")).await;
                    well_formed(&a, &filter_names, &format!("GET ?{query}"))?;
                    answers.push(normalised(&a, &side.app.address));
                }
                check(answers[0] == answers[1], || {
                    format!("GET ?{query}: SQLite and PostgreSQL differ:\n{:?}\n{:?}", answers[0], answers[1])
                })
            })
        })
    });
    if let Err(e) = outcome {
        panic!("{e}");
    }
    // every accepted write sent its notification, and nothing else was sent
    for side in &sides {
        let mut sent = 0;
        for _ in 0..100 {
            let received = side.nrc.received_requests().await.unwrap();
            sent = received.iter().filter(|r| r.url.path().ends_with("/notificaties")).count();
            if sent >= side.writes {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert_eq!(sent, side.writes, "notifications on {:?}", side.app.backend);
        eprintln!("{:?}: {} of {} writes accepted", side.app.backend, side.writes, 3 * cases + 1);
    }
}
