//! Scenario files: plain JSON data, a list of steps (README, Conformance testing).
//!
//! ```json
//! {"description": "...", "steps": [
//!   {"id": "create-np", "method": "POST", "path": "/klanten", "body": {"bronorganisatie": "..."},
//!    "capture": {"np.url": "body/url", "np.uuid": "body/uuid"}, "notifications": 1},
//!   {"id": "read-np", "method": "GET", "path": "{{np.url}}", "capture": {"np.etag": "header/etag"}},
//!   {"id": "read-np-304", "method": "GET", "path": "{{np.url}}", "headers": {"If-None-Match": "{{np.etag}}"}}
//! ]}
//! ```
//!
//! A step's `path` is relative to the base URL, or an absolute URL (usually a captured one). `query` (an object of
//! strings, in order), `headers` (the same), `body` (JSON) or `rawBody` (sent as it is, for parse errors) and
//! `token` (see [`TokenKind`]) say what is sent. `repeat: N` sends the step N times, with `{{i}}` = 1…N and the
//! exchanges named `id#i`. `capture` names values of the answer (`body` followed by a JSON pointer, e.g.
//! `body/url`, `body/0/uuid`, or `header/NAME`) that later steps use as `{{name}}` in their path, query, headers
//! and body; `{{subject}}` is the subject mock's base URL. `notifications` is how many notifications the step is
//! expected to cause (the wait after it ends as soon as they have arrived).
use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde::Deserialize;
use serde_json::{Map, Value};

use crate::token::TokenKind;

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    #[serde(default)]
    pub description: String,
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Step {
    pub id: String,
    #[serde(default)]
    pub description: String,
    pub method: String,
    pub path: String,
    #[serde(default)]
    pub query: Map<String, Value>,
    #[serde(default)]
    pub headers: Map<String, Value>,
    #[serde(default)]
    pub body: Option<Value>,
    #[serde(default)]
    pub raw_body: Option<String>,
    #[serde(default)]
    pub token: TokenKind,
    #[serde(default)]
    pub repeat: Option<u32>,
    #[serde(default)]
    pub capture: Map<String, Value>,
    #[serde(default)]
    pub notifications: Option<usize>,
}

const METHODS: [&str; 7] = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

impl Scenario {
    /// Reads and checks a scenario file; the error says which file and what is wrong with it.
    pub fn load(path: &Path) -> Result<Scenario, String> {
        let text =
            std::fs::read_to_string(path).map_err(|e| format!("cannot read scenario {}: {e}", path.display()))?;
        Scenario::parse(&text).map_err(|e| format!("scenario {}: {e}", path.display()))
    }

    pub fn parse(text: &str) -> Result<Scenario, String> {
        let scenario: Scenario = serde_json::from_str(text).map_err(|e| format!("not a valid scenario: {e}"))?;
        scenario.check()?;
        Ok(scenario)
    }

    fn check(&self) -> Result<(), String> {
        if self.steps.is_empty() {
            return Err("no steps".into());
        }
        let mut ids = HashSet::new();
        for s in &self.steps {
            let at = |what: String| format!("step {:?}: {what}", s.id);
            if s.id.is_empty() || s.id.contains('#') {
                return Err(at("an id must be non-empty and without '#'".into()));
            }
            if !ids.insert(s.id.as_str()) {
                return Err(at("the id is used twice".into()));
            }
            if !METHODS.contains(&s.method.as_str()) {
                return Err(at(format!("method must be one of {}", METHODS.join(", "))));
            }
            if s.body.is_some() && s.raw_body.is_some() {
                return Err(at("body and rawBody exclude each other".into()));
            }
            if s.repeat == Some(0) {
                return Err(at("repeat must be at least 1".into()));
            }
            for (what, map) in [("query", &s.query), ("headers", &s.headers)] {
                if let Some((k, _)) = map.iter().find(|(_, v)| !v.is_string()) {
                    return Err(at(format!("{what}.{k} must be a string")));
                }
            }
            for (name, source) in &s.capture {
                let ok = source
                    .as_str()
                    .is_some_and(|src| src == "body" || src.starts_with("body/") || src.starts_with("header/"));
                if !ok {
                    return Err(at(format!(
                        "capture {name:?} must be \"body\", \"body/<JSON pointer>\" or \"header/<name>\""
                    )));
                }
            }
        }
        Ok(())
    }
}

