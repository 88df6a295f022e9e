//! Comparing two normalised recordings exchange by exchange (matched by step id), and the expected differences: the
//! deviations from the reference this project documents (README, Deviations from the reference).
//!
//! An exchange's parts are its outcome (no answer), `status`, `header:NAME` for each compared header, the body
//! (`body`, `body/results/0/klantnummer`, …; a different key order is the part `PATH (key order)`, a different
//! array length `PATH (length)`) and its notifications (`notifications (count)`, `notifications/0/body/actie`, …).
use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::normalise::{normalise, Normalised};
use crate::record::Recording;

/// One entry of the expected-differences file.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Expectation {
    /// A step id (`*` matches any characters: `auth-*`, `create-many#*`, `*`).
    pub step: String,
    /// Which part: `status`, `header:content-type`, `body`, `body/bron`, `body/*/bron`, `notifications`, …; a part
    /// also covers everything under it (`body` covers `body/code` and `body (key order)`). Absent: every part.
    #[serde(default)]
    pub part: Option<String>,
    /// The two values (in either order, as the report shows them, JSON strings without their quotes) the
    /// difference must have; absent: any values.
    #[serde(default)]
    pub values: Option<[String; 2]>,
    /// The number of the deviation in README's "Deviations from the reference".
    pub deviation: u32,
    pub reason: String,
}

/// The expected-differences file: `{"description": "...", "expected": [Expectation, ...]}`.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ExpectedDifferences {
    #[serde(default)]
    pub description: String,
    pub expected: Vec<Expectation>,
}

impl ExpectedDifferences {
    pub fn load(path: &Path) -> Result<ExpectedDifferences, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read the expected differences {}: {e}", path.display()))?;
        ExpectedDifferences::parse(&text).map_err(|e| format!("expected differences {}: {e}", path.display()))
    }

    pub fn parse(text: &str) -> Result<ExpectedDifferences, String> {
        let e: ExpectedDifferences = serde_json::from_str(text).map_err(|e| format!("not valid: {e}"))?;
        if let Some(bad) = e.expected.iter().find(|x| x.deviation == 0) {
            return Err(format!("step {:?}: deviation must be a number of README's list (1, 2, …)", bad.step));
        }
        Ok(e)
    }

    fn matching(&self, step: &str, d: &Difference) -> Option<&Expectation> {
        self.expected.iter().find(|x| {
            glob(&x.step, step)
                && x.part.as_deref().is_none_or(|p| part_covers(p, &d.part))
                && x.values.as_ref().is_none_or(|[v, w]| {
                    let (a, b) = (unquote(&d.a), unquote(&d.b));
                    (a == *v && b == *w) || (a == *w && b == *v)
                })
        })
    }
}

fn unquote(s: &str) -> String {
    match serde_json::from_str::<Value>(s) {
        Ok(Value::String(t)) => t,
        _ => s.to_string(),
    }
}

/// `*` matches any run of characters; everything else itself.
pub fn glob(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == text;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !text.starts_with(first) || text.len() < first.len() + last.len() || !text.ends_with(last) {
        return false;
    }
    let mut rest = &text[first.len()..text.len() - last.len()];
    for mid in &parts[1..parts.len() - 1] {
        match rest.find(mid) {
            Some(at) => rest = &rest[at + mid.len()..],
            None => return false,
        }
    }
    true
}

fn part_covers(pattern: &str, part: &str) -> bool {
    glob(pattern, part) || glob(&format!("{pattern}/*"), part) || glob(&format!("{pattern} (*"), part)
}

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
                    Some(w) => json_diff(&format!("{path}/{k}"), v, w, diffs),
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
        (Value::Array(x), Value::Array(y)) => {
            if x.len() != y.len() {
                push(diffs, format!("{path} (length)"), x.len().to_string(), y.len().to_string());
            }
            for (i, (v, w)) in x.iter().zip(y).enumerate() {
                json_diff(&format!("{path}/{i}"), v, w, diffs);
            }
        }
        _ if a != b => push(diffs, path.to_string(), render(a), render(b)),
        _ => {}
    }
}

fn compare(a: &Normalised, b: &Normalised) -> Vec<Difference> {
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
    json_diff("body", &a.body, &b.body, &mut diffs);
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
            Some(y) => compare(x, y),
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

    fn rec(base: &str, answers: &[(&str, u16, &str, Value)]) -> Recording {
        Recording {
            meta: Meta {
                kind: "meta".into(),
                scenario: "t".into(),
                base_url: format!("{base}/api/v1"),
                subject: "http://127.0.0.1:1".into(),
                nrc: "http://127.0.0.1:2/api/v1".into(),
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
    fn globs_and_parts() {
        assert!(glob("*", "anything"));
        assert!(glob("auth-*", "auth-expired"));
        assert!(!glob("auth-*", "read-auth"));
        assert!(glob("create-many#*", "create-many#17"));
        assert!(glob("a*c*e", "abcde"));
        assert!(!glob("a*c*e", "abde"));
        assert!(part_covers("body", "body/code"));
        assert!(part_covers("body", "body (key order)"));
        assert!(part_covers("body/*/bron", "body/0/bron"));
        assert!(!part_covers("body/code", "body/detail"));
        assert!(!part_covers("header:etag", "header:etagx"));
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
