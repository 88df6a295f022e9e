//! The diff's output: a table of the unexpected differences (`step | what | A | B`), then the expected ones
//! labelled with their deviation, then the last line `N same, M different, K expected`; or the same as JSON
//! (README, Conformance testing).
use serde_json::json;

use crate::diff::{Report, Verdict};

/// Longest cell value shown in the table (the JSON output has them whole).
const CELL: usize = 160;

fn cell(s: &str) -> String {
    let s = s.replace('|', "\\|").replace('\n', " ");
    if s.chars().count() > CELL {
        format!("{}…", s.chars().take(CELL).collect::<String>())
    } else {
        s
    }
}

/// The text report; its last line is the counts line.
pub fn text(report: &Report) -> String {
    let mut out = String::new();
    out.push_str(&format!("A: {}\nB: {}\n\n", report.a, report.b));
    out.push_str("step | what | A | B\n--- | --- | --- | ---\n");
    let mut rows = 0;
    for e in report.exchanges.iter().filter(|e| e.verdict == Verdict::Different) {
        for d in e.differences.iter().filter(|d| d.deviation.is_none()) {
            out.push_str(&format!("{} | {} | {} | {}\n", e.step, d.part, cell(&d.a), cell(&d.b)));
            rows += 1;
        }
    }
    if rows == 0 {
        out.push_str("(no unexpected differences)\n");
    }
    let expected: Vec<_> = report
        .exchanges
        .iter()
        .flat_map(|e| e.differences.iter().filter(|d| d.deviation.is_some()).map(move |d| (e, d)))
        .collect();
    if !expected.is_empty() {
        out.push_str("\nexpected\nstep | what | A | B | why\n--- | --- | --- | --- | ---\n");
        for (e, d) in expected {
            out.push_str(&format!(
                "{} | {} | {} | {} | expected (deviation {}): {}\n",
                e.step,
                d.part,
                cell(&d.a),
                cell(&d.b),
                d.deviation.unwrap_or_default(),
                d.reason.as_deref().unwrap_or_default()
            ));
        }
    }
    out.push('\n');
    out.push_str(&report.counts_line());
    out.push('\n');
    out
}

/// The JSON report: one line with the whole report, then the counts line.
pub fn json(report: &Report) -> String {
    let doc = json!({
        "a": report.a,
        "b": report.b,
        "same": report.same,
        "different": report.different,
        "expected": report.expected,
        "exchanges": report.exchanges.iter().filter(|e| e.verdict != Verdict::Same).collect::<Vec<_>>(),
    });
    format!("{doc}\n{}\n", report.counts_line())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::{Difference, ExchangeDiff};

    fn report() -> Report {
        let d = |part: &str, dev: Option<u32>| Difference {
            part: part.into(),
            a: "1".into(),
            b: "2|x".into(),
            deviation: dev,
            reason: dev.map(|_| "why".into()),
        };
        Report {
            a: "http://a".into(),
            b: "http://b".into(),
            exchanges: vec![
                ExchangeDiff { step: "s".into(), request: "GET".into(), verdict: Verdict::Same, differences: vec![] },
                ExchangeDiff {
                    step: "d".into(),
                    request: "GET".into(),
                    verdict: Verdict::Different,
                    differences: vec![d("status", None), d("header:content-type", Some(5))],
                },
                ExchangeDiff {
                    step: "e".into(),
                    request: "GET".into(),
                    verdict: Verdict::Expected,
                    differences: vec![d("body/bron", Some(6))],
                },
            ],
            same: 1,
            different: 1,
            expected: 1,
        }
    }

    #[test]
    fn the_text_report_has_the_table_the_expected_section_and_the_counts_last() {
        let t = text(&report());
        assert!(t.contains("d | status | 1 | 2\\|x\n"), "{t}");
        assert!(t.contains("e | body/bron | 1 | 2\\|x | expected (deviation 6): why"), "{t}");
        assert!(t.contains("d | header:content-type | 1 | 2\\|x | expected (deviation 5): why"), "{t}");
        assert_eq!(t.lines().last(), Some("1 same, 1 different, 1 expected"));
    }

    #[test]
    fn the_json_report_parses_and_ends_with_the_counts() {
        let j = json(&report());
        let mut lines = j.lines();
        let doc: serde_json::Value = serde_json::from_str(lines.next().unwrap()).unwrap();
        assert_eq!(doc["different"], 1);
        assert_eq!(doc["exchanges"].as_array().unwrap().len(), 2);
        assert_eq!(lines.next(), Some("1 same, 1 different, 1 expected"));
        assert_eq!(lines.next(), None);
    }
}
