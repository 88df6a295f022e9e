//! Comparing two normalised recordings exchange by exchange (matched by step id), labelling the differences the
//! expected differences explain (see [`crate::expected`]).
//!
//! An exchange's parts are its outcome (no answer), `status`, `header:NAME` for each compared header, the body
//! (`body`, `body/results/0/klantnummer`, …; a different key order is the part `PATH (key order)`, a different
//! array length `PATH (length)`) and its notifications (`notifications (count)`, `notifications/0/body/actie`, …).
//!
//! Two kinds of array are compared item by item rather than position by position, so that one missing item is one
//! difference: a problem body's `invalidParams` (items paired by their `name`: `body/invalidParams/klantnummer`,
//! `body/invalidParams/klantnummer/code`) and the arrays an expectation marks `unordered` (items paired by their
//! `url`, named by its last segment: `body/results/<uuid-3>/achternaam`). An item in one answer only is the part of
//! that item, with `(absent)` on the other side; a different order of the paired items is the part `PATH (order)`.
use std::collections::HashMap;

use serde::Serialize;
use serde_json::Value;

pub use crate::expected::{glob, Expectation, ExpectedDifferences};
use crate::normalise::{normalise, Normalised};
use crate::record::Recording;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Same,
    Different,
    Expected,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Difference {
    pub part: String,
    pub a: String,
    pub b: String,
    /// The deviation that explains it, and why.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deviation: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ExchangeDiff {
    pub step: String,
    /// The normalised request of A (of B when A has none).
    pub request: String,
    pub verdict: Verdict,
    pub differences: Vec<Difference>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    /// The base URLs of the two recordings.
    pub a: String,
    pub b: String,
    pub exchanges: Vec<ExchangeDiff>,
    pub same: usize,
    pub different: usize,
    pub expected: usize,
}

impl Report {
    /// The exchange of a step.
    pub fn exchange(&self, step: &str) -> Option<&ExchangeDiff> {
        self.exchanges.iter().find(|e| e.step == step)
    }

    /// `N same, M different, K expected`: the last line of the report.
    pub fn counts_line(&self) -> String {
        format!("{} same, {} different, {} expected", self.same, self.different, self.expected)
    }
}

const ABSENT: &str = "(absent)";

fn render(v: &Value) -> String {
    serde_json::to_string(v).expect("a JSON value serialises")
}

fn push(diffs: &mut Vec<Difference>, part: String, a: String, b: String) {
    diffs.push(Difference { part, a, b, deviation: None, reason: None });
}

/// The differences between two JSON values under `path`, key order included.
pub fn json_diff(path: &str, a: &Value, b: &Value, diffs: &mut Vec<Difference>) {
    value_diff(path, a, b, &[], diffs)
}

/// [`json_diff`], with the arrays at the paths `unordered` compared as sets.
fn value_diff(path: &str, a: &Value, b: &Value, unordered: &[String], diffs: &mut Vec<Difference>) {
    match (a, b) {
        // two objects without a key in common (e.g. a klant and a problem body) are one difference, not one per key
        (Value::Object(x), Value::Object(y))
            if !x.is_empty() && !y.is_empty() && !x.keys().any(|k| y.contains_key(k)) =>
        {
            push(diffs, path.to_string(), render(a), render(b))
        }
        (Value::Object(x), Value::Object(y)) => {
            for (k, v) in x {
                match y.get(k) {
                    Some(w) => value_diff(&format!("{path}/{k}"), v, w, unordered, diffs),
                    None => push(diffs, format!("{path}/{k}"), render(v), ABSENT.into()),
                }
            }
            for (k, w) in y {
                if !x.contains_key(k) {
                    push(diffs, format!("{path}/{k}"), ABSENT.into(), render(w));
                }
            }
            let common_a: Vec<&String> = x.keys().filter(|k| y.contains_key(*k)).collect();
            let common_b: Vec<&String> = y.keys().filter(|k| x.contains_key(*k)).collect();
            if common_a != common_b {
                let list = |keys: &[&String]| keys.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(", ");
                push(diffs, format!("{path} (key order)"), list(&common_a), list(&common_b));
            }
        }
        (Value::Array(x), Value::Array(y)) if unordered.iter().any(|p| p == path) => {
            let (kx, ky) = (keyed(x, identity), keyed(y, identity));
            keyed_diff(path, &kx, &ky, unordered, diffs)
        }
        (Value::Array(x), Value::Array(y)) if path.ends_with("/invalidParams") && all_named(x) && all_named(y) => {
            let name = |v: &Value| v["name"].as_str().map(|n| (n.to_string(), n.to_string()));
            keyed_diff(path, &keyed(x, name), &keyed(y, name), unordered, diffs)
        }
        (Value::Array(x), Value::Array(y)) => {
            if x.len() != y.len() {
                push(diffs, format!("{path} (length)"), x.len().to_string(), y.len().to_string());
            }
            for (i, (v, w)) in x.iter().zip(y).enumerate() {
                value_diff(&format!("{path}/{i}"), v, w, unordered, diffs);
            }
        }
        _ if a != b => push(diffs, path.to_string(), render(a), render(b)),
        _ => {}
    }
}

