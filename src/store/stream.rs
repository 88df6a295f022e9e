//! The lines of the registry's stream (`docs/export-format.md`): what `klanten export` writes and `klanten import`
//! reads, one JSON object per line. [`Reader`] checks every line (JSON, a known `kind`, each field of its kind with
//! its type, the order of the kinds, the counts of the header and the trailer) and names the number of the first
//! line that is wrong.
use std::io::BufRead;

use serde::{Deserialize, Serialize};

/// This format's version; a reader refuses another.
pub const VERSION: u32 = 1;

/// One line of the stream (a line is read, checked and stored one at a time: its variants' sizes do not add up).
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Line {
    #[serde(rename = "klanten-export", rename_all = "camelCase")]
    Header { version: u32, shape: String, klanten: u64, audit_records: u64, outbox: u64 },
    #[serde(rename = "klant")]
    Klant(KlantLine),
    #[serde(rename = "audit")]
    Audit(AuditLine),
    #[serde(rename = "outbox")]
    Outbox(OutboxLine),
    #[serde(rename = "end", rename_all = "camelCase")]
    End { klanten: u64, audit_records: u64, outbox: u64 },
}

/// A klant: its uuid and its stored representation, byte for byte.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KlantLine {
    pub uuid: String,
    pub representation: String,
}

/// An audit record as stored: the audit trail's row but its id, its keys in camelCase.
pub use super::entity::audit_trail::Model as AuditLine;

/// A notification not yet delivered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OutboxLine {
    pub status: String,
    pub attempts: i32,
    pub created_at: i64,
    pub next_attempt_at: i64,
    pub last_error: String,
    /// The notification's JSON text.
    pub message: String,
}

/// A stream that is not one: the line (counted from 1) and what is wrong with it.
#[derive(Debug, thiserror::Error)]
#[error("line {line}: {problem}")]
pub struct FormatError {
    pub line: u64,
    pub problem: String,
}

/// The counts a header announces.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub klanten: u64,
    pub audit_records: u64,
    pub outbox: u64,
}

/// Reads and checks a stream line by line.
pub struct Reader<R> {
    input: R,
    buffer: String,
    line: u64,
    /// The header's shape and counts, once read.
    pub shape: String,
    pub announced: Counts,
    seen: Counts,
    ended: bool,
}

/// Where a line may stand: the order of the kinds.
fn rank(line: &Line) -> u8 {
    match line {
        Line::Header { .. } => 0,
        Line::Klant(_) => 1,
        Line::Audit(_) => 2,
        Line::Outbox(_) => 3,
        Line::End { .. } => 4,
    }
}

impl<R: BufRead> Reader<R> {
    /// Reads the header.
    pub fn open(input: R) -> Result<Self, FormatError> {
        let mut reader = Reader {
            input,
            buffer: String::new(),
            line: 0,
            shape: String::new(),
            announced: Counts::default(),
            seen: Counts::default(),
            ended: false,
        };
        match reader.read_line()? {
            Some(Line::Header { version, shape, klanten, audit_records, outbox }) => {
                if version != VERSION {
                    return Err(reader.error(format!("format version {version}; this server reads {VERSION}")));
                }
                reader.shape = shape;
                reader.announced = Counts { klanten, audit_records, outbox };
                Ok(reader)
            }
            Some(_) => Err(reader.error("the first line is not the header (kind klanten-export)".into())),
            None => Err(reader.error("empty: no header".into())),
        }
    }

    /// The number of the line read last.
    pub fn line(&self) -> u64 {
        self.line
    }

    fn error(&self, problem: String) -> FormatError {
        FormatError { line: self.line, problem }
    }

    fn read_line(&mut self) -> Result<Option<Line>, FormatError> {
        self.buffer.clear();
        let n = self
            .input
            .read_line(&mut self.buffer)
            .map_err(|e| FormatError { line: self.line + 1, problem: format!("cannot be read: {e}") })?;
        if n == 0 {
            return Ok(None);
        }
        self.line += 1;
        let text = self.buffer.strip_suffix('\n').unwrap_or(&self.buffer);
        serde_json::from_str(text).map(Some).map_err(|e| self.error(e.to_string()))
    }

