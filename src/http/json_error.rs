//! The detail of a 400 `parse_error` as the reference writes it:
//! `JSON parse error - <Python json error>: line L column C (char P)`. serde_json's errors are mapped onto the
//! messages of Python's json decoder; positions are counted in characters, as Python does.

/// Python's `JSONDecodeError` text for a body serde_json could not parse.
pub fn python_message(input: &[u8], e: &serde_json::Error) -> String {
    let text = String::from_utf8_lossy(input);
    let chars: Vec<char> = text.chars().collect();
    let msg = e.to_string();
    // serde's position (1-based line and column) as a character offset
    let at = offset_of(&text, e.line(), e.column());
    let last_significant =
        |upto: usize| chars[..upto.min(chars.len())].iter().rev().find(|c| !c.is_whitespace()).copied();
    let (what, pos) = if msg.starts_with("key must be a string") {
        ("Expecting property name enclosed in double quotes", at)
    } else if msg.starts_with("trailing comma") {
        let closing = chars.get(at).copied();
        if closing == Some('}') {
            ("Expecting property name enclosed in double quotes", at)
        } else {
            ("Expecting value", at)
        }
    } else if msg.starts_with("expected `:`") {
        ("Expecting ':' delimiter", at)
    } else if msg.starts_with("expected `,` or") {
        ("Expecting ',' delimiter", at)
    } else if msg.starts_with("trailing characters") {
        ("Extra data", at)
    } else if msg.starts_with("control character") {
        ("Invalid control character at", at)
    } else if msg.starts_with("invalid escape") || msg.starts_with("invalid unicode") || msg.starts_with("lone leading")
    {
        ("Invalid \\escape", at)
    } else if msg.starts_with("EOF while parsing a string") {
        let start = chars.iter().rposition(|c| *c == '"').unwrap_or(0);
        ("Unterminated string starting at", start)
    } else if msg.starts_with("EOF while parsing an object") {
        let end = chars.len();
        match last_significant(end) {
            Some('{') | Some(',') => ("Expecting property name enclosed in double quotes", end),
            Some(':') => ("Expecting value", end),
            Some('"') if after_key(&chars) => ("Expecting ':' delimiter", end),
            _ => ("Expecting ',' delimiter", end),
        }
    } else if msg.starts_with("EOF while parsing a list") {
        let end = chars.len();
        match last_significant(end) {
            Some('[') | Some(',') => ("Expecting value", end),
            _ => ("Expecting ',' delimiter", end),
        }
    } else if msg.starts_with("EOF") {
        ("Expecting value", chars.len())
    } else {
        ("Expecting value", at)
    };
    let (line, column) = line_column(&chars, pos);
    format!("{what}: line {line} column {column} (char {pos})")
}

/// Whether the input ends in an object key (a string right after `{` or `,`).
fn after_key(chars: &[char]) -> bool {
    let mut i = chars.len();
    while i > 0 && chars[i - 1].is_whitespace() {
        i -= 1;
    }
    if i == 0 || chars[i - 1] != '"' {
        return false;
    }
    let Some(open) = chars[..i - 1].iter().rposition(|c| *c == '"') else { return false };
    matches!(chars[..open].iter().rev().find(|c| !c.is_whitespace()), Some('{') | Some(','))
}

fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (i, l) in text.split('\n').enumerate() {
        if i + 1 == line {
            let bytes = column.saturating_sub(1).min(l.len());
            let mut b = bytes;
            while b > 0 && !l.is_char_boundary(b) {
                b -= 1;
            }
            return offset + l[..b].chars().count();
        }
        offset += l.chars().count() + 1;
    }
    text.chars().count()
}

fn line_column(chars: &[char], pos: usize) -> (usize, usize) {
    let before = &chars[..pos.min(chars.len())];
    let line = before.iter().filter(|c| **c == '\n').count() + 1;
    let column = match before.iter().rposition(|c| *c == '\n') {
        Some(nl) => pos - nl,
        None => pos + 1,
    };
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(input: &str) -> String {
        let e = serde_json::from_str::<serde_json::Value>(input).unwrap_err();
        python_message(input.as_bytes(), &e)
    }

    #[test]
    fn as_python_says_it() {
        assert_eq!(msg("{bad"), "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)");
        assert_eq!(msg("{"), "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)");
        assert_eq!(msg("{\"a\":1,}"), "Expecting property name enclosed in double quotes: line 1 column 8 (char 7)");
        assert_eq!(msg("[1,]"), "Expecting value: line 1 column 4 (char 3)");
        assert_eq!(msg("{\"a\" 1}"), "Expecting ':' delimiter: line 1 column 6 (char 5)");
        assert_eq!(msg("{\"a\":1 \"b\":2}"), "Expecting ',' delimiter: line 1 column 8 (char 7)");
        assert_eq!(msg("{\"a\":1}x"), "Extra data: line 1 column 8 (char 7)");
        assert_eq!(msg("abc"), "Expecting value: line 1 column 1 (char 0)");
        assert_eq!(msg("{\"a\": \"xyz"), "Unterminated string starting at: line 1 column 7 (char 6)");
        assert_eq!(msg("{\"a\":"), "Expecting value: line 1 column 6 (char 5)");
        assert_eq!(
            msg("{\n  \"a\": 1,\n  bad"),
            "Expecting property name enclosed in double quotes: line 3 column 3 (char 14)"
        );
    }
}