fn all_named(items: &[Value]) -> bool {
    items.iter().all(|v| v.get("name").is_some_and(Value::is_string))
}

/// What pairs the items of an unordered array, and the name of an item in a part: its `url` and the url's last
/// segment (a klant, an audit record); else its whole value, named by it.
fn identity(v: &Value) -> Option<(String, String)> {
    match v.get("url").and_then(Value::as_str) {
        Some(url) => {
            let last = url.trim_end_matches('/').rsplit('/').next().unwrap_or(url);
            Some((url.to_string(), last.to_string()))
        }
        None => Some((render(v), render(v))),
    }
}

/// The items of an array with their pairing key and name; a key met again gets `#2`, `#3`, … (in both arrays
/// alike, so that repeated items pair in order); an item without a key is named by its position.
fn keyed(items: &[Value], key: impl Fn(&Value) -> Option<(String, String)>) -> Vec<(String, String, &Value)> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    items
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let (k, name) = key(v).unwrap_or_else(|| (format!("#{i}"), i.to_string()));
            let n = seen.entry(k.clone()).or_insert(0);
            *n += 1;
            if *n == 1 {
                (k, name, v)
            } else {
                (format!("{k}#{n}"), format!("{name}#{n}"), v)
            }
        })
        .collect()
}

/// Compares two keyed arrays: the paired items (under `PATH/NAME`), the items of one side only, and the order of
/// the paired items (`PATH (order)`).
fn keyed_diff(
    path: &str,
    x: &[(String, String, &Value)],
    y: &[(String, String, &Value)],
    unordered: &[String],
    diffs: &mut Vec<Difference>,
) {
    let in_y: HashMap<&str, &Value> = y.iter().map(|(k, _, v)| (k.as_str(), *v)).collect();
    let in_x: HashMap<&str, &Value> = x.iter().map(|(k, _, v)| (k.as_str(), *v)).collect();
    for (k, name, v) in x {
        match in_y.get(k.as_str()) {
            Some(w) => value_diff(&format!("{path}/{name}"), v, w, unordered, diffs),
            None => push(diffs, format!("{path}/{name}"), render(v), ABSENT.into()),
        }
    }
    for (k, name, w) in y {
        if !in_x.contains_key(k.as_str()) {
            push(diffs, format!("{path}/{name}"), ABSENT.into(), render(w));
        }
    }
    let order = |of: &[(String, String, &Value)], other: &HashMap<&str, &Value>| -> Vec<String> {
        of.iter().filter(|(k, _, _)| other.contains_key(k.as_str())).map(|(_, name, _)| name.clone()).collect()
    };
    let (ox, oy) = (order(x, &in_y), order(y, &in_x));
    if ox != oy {
        push(diffs, format!("{path} (order)"), ox.join(", "), oy.join(", "));
    }
}

