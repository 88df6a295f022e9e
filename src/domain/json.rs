//! A request body as the reference reads it: Python's `json.loads` of the body decoded as UTF-8 (DRF's JSON
//! parser), ported to Rust, with Python's values and Python's error messages.
//!
//! - **Values as Python has them** ([`Json`]): an integer keeps its digits (Python's `int` has no bound, so
//!   `123456789012345678901234567890` stays exact), a number with a fraction or exponent is an `f64` (`1e400` is
//!   `inf`, as `float('1e400')`), objects keep the order of their first keys and the last value of a repeated key.
//! - **Errors as Python words them**: `Expecting value: line 1 column 1 (char 0)`, `Unexpected UTF-8 BOM (decode
//!   using utf-8-sig)`, `'utf-8' codec can't decode byte 0xff in position 6: invalid start byte`, … with positions in
//!   characters, as CPython's C scanner (`Modules/_json.c`) and `json.decoder` give them.
//! - **Where this differs from Python** (README, Deviations from the reference): the literals `NaN`, `Infinity` and
//!   `-Infinity`, which RFC 8259 does not have, are no value (`Expecting value`, item 20); an escaped surrogate
//!   without its pair (`"\ud800"`), which no UTF-8 text can hold, is an error (item 19); nesting deeper than
//!   [`MAX_DEPTH`] is Python's `RecursionError` text rather than a 500 (item 15).
//!
//! The scanner keeps its open arrays and objects on a stack of its own: no body, however deep, recurses.
use indexmap::IndexMap;

/// A JSON value as Python's `json.loads` gives it.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// An integer, as Python's `str()` writes it (its digits, `-` for a negative number).
    Int(String),
    /// A number with a fraction or an exponent (`float`; `inf` when out of range).
    Float(f64),
    Str(String),
    List(Vec<Json>),
    Dict(IndexMap<String, Json>),
}

impl Json {
    /// Python's type name (`dict`, `list`, `str`, `int`, `float`, `bool`, `NoneType`), as the reference's messages
    /// name it.
    pub fn type_name(&self) -> &'static str {
        match self {
            Json::Null => "NoneType",
            Json::Bool(_) => "bool",
            Json::Int(_) => "int",
            Json::Float(_) => "float",
            Json::Str(_) => "str",
            Json::List(_) => "list",
            Json::Dict(_) => "dict",
        }
    }
}

/// The deepest nesting of arrays and objects a body may have. Python's decoder gives up at its own recursion limit
/// (about a thousand levels, depending on the interpreter's stack) with a `RecursionError`, which the reference
/// answers with a 500; here a body nested deeper than this is a 400 `parse_error` with Python's `RecursionError` text
/// (README, Deviations from the reference, item 15).
pub const MAX_DEPTH: usize = 127;

/// Reads a body as the reference does; `Err` is the text of Python's exception, which the reference puts after
/// `JSON parse error - `.
pub fn parse(input: &[u8]) -> Result<Json, String> {
    let text = std::str::from_utf8(input).map_err(|e| utf8_message(input, &e))?;
    decode(text).map_err(|(what, at)| {
        let (line, column, pos) = position(text, at);
        format!("{what}: line {line} column {column} (char {pos})")
    })
}

/// Python's `UnicodeDecodeError` text for a body that is not UTF-8 (`bytes.decode('utf-8')`).
fn utf8_message(input: &[u8], e: &std::str::Utf8Error) -> String {
    let at = e.valid_up_to();
    let (len, reason) = match e.error_len() {
        None => (input.len() - at, "unexpected end of data"),
        Some(n) if matches!(input[at], 0xc2..=0xf4) => (n, "invalid continuation byte"),
        Some(n) => (n, "invalid start byte"),
    };
    if len == 1 {
        format!("'utf-8' codec can't decode byte 0x{:02x} in position {at}: {reason}", input[at])
    } else {
        format!("'utf-8' codec can't decode bytes in position {at}-{}: {reason}", at + len - 1)
    }
}

