//! The expected differences: the deviations from the reference this project documents (README, Deviations from the
//! reference), by step and part, in `conformance/expected-differences.json`. `diff` labels the differences they
//! explain; `run` uses them to tell the problems a server is known to have (the reference's 500s of deviation 3)
//! from the others.
use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::diff::Difference;

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
    /// `true`: the array at `part` (a path such as `body/results`, without `*`) is compared as a set: its items
    /// are paired by their `url` (else by their whole value) and compared, and only their order is this expected
    /// difference (the part `PART (order)`); an item in one answer only, or a paired item that differs, is not.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unordered: bool,
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
        let concrete = |p: &str| p == "body" || (p.starts_with("body/") && !p.contains('*'));
        if let Some(bad) = e.expected.iter().find(|x| x.unordered && !x.part.as_deref().is_some_and(concrete)) {
            return Err(format!(
                "step {:?}: \"unordered\" needs a part that names one array of the body, e.g. \"body/results\"",
                bad.step
            ));
        }
        Ok(e)
    }

    /// The expectation that explains a difference of `step`, if any (the first that matches).
    pub fn matching(&self, step: &str, d: &Difference) -> Option<&Expectation> {
        self.expected.iter().find(|x| {
            if !glob(&x.step, step) {
                return false;
            }
            match (&x.part, x.unordered) {
                // an array compared as a set: only its order is explained
                (Some(p), true) => d.part == format!("{p} (order)"),
                (part, _) => {
                    part.as_deref().is_none_or(|p| part_covers(p, &d.part))
                        && x.values.as_ref().is_none_or(|[v, w]| {
                            let (a, b) = (unquote(&d.a), unquote(&d.b));
                            (a == *v && b == *w) || (a == *w && b == *v)
                        })
                }
            }
        })
    }

    /// The parts of `step`'s answers that are arrays compared as sets.
    pub fn unordered_parts(&self, step: &str) -> Vec<String> {
        self.expected.iter().filter(|x| x.unordered && glob(&x.step, step)).filter_map(|x| x.part.clone()).collect()
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

/// Whether the part `pattern` of an expectation covers the part `part` of a difference: itself, everything under
/// it (`PATTERN/…`) and its qualified parts (`PATTERN (key order)`, `PATTERN (length)`, `PATTERN (order)`).
pub fn part_covers(pattern: &str, part: &str) -> bool {
    glob(pattern, part) || glob(&format!("{pattern}/*"), part) || glob(&format!("{pattern} (*"), part)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(part: &str, a: &str, b: &str) -> Difference {
        Difference { part: part.into(), a: a.into(), b: b.into(), deviation: None, reason: None }
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

    #[test]
    fn an_unordered_expectation_explains_the_order_and_nothing_else() {
        let e = ExpectedDifferences::parse(
            r#"{"expected": [{"step": "list-*", "part": "body/results", "unordered": true, "deviation": 7, "reason": "order"}]}"#,
        )
        .unwrap();
        assert_eq!(e.unordered_parts("list-all"), ["body/results"]);
        assert!(e.unordered_parts("read-np").is_empty());
        assert!(e
            .matching("list-all", &d("body/results (order)", "<uuid-1>, <uuid-2>", "<uuid-2>, <uuid-1>"))
            .is_some());
        for part in ["body/results/<uuid-1>/achternaam", "body/results/<uuid-1>", "body/results (length)", "body/count"]
        {
            assert!(e.matching("list-all", &d(part, "1", "2")).is_none(), "{part}");
        }
        assert!(e.matching("read-np", &d("body/results (order)", "a", "b")).is_none());
    }

    #[test]
    fn unordered_needs_a_concrete_array_of_the_body() {
        for part in [None, Some("body/*/results"), Some("status")] {
            let mut x = serde_json::json!({"step": "s", "unordered": true, "deviation": 7, "reason": "r"});
            if let Some(p) = part {
                x["part"] = p.into();
            }
            let text = serde_json::json!({"expected": [x]}).to_string();
            assert!(ExpectedDifferences::parse(&text).unwrap_err().contains("unordered"), "{part:?}");
        }
        let ok = r#"{"expected": [{"step": "s", "part": "body", "unordered": true, "deviation": 7, "reason": "r"}]}"#;
        assert!(ExpectedDifferences::parse(ok).is_ok());
    }

    #[test]
    fn values_match_in_either_order_and_unquoted() {
        let e = ExpectedDifferences::parse(
            r#"{"expected": [{"step": "*", "part": "body/bron", "values": ["kc", "Klanten"], "deviation": 6, "reason": "r"}]}"#,
        )
        .unwrap();
        assert!(e.matching("x", &d("body/bron", "\"Klanten\"", "\"kc\"")).is_some());
        assert!(e.matching("x", &d("body/bron", "\"kc\"", "\"Klanten\"")).is_some());
        assert!(e.matching("x", &d("body/bron", "\"kc\"", "\"zrc\"")).is_none());
    }
}