fn compare(a: &Normalised, b: &Normalised, unordered: &[String]) -> Vec<Difference> {
    let mut diffs = Vec::new();
    if a.outcome != b.outcome {
        let show = |o: &Option<String>| o.clone().unwrap_or_else(|| "answered".into());
        push(&mut diffs, "outcome".into(), show(&a.outcome), show(&b.outcome));
    }
    if a.status != b.status {
        let show = |s: Option<u16>| s.map(|s| s.to_string()).unwrap_or_else(|| ABSENT.into());
        push(&mut diffs, "status".into(), show(a.status), show(b.status));
    }
    let mut names: Vec<&String> = a.headers.iter().map(|(k, _)| k).collect();
    names.extend(b.headers.iter().map(|(k, _)| k).filter(|k| !a.headers.iter().any(|(n, _)| n == *k)));
    let get = |h: &[(String, String)], name: &str| {
        h.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_else(|| ABSENT.into())
    };
    for name in names {
        let (x, y) = (get(&a.headers, name), get(&b.headers, name));
        if x != y {
            push(&mut diffs, format!("header:{name}"), x, y);
        }
    }
    value_diff("body", &a.body, &b.body, unordered, &mut diffs);
    if a.notifications.len() != b.notifications.len() {
        push(
            &mut diffs,
            "notifications (count)".into(),
            a.notifications.len().to_string(),
            b.notifications.len().to_string(),
        );
    }
    for (i, (x, y)) in a.notifications.iter().zip(&b.notifications).enumerate() {
        json_diff(&format!("notifications/{i}"), x, y, &mut diffs);
    }
    diffs
}

