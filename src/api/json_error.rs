//! The detail of a 400 `parse_error` as the reference writes it:
//! `JSON parse error - <Python json error>: line L column C (char P)`. A body serde_json refused is scanned again by
//! a port of the error paths of Python's json decoder, which gives Python's message and position (in characters).

/// Python's `JSONDecodeError` text for a body serde_json could not parse: the input is scanned again by a port of
/// the error paths of CPython's C scanner (`Modules/_json.c`) and `json.decoder.JSONDecoder.decode`, so that the
/// message and the position are Python's own. Positions count characters, as Python does.
pub fn python_message(input: &[u8], e: &serde_json::Error) -> String {
    let text = String::from_utf8_lossy(input);
    let chars: Vec<char> = text.chars().collect();
    let (what, pos) = match decode(&chars) {
        Err(found) => found,
        // Python reads what serde_json refuses (NaN, Infinity, a lone surrogate escape): no Python message exists;
        // say where serde_json stopped.
        Ok(()) => ("Expecting value", offset_of(&text, e.line(), e.column())),
    };
    let (line, column) = line_column(&chars, pos);
    format!("{what}: line {line} column {column} (char {pos})")
}

/// A decode error: Python's message and the character position.
type Found = (&'static str, usize);

fn ws(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

fn skip_ws(s: &[char], mut i: usize) -> usize {
    while i < s.len() && ws(s[i]) {
        i += 1;
    }
    i
}

/// The deepest nesting of arrays and objects a body may have: the depth at which serde_json, which parses the
/// bodies, stops (its recursion limit). Python's decoder gives up at its own recursion limit (about a thousand levels,
/// depending on the interpreter's stack) with a `RecursionError`, which the reference answers with a 500; here a body
/// nested deeper than this is a 400 `parse_error` with Python's `RecursionError` text (README, Deviations from the
/// reference, item 15).
pub const MAX_DEPTH: usize = 127;

/// `JSONDecoder.decode`: one value between optional whitespace, else `Extra data`.
fn decode(s: &[char]) -> Result<(), Found> {
    let start = skip_ws(s, 0);
    let end = scan_value(s, start)?;
    let end = skip_ws(s, end);
    if end != s.len() {
        return Err(("Extra data", end));
    }
    Ok(())
}

/// An array or object whose items are being scanned.
#[derive(Clone, Copy)]
enum Container {
    Array,
    Object,
}

/// `scan_once_unicode` with `_parse_object_unicode` and `_parse_array_unicode`, without their recursion: the open
/// containers are a stack of their own, so that no body, however deep, can exhaust the thread's stack. A value that
/// does not start where one must is Python's `StopIteration`, which every caller turns into `Expecting value` at
/// that index. Answers the index after the value at `i`.
fn scan_value(s: &[char], mut i: usize) -> Result<usize, Found> {
    let mut open: Vec<Container> = Vec::new();
    loop {
        // a value starts at `i`
        let mut end = match s.get(i) {
            Some('"') => scan_string(s, i + 1)?,
            Some(&c @ ('{' | '[')) => {
                let (container, close) = if c == '{' { (Container::Object, '}') } else { (Container::Array, ']') };
                if open.len() >= MAX_DEPTH {
                    return Err((recursion_error(container), i));
                }
                let idx = skip_ws(s, i + 1);
                if s.get(idx) == Some(&close) {
                    idx + 1
                } else {
                    open.push(container);
                    i = match container {
                        Container::Object => object_key(s, idx)?,
                        Container::Array => idx,
                    };
                    continue;
                }
            }
            _ => scan_scalar(s, i).ok_or(("Expecting value", i))?,
        };
        // the value ended at `end`: the containers it closes, up to the next value
        loop {
            let Some(&container) = open.last() else { return Ok(end) };
            let idx = skip_ws(s, end);
            let close = match container {
                Container::Object => '}',
                Container::Array => ']',
            };
            if s.get(idx) == Some(&close) {
                open.pop();
                end = idx + 1;
                continue;
            }
            if s.get(idx) != Some(&',') {
                return Err(("Expecting ',' delimiter", idx));
            }
            let idx = skip_ws(s, idx + 1);
            i = match container {
                Container::Object => object_key(s, idx)?,
                Container::Array => idx,
            };
            break;
        }
    }
}

/// Python's `RecursionError` text for a container opened beyond [`MAX_DEPTH`] (the position is ours: Python's
/// message has none, and [`python_message`] appends it like any other).
fn recursion_error(container: Container) -> &'static str {
    match container {
        Container::Object => "maximum recursion depth exceeded while decoding a JSON object from a unicode string",
        Container::Array => "maximum recursion depth exceeded while decoding a JSON array from a unicode string",
    }
}

/// In an object at `idx` (after `{` or `,` and whitespace): a key and its `:`; answers where the value starts.
fn object_key(s: &[char], idx: usize) -> Result<usize, Found> {
    if s.get(idx) != Some(&'"') {
        return Err(("Expecting property name enclosed in double quotes", idx));
    }
    let idx = skip_ws(s, scan_string(s, idx + 1)?);
    if s.get(idx) != Some(&':') {
        return Err(("Expecting ':' delimiter", idx));
    }
    Ok(skip_ws(s, idx + 1))
}

/// A literal (`null`, `true`, `false`, `NaN`, `Infinity`, `-Infinity`) or a number at `i`; `None` when none starts
/// there.
fn scan_scalar(s: &[char], i: usize) -> Option<usize> {
    let literal =
        |word: &str| s.len() >= i + word.chars().count() && s[i..].iter().zip(word.chars()).all(|(a, b)| *a == b);
    for word in ["null", "true", "false", "NaN", "Infinity", "-Infinity"] {
        if literal(word) {
            return Some(i + word.len());
        }
    }
    match_number(s, i)
}

/// `_match_number_unicode`.
fn match_number(s: &[char], start: usize) -> Option<usize> {
    let digit = |i: usize| s.get(i).is_some_and(char::is_ascii_digit);
    let mut i = start;
    if s.get(i) == Some(&'-') {
        i += 1;
    }
    match s.get(i) {
        Some('1'..='9') => {
            i += 1;
            while digit(i) {
                i += 1;
            }
        }
        Some('0') => i += 1,
        _ => return None,
    }
    if s.get(i) == Some(&'.') && digit(i + 1) {
        i += 2;
        while digit(i) {
            i += 1;
        }
    }
    if matches!(s.get(i), Some('e' | 'E')) {
        let e_start = i;
        i += 1;
        if matches!(s.get(i), Some('-' | '+')) {
            i += 1;
        }
        while digit(i) {
            i += 1;
        }
        if !digit(i - 1) {
            i = e_start;
        }
    }
    Some(i)
}

/// `scanstring_unicode` (strict): `end` is the index after the opening quote; answers the index after the closing one.
fn scan_string(s: &[char], mut end: usize) -> Result<usize, Found> {
    let begin = end - 1;
    let len = s.len();
    loop {
        let mut next = end;
        let mut c = '\0';
        while next < len {
            c = s[next];
            if c == '"' || c == '\\' {
                break;
            }
            if (c as u32) <= 0x1f {
                return Err(("Invalid control character at", next));
            }
            next += 1;
        }
        if next >= len || !(c == '"' || c == '\\') {
            return Err(("Unterminated string starting at", begin));
        }
        next += 1;
        if c == '"' {
            return Ok(next);
        }
        if next == len {
            return Err(("Unterminated string starting at", begin));
        }
        if s[next] != 'u' {
            end = next + 1;
            if !matches!(s[next], '"' | '\\' | '/' | 'b' | 'f' | 'n' | 'r' | 't') {
                return Err(("Invalid \\escape", end - 2));
            }
            continue;
        }
        next += 1;
        end = next + 4;
        if end >= len {
            return Err(("Invalid \\uXXXX escape", next - 1));
        }
        let hex = |from: usize| s[from..from + 4].iter().all(char::is_ascii_hexdigit);
        if !hex(next) {
            return Err(("Invalid \\uXXXX escape", end - 5));
        }
        let unit = s[next..end].iter().collect::<String>();
        let high = u32::from_str_radix(&unit, 16).is_ok_and(|u| (0xd800..0xdc00).contains(&u));
        // a high surrogate takes a following `\uXXXX` with it
        if high && end + 6 < len && s[end] == '\\' && s[end + 1] == 'u' {
            if !hex(end + 2) {
                return Err(("Invalid \\uXXXX escape", end + 1));
            }
            let low = s[end + 2..end + 6].iter().collect::<String>();
            if u32::from_str_radix(&low, 16).is_ok_and(|u| (0xdc00..0xe000).contains(&u)) {
                end += 6;
            }
        }
    }
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

    /// serde_json parses bodies nested [`MAX_DEPTH`] deep and refuses one level more; this scanner gives up at
    /// that same level, without recursion (a million open brackets once overflowed the stack here).
    #[test]
    fn nesting_stops_where_serde_json_stops_without_recursion() {
        let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        assert!(serde_json::from_str::<serde_json::Value>(&nested(MAX_DEPTH)).is_ok());
        let array = "maximum recursion depth exceeded while decoding a JSON array from a unicode string";
        let object = "maximum recursion depth exceeded while decoding a JSON object from a unicode string";
        let too_deep = nested(MAX_DEPTH + 1);
        assert_eq!(msg(&too_deep), format!("{array}: line 1 column {} (char {})", MAX_DEPTH + 1, MAX_DEPTH));
        assert!(msg(&"[".repeat(1_000_000)).starts_with(array));
        assert!(msg(&"{\"a\":".repeat(1_000_000)).starts_with(object));
        // an error before the limit is the one Python reports first
        assert_eq!(msg(&format!("[1 2{}", "[".repeat(1000))), "Expecting ',' delimiter: line 1 column 4 (char 3)");
        // and deep but valid nesting within the limit, with an error after it
        let ok_then_bad = format!("{},]", nested(100));
        assert!(serde_json::from_str::<serde_json::Value>(&ok_then_bad).is_err());
        assert!(msg(&ok_then_bad).starts_with("Extra data"));
    }

    /// Every end-of-input case (and more) against Python's own `json.loads`, with and without trailing whitespace:
    /// the expectations come from python3 when the test runs, not from hand.
    #[test]
    fn ends_of_input_as_python_says_them() {
        let cases = [
            "{",
            "{\"a\"",
            "{\"a\":",
            "{\"a\": 1",
            "{\"a\": 1,",
            "[",
            "[1,",
            "\"abc",
            "tru",
            "[1",
            "{\"a\":1,\"b\"",
            "nul",
            "fals",
            "-",
            "1.",
            "1e",
            "{\"a\": [1,",
            "{\"a\": {",
            "{\"a\": {\"b\": \"c",
            "\"\\u12",
            "\"\\",
            "{\"bronorganisatie\": \"123456782\",",
            "{\"a\": 1}}",
            "[1]]",
            "{\"a\" : tru}",
            "{\"a\": \"b\" \"c\"}",
            // not at the end: escapes, surrogates, characters beyond ASCII, misplaced brackets
            "{\"a\": \"\\ud800\\udc00x",
            "[\"é\", tru]",
            "{\"ä\":1 \"b\"}",
            "\"\\uZZZZ\"",
            "\"\\ud800\\uZZZZ\"",
            "{\"a\":1,}",
            "[1,]",
            "{\"a\" 1}",
            "{,}",
            "]",
            "}",
            "\"é\\x\"",
            "[1 2]",
            "{\"a\":1}x",
            "0123",
            "-0.5e+",
            "[[[]]]]",
            "\"\\u00e9\u{1}\"",
        ];
        let inputs: Vec<String> =
            cases.iter().flat_map(|c| ["", "  ", "\n", " \n\t "].map(|ws| format!("{c}{ws}"))).collect();
        let script = "import json, sys\n\
            for s in json.load(sys.stdin):\n\
            \x20   try:\n\
            \x20       json.loads(s); print(json.dumps(None))\n\
            \x20   except json.JSONDecodeError as e:\n\
            \x20       print(json.dumps(str(e)))\n";
        let mut python = match std::process::Command::new("python3")
            .args(["-c", script])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
        {
            Ok(p) => p,
            Err(e) => panic!("python3 is needed for this test (it gives the expected messages): {e}"),
        };
        {
            use std::io::Write;
            let mut stdin = python.stdin.take().unwrap();
            stdin.write_all(serde_json::to_string(&inputs).unwrap().as_bytes()).unwrap();
        }
        let out = python.wait_with_output().unwrap();
        let expected: Vec<Option<String>> =
            String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(expected.len(), inputs.len());
        let mut wrong = Vec::new();
        for (input, python) in inputs.iter().zip(expected) {
            let ours =
                serde_json::from_str::<serde_json::Value>(input).err().map(|e| python_message(input.as_bytes(), &e));
            if ours != python {
                wrong.push(format!("{input:?}: python {python:?}, ours {ours:?}"));
            }
        }
        assert!(wrong.is_empty(), "{} of {} differ:\n{}", wrong.len(), inputs.len(), wrong.join("\n"));
    }
}