/// A decode error: Python's message and the byte offset it names (turned into characters for the message).
type Found = (&'static str, usize);

/// Line, column and character position of a byte offset, as `JSONDecodeError` counts them.
fn position(text: &str, at: usize) -> (usize, usize, usize) {
    let before = &text[..at.min(text.len())];
    let pos = before.chars().count();
    let line = before.bytes().filter(|b| *b == b'\n').count() + 1;
    let column = match before.rfind('\n') {
        Some(nl) => before[nl + 1..].chars().count() + 1,
        None => pos + 1,
    };
    (line, column, pos)
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

/// `json.loads` of a `str`: no BOM, then `JSONDecoder.decode`: one value between optional whitespace, else
/// `Extra data`.
fn decode(text: &str) -> Result<Json, Found> {
    if text.starts_with('\u{feff}') {
        return Err(("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0));
    }
    let b = text.as_bytes();
    let (value, end) = scan_value(text, skip_ws(b, 0))?;
    let end = skip_ws(b, end);
    if end != b.len() {
        return Err(("Extra data", end));
    }
    Ok(value)
}

/// An array or object whose items are being read.
enum Open {
    List(Vec<Json>),
    /// The object so far and the key whose value is being read.
    Dict(IndexMap<String, Json>, String),
}

/// `scan_once_unicode` with `_parse_object_unicode` and `_parse_array_unicode`, without their recursion. A value
/// that does not start where one must is Python's `StopIteration`, which every caller turns into `Expecting value`
/// at that index. Answers the value at `i` and the index after it.
fn scan_value(text: &str, mut i: usize) -> Result<(Json, usize), Found> {
    let b = text.as_bytes();
    let mut open: Vec<Open> = Vec::new();
    loop {
        // a value starts at `i`
        let (mut value, mut end) = match b.get(i) {
            Some(b'"') => {
                let (s, end) = scan_string(text, i + 1)?;
                (Json::Str(s), end)
            }
            Some(&c @ (b'{' | b'[')) => {
                if open.len() >= MAX_DEPTH {
                    return Err((recursion_error(c), i));
                }
                let idx = skip_ws(b, i + 1);
                match (c, b.get(idx)) {
                    (b'{', Some(b'}')) => (Json::Dict(IndexMap::new()), idx + 1),
                    (b'[', Some(b']')) => (Json::List(Vec::new()), idx + 1),
                    (b'{', _) => {
                        let (key, start) = object_key(text, idx)?;
                        open.push(Open::Dict(IndexMap::new(), key));
                        i = start;
                        continue;
                    }
                    _ => {
                        open.push(Open::List(Vec::new()));
                        i = idx;
                        continue;
                    }
                }
            }
            _ => scan_scalar(text, i).ok_or(("Expecting value", i))?,
        };
        // the value ended at `end`: into its container, and the containers it closes, up to the next value
        loop {
            let Some(top) = open.last_mut() else { return Ok((value, end)) };
            match top {
                Open::List(items) => items.push(value),
                Open::Dict(map, key) => {
                    // as a Python dict: a repeated key keeps its first place and takes the last value
                    map.insert(std::mem::take(key), value);
                }
            }
            let idx = skip_ws(b, end);
            let close = if matches!(top, Open::Dict(..)) { b'}' } else { b']' };
            if b.get(idx) == Some(&close) {
                value = match open.pop() {
                    Some(Open::List(items)) => Json::List(items),
                    Some(Open::Dict(map, _)) => Json::Dict(map),
                    None => unreachable!("a container is open"),
                };
                end = idx + 1;
                continue;
            }
            if b.get(idx) != Some(&b',') {
                return Err(("Expecting ',' delimiter", idx));
            }
            let idx = skip_ws(b, idx + 1);
            i = match top {
                Open::Dict(_, key) => {
                    let (next, start) = object_key(text, idx)?;
                    *key = next;
                    start
                }
                Open::List(_) => idx,
            };
            break;
        }
    }
}

/// Python's `RecursionError` text for a container opened beyond [`MAX_DEPTH`] (the position is ours: Python's
/// message has none).
fn recursion_error(open: u8) -> &'static str {
    if open == b'{' {
        "maximum recursion depth exceeded while decoding a JSON object from a unicode string"
    } else {
        "maximum recursion depth exceeded while decoding a JSON array from a unicode string"
    }
}

/// In an object at `idx` (after `{` or `,` and whitespace): a key and its `:`; answers the key and where its value
/// starts.
fn object_key(text: &str, idx: usize) -> Result<(String, usize), Found> {
    let b = text.as_bytes();
    if b.get(idx) != Some(&b'"') {
        return Err(("Expecting property name enclosed in double quotes", idx));
    }
    let (key, end) = scan_string(text, idx + 1)?;
    let idx = skip_ws(b, end);
    if b.get(idx) != Some(&b':') {
        return Err(("Expecting ':' delimiter", idx));
    }
    Ok((key, skip_ws(b, idx + 1)))
}

/// `null`, `true`, `false` or a number at `i`; `None` when none starts there (also for `NaN`, `Infinity` and
/// `-Infinity`, which Python reads and RFC 8259 does not have).
fn scan_scalar(text: &str, i: usize) -> Option<(Json, usize)> {
    let rest = &text.as_bytes()[i..];
    for (word, value) in [(&b"null"[..], Json::Null), (b"true", Json::Bool(true)), (b"false", Json::Bool(false))] {
        if rest.starts_with(word) {
            return Some((value, i + word.len()));
        }
    }
    let (end, is_float) = match_number(text.as_bytes(), i)?;
    let token = &text[i..end];
    let value = if is_float {
        // correctly rounded, `inf` beyond the range of a double, as Python's `float()`
        Json::Float(token.parse().ok()?)
    } else if token == "-0" {
        Json::Int("0".into())
    } else {
        Json::Int(token.to_string())
    };
    Some((value, end))
}

/// `_match_number_unicode`: the end of the number at `start` and whether it is a float.
fn match_number(b: &[u8], start: usize) -> Option<(usize, bool)> {
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let mut i = start;
    if b.get(i) == Some(&b'-') {
        i += 1;
    }
    match b.get(i) {
        Some(b'1'..=b'9') => {
            i += 1;
            while digit(i) {
                i += 1;
            }
        }
        Some(b'0') => i += 1,
        _ => return None,
    }
    let mut is_float = false;
    if b.get(i) == Some(&b'.') && digit(i + 1) {
        is_float = true;
        i += 2;
        while digit(i) {
            i += 1;
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let e_start = i;
        i += 1;
        if matches!(b.get(i), Some(b'-' | b'+')) {
            i += 1;
        }
        while digit(i) {
            i += 1;
        }
        if digit(i - 1) {
            is_float = true;
        } else {
            i = e_start;
        }
    }
    Some((i, is_float))
}

/// `scanstring_unicode` (strict): `end` is the index after the opening quote; answers the string and the index
/// after the closing quote.
fn scan_string(text: &str, mut end: usize) -> Result<(String, usize), Found> {
    let b = text.as_bytes();
    let begin = end - 1;
    let len = b.len();
    let mut out = String::new();
    loop {
        let mut next = end;
        let mut c = 0u8;
        while next < len {
            c = b[next];
            if c == b'"' || c == b'\\' {
                break;
            }
            if c <= 0x1f {
                return Err(("Invalid control character at", next));
            }
            next += 1;
        }
        if next >= len || !(c == b'"' || c == b'\\') {
            return Err(("Unterminated string starting at", begin));
        }
        // `end..next` holds no quote nor backslash, so it ends at a character boundary
        out.push_str(&text[end..next]);
        next += 1;
        if c == b'"' {
            return Ok((out, next));
        }
        if next == len {
            return Err(("Unterminated string starting at", begin));
        }
        if b[next] != b'u' {
            end = next + 1;
            out.push(match b[next] {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                _ => return Err(("Invalid \\escape", end - 2)),
            });
            continue;
        }
        next += 1;
        end = next + 4;
        if end >= len {
            return Err(("Invalid \\uXXXX escape", next - 1));
        }
        let unit = hex4(b, next).ok_or(("Invalid \\uXXXX escape", end - 5))?;
        let mut code = unit;
        if (0xd800..0xdc00).contains(&unit) && end + 6 < len && b[end] == b'\\' && b[end + 1] == b'u' {
            // a high surrogate takes a following `\uXXXX` with it when that is its low half
            let low = hex4(b, end + 2).ok_or(("Invalid \\uXXXX escape", end + 1))?;
            if (0xdc00..0xe000).contains(&low) {
                code = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                end += 6;
            }
        }
        // Python keeps an unpaired surrogate in its str; UTF-8 cannot hold one (README, Deviations from the
        // reference, item 19)
        let ch = char::from_u32(code).ok_or(("Unpaired surrogate in a \\uXXXX escape", next - 2))?;
        out.push(ch);
    }
}

fn hex4(b: &[u8], at: usize) -> Option<u32> {
    let digits = std::str::from_utf8(b.get(at..at + 4)?).ok()?;
    if !digits.bytes().all(|d| d.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(digits, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(input: &str) -> String {
        parse(input.as_bytes()).unwrap_err()
    }

    #[test]
    fn values_as_python_reads_them() {
        let Json::Dict(m) =
            parse(br#"{"a": 1, "b": -0, "a": 2.50, "c": 123456789012345678901234567890, "d": 1e400}"#).unwrap()
        else {
            panic!("not a dict")
        };
        let keys: Vec<&String> = m.keys().collect();
        assert_eq!(keys, ["a", "b", "c", "d"], "a repeated key keeps its first place");
        assert_eq!(m["a"], Json::Float(2.5), "and takes the last value");
        assert_eq!(m["b"], Json::Int("0".into()));
        assert_eq!(m["c"], Json::Int("123456789012345678901234567890".into()));
        assert_eq!(m["d"], Json::Float(f64::INFINITY));
        assert_eq!(parse("\"\\ud83d\\ude00 \\u00e9\\n\"".as_bytes()).unwrap(), Json::Str("\u{1f600} é\n".into()));
        assert_eq!(parse(b"[]").unwrap(), Json::List(vec![]));
    }

    #[test]
    fn as_python_says_it() {
        assert_eq!(msg("{bad"), "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)");
        assert_eq!(msg("{\"a\":1,}"), "Expecting property name enclosed in double quotes: line 1 column 8 (char 7)");
        assert_eq!(msg("[1,]"), "Expecting value: line 1 column 4 (char 3)");
        assert_eq!(msg("{\"a\" 1}"), "Expecting ':' delimiter: line 1 column 6 (char 5)");
        assert_eq!(msg("{\"a\":1 \"b\":2}"), "Expecting ',' delimiter: line 1 column 8 (char 7)");
        assert_eq!(msg("{\"a\":1}x"), "Extra data: line 1 column 8 (char 7)");
        assert_eq!(msg(" \n\t "), "Expecting value: line 2 column 3 (char 4)");
        assert_eq!(msg("\u{feff}{}"), "Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)");
        assert_eq!(
            parse(b"{\"a\":\"\xff\"}").unwrap_err(),
            "'utf-8' codec can't decode byte 0xff in position 6: invalid start byte"
        );
        assert_eq!(
            parse(b"ab\xe2\x82").unwrap_err(),
            "'utf-8' codec can't decode bytes in position 2-3: unexpected end of data"
        );
        assert_eq!(msg("{\"a\": NaN}"), "Expecting value: line 1 column 7 (char 6)");
        assert_eq!(msg("[\"\\ud800\"]"), "Unpaired surrogate in a \\uXXXX escape: line 1 column 3 (char 2)");
    }

    /// serde_json parses bodies nested [`MAX_DEPTH`] deep; one level more is Python's `RecursionError` text, found
    /// without recursion (a million open brackets once overflowed the stack of this scan).
    #[test]
    fn nesting_is_bounded_without_recursion() {
        let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        assert!(parse(nested(MAX_DEPTH).as_bytes()).is_ok());
        let array = "maximum recursion depth exceeded while decoding a JSON array from a unicode string";
        let object = "maximum recursion depth exceeded while decoding a JSON object from a unicode string";
        assert_eq!(
            msg(&nested(MAX_DEPTH + 1)),
            format!("{array}: line 1 column {} (char {})", MAX_DEPTH + 1, MAX_DEPTH)
        );
        assert!(msg(&"[".repeat(1_000_000)).starts_with(array));
        assert!(msg(&"{\"a\":".repeat(1_000_000)).starts_with(object));
        // an error before the limit is the one Python reports first
        assert_eq!(msg(&format!("[1 2{}", "[".repeat(1000))), "Expecting ',' delimiter: line 1 column 4 (char 3)");
        assert!(msg(&format!("{},]", nested(100))).starts_with("Extra data"));
    }

    /// Python's own `json.loads` on the same inputs, with and without trailing whitespace: the expectations come
    /// from python3 when the test runs, not from hand. Each input that Python reads must be read to the same value
    /// (compared as Python's `repr` of it), and each it refuses refused with its message, except the documented
    /// deviations (`NaN`, `Infinity`, unpaired surrogates).
    #[test]
    fn as_python_reads_and_refuses_them() {
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
            "{\"a\": 1, \"a\": 2, \"b\": [1.5, 2e3, -0, 1E-7, 12345678901234567890123]}",
            "[0.1, 1e16, 1e400, -1e400, 2.5e-05, 100.0, 1e15]",
            "\"\\ud83d\\ude00\\u00e9\\/\\b\\f\\n\\r\\t\"",
            "{\"k\u{e9}y\": \"v\u{2028}\"}",
            "  true  ",
            "null",
        ];
        let inputs: Vec<String> =
            cases.iter().flat_map(|c| ["", "  ", "\n", " \n\t "].map(|ws| format!("{c}{ws}"))).collect();
        let script = "import json, sys\n\
            for s in json.load(sys.stdin):\n\
            \x20   try:\n\
            \x20       print(json.dumps({'ok': repr(json.loads(s))}))\n\
            \x20   except json.JSONDecodeError as e:\n\
            \x20       print(json.dumps({'err': str(e)}))\n";
        let mut python = match std::process::Command::new("python3")
            .args(["-c", script])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
        {
            Ok(p) => p,
            Err(e) => panic!("python3 is needed for this test (it gives the expected answers): {e}"),
        };
        {
            use std::io::Write;
            let mut stdin = python.stdin.take().unwrap();
            stdin.write_all(serde_json::to_string(&inputs).unwrap().as_bytes()).unwrap();
        }
        let out = python.wait_with_output().unwrap();
        let expected: Vec<serde_json::Value> =
            String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(expected.len(), inputs.len());
        let mut wrong = Vec::new();
        for (input, python) in inputs.iter().zip(expected) {
            let ours = match parse(input.as_bytes()) {
                Ok(v) => serde_json::json!({ "ok": super::super::python::repr(&v) }),
                Err(e) => serde_json::json!({ "err": e }),
            };
            if ours != python {
                wrong.push(format!("{input:?}: python {python}, ours {ours}"));
            }
        }
        assert!(wrong.is_empty(), "{} of {} differ:\n{}", wrong.len(), inputs.len(), wrong.join("\n"));
    }
}