    /// The next klant, audit or outbox line; `None` after the trailer, which is checked against the header and
    /// against what was read.
    pub fn next_record(&mut self) -> Result<Option<Line>, FormatError> {
        if self.ended {
            return Ok(None);
        }
        let Some(line) = self.read_line()? else {
            return Err(self.error("the stream ends without its trailer (kind end): it was cut off".into()));
        };
        let last = if self.seen.outbox > 0 {
            3
        } else if self.seen.audit_records > 0 {
            2
        } else if self.seen.klanten > 0 {
            1
        } else {
            0
        };
        let r = rank(&line);
        if r == 0 || r < last {
            return Err(self.error(format!("a line of kind {} out of order", kind(&line))));
        }
        match &line {
            Line::Klant(_) => self.seen.klanten += 1,
            Line::Audit(_) => self.seen.audit_records += 1,
            Line::Outbox(_) => self.seen.outbox += 1,
            Line::End { klanten, audit_records, outbox } => {
                let end = Counts { klanten: *klanten, audit_records: *audit_records, outbox: *outbox };
                if end != self.announced || self.seen != self.announced {
                    return Err(self.error(format!(
                        "the counts do not match: header {:?}, trailer {end:?}, read {:?}",
                        self.announced, self.seen
                    )));
                }
                let mut rest = String::new();
                if self.input.read_line(&mut rest).map(|n| n > 0).unwrap_or(true) {
                    return Err(FormatError { line: self.line + 1, problem: "a line after the trailer".into() });
                }
                self.ended = true;
                return Ok(None);
            }
            Line::Header { .. } => {}
        }
        let over = self.seen.klanten > self.announced.klanten
            || self.seen.audit_records > self.announced.audit_records
            || self.seen.outbox > self.announced.outbox;
        if over {
            return Err(self.error(format!("more lines of kind {} than the header announced", kind(&line))));
        }
        Ok(Some(line))
    }
}

fn kind(line: &Line) -> &'static str {
    match line {
        Line::Header { .. } => "klanten-export",
        Line::Klant(_) => "klant",
        Line::Audit(_) => "audit",
        Line::Outbox(_) => "outbox",
        Line::End { .. } => "end",
    }
}

/// A line as the stream holds it, with its `\n`.
pub fn write_line(out: &mut Vec<u8>, line: &Line) {
    // a line of strings and numbers always serialises
    serde_json::to_writer(&mut *out, line).expect("a line serialises");
    out.push(b'\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stream(lines: &[&str]) -> String {
        lines.iter().map(|l| format!("{l}\n")).collect()
    }

    const HEADER: &str = r#"{"kind":"klanten-export","version":1,"shape":"s","klanten":1,"auditRecords":0,"outbox":0}"#;
    const KLANT: &str = r#"{"kind":"klant","uuid":"u","representation":"{}"}"#;
    const END: &str = r#"{"kind":"end","klanten":1,"auditRecords":0,"outbox":0}"#;

    fn read_all(text: &str) -> Result<Vec<Line>, FormatError> {
        let mut r = Reader::open(text.as_bytes())?;
        let mut lines = Vec::new();
        while let Some(l) = r.next_record()? {
            lines.push(l);
        }
        Ok(lines)
    }

    #[test]
    fn a_whole_stream_reads_back() {
        let lines = read_all(&stream(&[HEADER, KLANT, END])).unwrap();
        assert_eq!(lines, [Line::Klant(KlantLine { uuid: "u".into(), representation: "{}".into() })]);
        let mut out = Vec::new();
        write_line(&mut out, &lines[0]);
        assert_eq!(String::from_utf8(out).unwrap(), format!("{KLANT}\n"));
    }

    #[test]
    fn every_wrong_line_is_named() {
        let wrong = |text: String, line: u64, says: &str| {
            let e = read_all(&text).unwrap_err();
            assert_eq!(e.line, line, "{e}");
            assert!(e.problem.contains(says), "{e}");
        };
        wrong(stream(&[HEADER, KLANT]), 2, "cut off");
        wrong(stream(&[HEADER, "{not json", END]), 2, "key must be a string");
        wrong(stream(&[HEADER, r#"{"kind":"klant","uuid":1,"representation":"{}"}"#, END]), 2, "invalid type");
        wrong(stream(&[HEADER, r#"{"kind":"klant","uuid":"u"}"#, END]), 2, "missing field");
        wrong(stream(&[HEADER, r#"{"kind":"who"}"#, END]), 2, "unknown variant");
        wrong(stream(&[HEADER, END]), 2, "counts do not match");
        wrong(stream(&[HEADER, KLANT, KLANT, END]), 3, "more lines of kind klant");
        wrong(stream(&[HEADER, KLANT, END, KLANT]), 4, "after the trailer");
        wrong(stream(&[KLANT]), 1, "not the header");
        wrong(stream(&[&HEADER.replace("\"version\":1", "\"version\":2"), KLANT, END]), 1, "version 2");
        let audit = r#"{"kind":"outbox","status":"pending","attempts":0,"createdAt":1,"nextAttemptAt":1,"lastError":"","message":"{}"}"#;
        let header = HEADER.replace("\"outbox\":0", "\"outbox\":1");
        let end = END.replace("\"outbox\":0", "\"outbox\":1");
        wrong(stream(&[&header, audit, KLANT, &end]), 3, "out of order");
    }
}