/// Replaces each `{{name}}` in `text` by its variable; the error names the first one that is not set.
pub fn substitute(text: &str, vars: &HashMap<String, String>) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else {
            out.push_str(&rest[start..]);
            return Ok(out);
        };
        let name = after[..end].trim();
        match vars.get(name) {
            Some(v) => out.push_str(v),
            None => return Err(name.to_string()),
        }
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

/// [`substitute`] in every string of a JSON value (keys stay as they are).
pub fn substitute_value(v: &Value, vars: &HashMap<String, String>) -> Result<Value, String> {
    Ok(match v {
        Value::String(s) => Value::String(substitute(s, vars)?),
        Value::Array(a) => Value::Array(a.iter().map(|x| substitute_value(x, vars)).collect::<Result<_, _>>()?),
        Value::Object(m) => {
            let mut out = Map::new();
            for (k, x) in m {
                out.insert(k.clone(), substitute_value(x, vars)?);
            }
            Value::Object(out)
        }
        other => other.clone(),
    })
}

/// The value a capture source names in an answer: `body`, `body/<JSON pointer>` or `header/<name>`.
pub fn capture(source: &str, headers: &[(String, String)], body: Option<&Value>) -> Option<String> {
    let text = |v: &Value| match v {
        Value::String(s) => Some(s.clone()),
        Value::Null => None,
        other => Some(other.to_string()),
    };
    if let Some(name) = source.strip_prefix("header/") {
        return headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.clone());
    }
    let pointer = source.strip_prefix("body")?;
    body?.pointer(pointer).and_then(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn substitution_names_the_missing_variable() {
        let vars: HashMap<String, String> =
            [("k.url".to_string(), "http://h/api/v1/klanten/1".to_string())].into_iter().collect();
        assert_eq!(substitute("{{k.url}}/audittrail", &vars).unwrap(), "http://h/api/v1/klanten/1/audittrail");
        assert_eq!(substitute("a {{ k.url }} b", &vars).unwrap(), "a http://h/api/v1/klanten/1 b");
        assert_eq!(substitute("{{nope}}", &vars).unwrap_err(), "nope");
        assert_eq!(substitute("no {{ end", &vars).unwrap(), "no {{ end");
        let v = substitute_value(&json!({"subject": "{{k.url}}", "n": 1, "l": ["{{k.url}}"]}), &vars).unwrap();
        assert_eq!(v, json!({"subject": "http://h/api/v1/klanten/1", "n": 1, "l": ["http://h/api/v1/klanten/1"]}));
    }

    #[test]
    fn captures_from_body_and_headers() {
        let headers = vec![("etag".to_string(), "\"abc\"".to_string())];
        let body = json!([{"uuid": "u1", "n": 3}]);
        assert_eq!(capture("body/0/uuid", &headers, Some(&body)).as_deref(), Some("u1"));
        assert_eq!(capture("body/0/n", &headers, Some(&body)).as_deref(), Some("3"));
        assert_eq!(capture("header/ETag", &headers, Some(&body)).as_deref(), Some("\"abc\""));
        assert_eq!(capture("body/1/uuid", &headers, Some(&body)), None);
        assert_eq!(capture("header/location", &headers, None), None);
    }

    #[test]
    fn bad_scenarios_are_refused_with_the_reason() {
        assert!(Scenario::parse("{").unwrap_err().contains("not a valid scenario"));
        assert!(Scenario::parse(r#"{"steps": []}"#).unwrap_err().contains("no steps"));
        let two =
            r#"{"steps": [{"id": "a", "method": "GET", "path": "/"}, {"id": "a", "method": "GET", "path": "/"}]}"#;
        assert!(Scenario::parse(two).unwrap_err().contains("used twice"));
        let bad = r#"{"steps": [{"id": "a", "method": "FETCH", "path": "/"}]}"#;
        assert!(Scenario::parse(bad).unwrap_err().contains("method"));
        let bad = r#"{"steps": [{"id": "a", "method": "GET", "path": "/", "capture": {"x": "status"}}]}"#;
        assert!(Scenario::parse(bad).unwrap_err().contains("capture"));
        let bad = r#"{"steps": [{"id": "a", "method": "GET", "path": "/", "token": "stolen"}]}"#;
        assert!(Scenario::parse(bad).unwrap_err().contains("not a valid scenario"));
    }

    #[test]
    fn the_default_scenario_is_valid() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/default.json");
        let s = Scenario::load(&path).unwrap();
        assert!(s.steps.len() > 50);
    }
}
