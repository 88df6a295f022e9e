//! An OAS `pattern` as the reference's `RegexValidator` applies it: Python's `re.search`, in which `$` also matches
//! before one final `"\n"`. The pattern comes from openapi.yaml (generated into the rules); it is compiled once.
use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

use regex::Regex;

/// Whether `value` matches `pattern` as `re.search(pattern, value)` does. A pattern the `regex` crate cannot
/// compile matches nothing (and is logged once): openapi.yaml's patterns are checked by the tests.
pub fn matches_pattern(pattern: &'static str, value: &str) -> bool {
    static COMPILED: LazyLock<Mutex<HashMap<&'static str, Option<Regex>>>> = LazyLock::new(Default::default);
    let mut compiled = COMPILED.lock().unwrap_or_else(|e| e.into_inner());
    let regex = compiled.entry(pattern).or_insert_with(|| {
        let translated = python_dollar(pattern);
        Regex::new(&translated)
            .map_err(|e| tracing::error!(pattern, error = %e, "an OAS pattern does not compile"))
            .ok()
    });
    regex.as_ref().is_some_and(|r| r.is_match(value))
}

/// Python's `$` (outside a class, unescaped) is "at the end, or before a final newline": `(?:\n?\z)` here.
fn python_dollar(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 8);
    let mut escaped = false;
    let mut in_class = false;
    for c in pattern.chars() {
        match c {
            _ if escaped => {
                escaped = false;
                out.push(c);
            }
            '\\' => {
                escaped = true;
                out.push(c);
            }
            '[' if !in_class => {
                in_class = true;
                out.push(c);
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            '$' if !in_class => out.push_str(r"(?:\n?\z)"),
            _ => out.push(c),
        }
    }
    out
}