/// Compares two recordings; `expected` labels the differences it explains.
pub fn diff(a: &Recording, b: &Recording, expected: &ExpectedDifferences) -> Report {
    let (na, nb) = (normalise(a), normalise(b));
    let in_b: HashMap<&str, &Normalised> = nb.iter().map(|n| (n.step.as_str(), n)).collect();
    let in_a: HashMap<&str, &Normalised> = na.iter().map(|n| (n.step.as_str(), n)).collect();
    let mut exchanges = Vec::new();
    let mut add = |step: &str, request: &str, mut differences: Vec<Difference>| {
        for d in &mut differences {
            if let Some(x) = expected.matching(step, d) {
                d.deviation = Some(x.deviation);
                d.reason = Some(x.reason.clone());
            }
        }
        let verdict = if differences.is_empty() {
            Verdict::Same
        } else if differences.iter().all(|d| d.deviation.is_some()) {
            Verdict::Expected
        } else {
            Verdict::Different
        };
        exchanges.push(ExchangeDiff { step: step.to_string(), request: request.to_string(), verdict, differences });
    };
    for x in &na {
        let diffs = match in_b.get(x.step.as_str()) {
            Some(y) => compare(x, y, &expected.unordered_parts(&x.step)),
            None => vec![Difference {
                part: "exchange".into(),
                a: "recorded".into(),
                b: ABSENT.into(),
                deviation: None,
                reason: None,
            }],
        };
        add(&x.step, &x.request, diffs);
    }
    for y in nb.iter().filter(|y| !in_a.contains_key(y.step.as_str())) {
        let d = Difference {
            part: "exchange".into(),
            a: ABSENT.into(),
            b: "recorded".into(),
            deviation: None,
            reason: None,
        };
        add(&y.step, &y.request, vec![d]);
    }
    let count = |v: Verdict| exchanges.iter().filter(|e| e.verdict == v).count();
    let (same, different, expected_count) = (count(Verdict::Same), count(Verdict::Different), count(Verdict::Expected));
    Report {
        a: a.meta.base_url.clone(),
        b: b.meta.base_url.clone(),
        exchanges,
        same,
        different,
        expected: expected_count,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{Exchange, Meta, RecordedRequest, RecordedResponse};
    use serde_json::json;
    use std::path::Path;

    fn rec(base: &str, answers: &[(&str, u16, &str, Value)]) -> Recording {
        Recording {
            meta: Meta {
                kind: "meta".into(),
                scenario: "t".into(),
                base_url: format!("{base}/api/v1"),
                subject: "http://127.0.0.1:1".into(),
                nrc: "http://127.0.0.1:2/api/v1".into(),
                ac: "http://127.0.0.1:3/api/v1".into(),
            },
            exchanges: answers
                .iter()
                .map(|(step, status, ct, body)| Exchange {
                    kind: "exchange".into(),
                    step: step.to_string(),
                    request: Some(RecordedRequest {
                        method: "GET".into(),
                        url: format!("{base}/api/v1/klanten"),
                        headers: vec![],
                        body: None,
                        raw_body: None,
                    }),
                    response: Some(RecordedResponse {
                        status: *status,
                        headers: vec![("content-type".into(), ct.to_string()), ("date".into(), base.into())],
                        body: Some(body.clone()),
                        text: None,
                        elapsed_ms: 0,
                    }),
                    notifications: vec![],
                    mock_requests: vec![],
                    error: None,
                    skipped: None,
                })
                .collect(),
        }
    }

    #[test]
    fn json_diff_reports_values_missing_keys_lengths_and_key_order() {
        let mut d = Vec::new();
        json_diff(
            "body",
            &json!({"a": 1, "b": [1, 2], "c": {"x": 1, "y": 2}}),
            &json!({"a": 2, "b": [1], "c": {"y": 2, "x": 1}, "d": null}),
            &mut d,
        );
        let parts: Vec<(&str, &str, &str)> = d.iter().map(|d| (d.part.as_str(), d.a.as_str(), d.b.as_str())).collect();
        assert_eq!(
            parts,
            [
                ("body/a", "1", "2"),
                ("body/b (length)", "2", "1"),
                ("body/c (key order)", "x, y", "y, x"),
                ("body/d", "(absent)", "null"),
            ]
        );
        let mut d = Vec::new();
        json_diff("body", &json!({"code": "invalid"}), &json!({"url": "u", "klantnummer": "1"}), &mut d);
        let parts: Vec<(&str, &str, &str)> = d.iter().map(|d| (d.part.as_str(), d.a.as_str(), d.b.as_str())).collect();
        assert_eq!(parts, [("body", r#"{"code":"invalid"}"#, r#"{"url":"u","klantnummer":"1"}"#)]);
        let mut d = Vec::new();
        json_diff("body", &json!({"a": 1, "b": 2}), &json!({"b": 2, "a": 1}), &mut d);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].part, "body (key order)");
    }

    #[test]
    fn equal_after_normalisation_is_same_and_a_change_is_different() {
        let a = rec(
            "http://127.0.0.1:1000",
            &[(
                "x",
                200,
                "application/json",
                json!({"url": "http://127.0.0.1:1000/api/v1/klanten/11111111-1111-4111-8111-111111111111"}),
            )],
        );
        let b = rec(
            "http://127.0.0.1:2000",
            &[(
                "x",
                200,
                "application/json",
                json!({"url": "http://127.0.0.1:2000/api/v1/klanten/22222222-1111-4111-8111-111111111111"}),
            )],
        );
        let r = diff(&a, &b, &ExpectedDifferences::default());
        assert_eq!(r.counts_line(), "1 same, 0 different, 0 expected");
        let c = rec(
            "http://127.0.0.1:2000",
            &[(
                "x",
                201,
                "application/json",
                json!({"url": "http://127.0.0.1:2000/api/v1/klanten/22222222-1111-4111-8111-111111111111"}),
            )],
        );
        let r = diff(&a, &c, &ExpectedDifferences::default());
        assert_eq!(r.counts_line(), "0 same, 1 different, 0 expected");
        assert_eq!(r.exchanges[0].differences[0].part, "status");
    }

    #[test]
    fn expected_differences_are_labelled_and_counted_apart() {
        let a = rec(
            "http://h:1",
            &[
                ("bad", 400, "application/problem+json", json!({"code": "x"})),
                ("ok", 200, "application/json", json!([])),
            ],
        );
        let b = rec(
            "http://h:2",
            &[("bad", 400, "application/json", json!({"code": "x"})), ("ok", 200, "text/html", json!([]))],
        );
        let expected = ExpectedDifferences::parse(
            r#"{"expected": [{"step": "*", "part": "header:content-type", "values": ["application/json", "application/problem+json"], "deviation": 5, "reason": "problem+json"}]}"#,
        )
        .unwrap();
        let r = diff(&a, &b, &expected);
        assert_eq!(r.exchange("bad").unwrap().verdict, Verdict::Expected);
        assert_eq!(r.exchange("bad").unwrap().differences[0].deviation, Some(5));
        // the same header with other values is not explained by it
        assert_eq!(r.exchange("ok").unwrap().verdict, Verdict::Different);
        assert_eq!(r.counts_line(), "0 same, 1 different, 1 expected");
    }

    #[test]
    fn a_step_in_one_recording_only_is_a_difference() {
        let a =
            rec("http://h:1", &[("x", 200, "application/json", json!(1)), ("y", 200, "application/json", json!(1))]);
        let b =
            rec("http://h:2", &[("x", 200, "application/json", json!(1)), ("z", 200, "application/json", json!(1))]);
        let r = diff(&a, &b, &ExpectedDifferences::default());
        assert_eq!(r.counts_line(), "1 same, 2 different, 0 expected");
        assert_eq!(r.exchange("z").unwrap().differences[0].a, "(absent)");
    }

    #[test]
    fn invalid_params_are_paired_by_name_so_that_one_missing_item_is_one_difference() {
        let item = |name: &str, code: &str| json!({"name": name, "code": code, "reason": "r"});
        let a = json!({"invalidParams": [item("bronorganisatie", "required"), item("klantnummer", "required"),
                                          item("websiteUrl", "required"), item("subjectType", "required")]});
        let b = json!({"invalidParams": [item("bronorganisatie", "required"), item("websiteUrl", "required"),
                                          item("subjectType", "invalid")]});
        let mut d = Vec::new();
        value_diff("body", &a, &b, &[], &mut d);
        let parts: Vec<(&str, &str, &str)> = d.iter().map(|d| (d.part.as_str(), d.a.as_str(), d.b.as_str())).collect();
        assert_eq!(
            parts,
            [
                (
                    "body/invalidParams/klantnummer",
                    r#"{"name":"klantnummer","code":"required","reason":"r"}"#,
                    "(absent)"
                ),
                ("body/invalidParams/subjectType/code", "\"required\"", "\"invalid\""),
            ]
        );
        // the order of the items still counts, as one difference
        let c = json!({"invalidParams": [item("websiteUrl", "required"), item("bronorganisatie", "required")]});
        let e = json!({"invalidParams": [item("bronorganisatie", "required"), item("websiteUrl", "required")]});
        let mut d = Vec::new();
        value_diff("body", &c, &e, &[], &mut d);
        assert_eq!(d.len(), 1);
        assert_eq!(
            (d[0].part.as_str(), d[0].a.as_str(), d[0].b.as_str()),
            ("body/invalidParams (order)", "websiteUrl, bronorganisatie", "bronorganisatie, websiteUrl")
        );
        // a name met twice pairs in order
        let twice = json!({"invalidParams": [item("x", "a"), item("x", "b")]});
        let swapped = json!({"invalidParams": [item("x", "a"), item("x", "c")]});
        let mut d = Vec::new();
        value_diff("body", &twice, &swapped, &[], &mut d);
        assert_eq!(d.iter().map(|d| d.part.as_str()).collect::<Vec<_>>(), ["body/invalidParams/x#2/code"]);
    }

    #[test]
    fn unordered_arrays_are_compared_as_sets_with_their_content() {
        let k = |n: u32, naam: &str| json!({"url": format!("<origin>/api/v1/klanten/<uuid-{n}>"), "achternaam": naam});
        let unordered = ["body/results".to_string()];
        let a = json!({"count": 3, "results": [k(1, "A"), k(2, "B"), k(3, "C")]});
        // only the order differs: one difference, the order
        let b = json!({"count": 3, "results": [k(3, "C"), k(1, "A"), k(2, "B")]});
        let mut d = Vec::new();
        value_diff("body", &a, &b, &unordered, &mut d);
        let parts: Vec<(&str, &str, &str)> = d.iter().map(|d| (d.part.as_str(), d.a.as_str(), d.b.as_str())).collect();
        assert_eq!(parts, [("body/results (order)", "<uuid-1>, <uuid-2>, <uuid-3>", "<uuid-3>, <uuid-1>, <uuid-2>")]);
        // a changed item and a missing one are differences of their own, whatever the order
        let c = json!({"count": 3, "results": [k(2, "X"), k(1, "A")]});
        let mut d = Vec::new();
        value_diff("body", &a, &c, &unordered, &mut d);
        let parts: Vec<&str> = d.iter().map(|d| d.part.as_str()).collect();
        assert_eq!(parts, ["body/results/<uuid-2>/achternaam", "body/results/<uuid-3>", "body/results (order)"]);
        // the same arrays, not marked unordered, are compared position by position
        let mut d = Vec::new();
        value_diff("body", &a, &b, &[], &mut d);
        assert!(d.iter().any(|d| d.part == "body/results/0/url"), "{d:?}");
    }

    #[test]
    fn an_unordered_expectation_labels_the_order_and_leaves_content_differences_unexpected() {
        let (u1, u2) = ("11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222");
        // the klanten are created first (their uuids numbered in creation order), then listed
        let list = |base: &str, names: &[(&str, &str)]| {
            let url = |u: &str| format!("{base}/api/v1/klanten/{u}");
            let created = json!([url(u1), url(u2)]);
            let mut r = rec(
                base,
                &[("create", 201, "application/json", created), ("list", 200, "application/json", json!(null))],
            );
            let results: Vec<Value> = names.iter().map(|(u, n)| json!({"url": url(u), "achternaam": n})).collect();
            r.exchanges[1].response.as_mut().unwrap().body = Some(json!({"results": results}));
            r
        };
        let expected = ExpectedDifferences::parse(
            r#"{"expected": [{"step": "list", "part": "body/results", "unordered": true, "deviation": 7, "reason": "order"}]}"#,
        )
        .unwrap();
        let a = list("http://h:1", &[(u1, "A"), (u2, "B")]);
        let r = diff(&a, &list("http://h:2", &[(u2, "B"), (u1, "A")]), &expected);
        assert_eq!(r.counts_line(), "1 same, 0 different, 1 expected");
        assert_eq!(r.exchange("list").unwrap().differences[0].part, "body/results (order)");
        let r = diff(&a, &list("http://h:2", &[(u2, "B"), (u1, "Z")]), &expected);
        assert_eq!(r.counts_line(), "1 same, 1 different, 0 expected");
        let unexpected: Vec<&str> = r
            .exchange("list")
            .unwrap()
            .differences
            .iter()
            .filter(|d| d.deviation.is_none())
            .map(|d| d.part.as_str())
            .collect();
        assert_eq!(unexpected, ["body/results/<uuid-1>/achternaam"]);
    }

    /// Every deviation the shipped file cites is an item of README's list.
    #[test]
    fn the_shipped_expected_differences_cite_readme_deviations() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let e = ExpectedDifferences::load(&root.join("expected-differences.json")).unwrap();
        let readme = std::fs::read_to_string(root.join("../README.md")).unwrap();
        let section = readme.split("## Deviations from the reference").nth(1).unwrap();
        let section = section.split("\n## ").next().unwrap();
        let items: Vec<u32> =
            section.lines().filter_map(|l| l.split_once(". **").and_then(|(n, _)| n.trim().parse().ok())).collect();
        assert!(items.len() >= 10, "{items:?}");
        assert!(!e.expected.is_empty());
        for x in &e.expected {
            assert!(items.contains(&x.deviation), "step {}: deviation {} is not in README's list", x.step, x.deviation);
            assert!(!x.reason.is_empty());
        }
    }
}
