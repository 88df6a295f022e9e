//! What Python does to a value on its way through the reference, written once: `str()` and `repr()` of a JSON value,
//! `int()` of a text, `str.strip()`'s whitespace, and the key conversion of djangorestframework-camel-case. The
//! validation (`validation`) and the API layer's reading of the list query take their coercions from here, so that a
//! number sent for a text field, an integer written as a text and a key in another letter case come out as the
//! reference's own.
use super::json::Json;

/// Python's `str.isspace()` (what `str.strip()` removes): Unicode's white space and the separators `\x1c`–`\x1f`.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// `str.strip()`.
pub fn strip(s: &str) -> &str {
    s.trim_matches(is_space)
}

pub use super::names::camel_to_underscore;

/// Python's `str()` of a value: a text as it is, a number as Python writes it (`1e+16`, `2.5e-05`, `inf`, an
/// integer of any size exactly), `True`, `None`, and lists and dicts with their items' `repr()`.
pub fn str(v: &Json) -> String {
    match v {
        Json::Str(s) => s.clone(),
        other => repr(other),
    }
}

/// Python's `repr()` of a value.
pub fn repr(v: &Json) -> String {
    match v {
        Json::Null => "None".into(),
        Json::Bool(true) => "True".into(),
        Json::Bool(false) => "False".into(),
        Json::Int(digits) => digits.clone(),
        Json::Float(f) => float_repr(*f),
        Json::Str(s) => str_repr(s),
        Json::List(items) => format!("[{}]", items.iter().map(repr).collect::<Vec<_>>().join(", ")),
        Json::Dict(m) => {
            format!(
                "{{{}}}",
                m.iter().map(|(k, v)| format!("{}: {}", str_repr(k), repr(v))).collect::<Vec<_>>().join(", ")
            )
        }
    }
}

/// `repr(float)`: the shortest digits that read back to the same double (as Rust's formatting finds them too), in
/// fixed notation for decimal exponents from -4 up to 15 (`0.0001`, `1000000000000000.0`) and scientific otherwise
/// (`1e-05`, `1e+16`, `1.2345678901234568e+29`).
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    let shortest = format!("{f:e}");
    let (mantissa, exponent) = shortest.split_once('e').expect("`{:e}` has an exponent");
    let exponent: i32 = exponent.parse().expect("`{:e}` has a numeric exponent");
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let point = exponent + 1;
    let body = if !(-3..=16).contains(&point) {
        let rest = if digits.len() > 1 { format!(".{}", &digits[1..]) } else { String::new() };
        format!("{}{rest}e{}{:02}", &digits[..1], if exponent < 0 { '-' } else { '+' }, exponent.abs())
    } else if point <= 0 {
        format!("0.{}{digits}", "0".repeat(point.unsigned_abs() as usize))
    } else if point as usize >= digits.len() {
        format!("{digits}{}.0", "0".repeat(point as usize - digits.len()))
    } else {
        format!("{}.{}", &digits[..point as usize], &digits[point as usize..])
    };
    format!("{sign}{body}")
}

/// `repr(str)`: single quotes unless the text holds one and no double quote; backslashes, the quote and characters
/// Python does not print escaped (`\n`, `\x00`, `\u2028`, …). Python's test of "printable" needs the Unicode
/// database; this one knows the control, format, separator and private-use characters, which is what a client
/// sends.
fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !printable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's `str.isprintable()` for one character, without the unassigned code points.
fn printable(c: char) -> bool {
    let n = c as u32;
    let not = matches!(n,
        0..=0x1f | 0x7f..=0xa0 | 0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x8e2 | 0x1680 | 0x180e
        | 0x2000..=0x200f | 0x2028..=0x202f | 0x205f..=0x2064 | 0x2066..=0x206f | 0x3000 | 0xe000..=0xf8ff
        | 0xfeff | 0xfff9..=0xfffb | 0x110bd | 0x110cd | 0x13430..=0x13438 | 0x1bca0..=0x1bca3
        | 0x1d173..=0x1d17a | 0xe0001 | 0xe0020..=0xe007f | 0xf0000..=0x10ffff);
    !not
}

/// The first code point of each run of ten decimal digits (Unicode category Nd) that Python 3.7, the reference's
/// interpreter (Unicode 11), reads as 0–9 in `int()`: ASCII, Arabic-Indic, Devanagari, fullwidth, …
const DECIMAL_ZEROS: [u32; 61] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0,
    0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620,
    0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0,
    0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E950,
];

/// The value of a decimal digit of any script.
fn decimal(c: char) -> Option<u32> {
    let n = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|z| *z <= n).checked_sub(1)?;
    let value = n - DECIMAL_ZEROS[i];
    (value < 10).then_some(value)
}

/// Python's `int()` of a text (base 10): surrounding white space (Rust's `char::is_whitespace`, which is Python's
/// set here), a sign, decimal digits of any script and single
/// underscores between them (`" 1_000 "`, `"٥"`, `"+007"`). Saturates beyond `i128`, so that a huge value is still
/// a number out of range rather than no number.
pub fn int(s: &str) -> Option<i128> {
    // `int()` strips ASCII white space and the Unicode white space it turns into spaces first, but not the separators
    // `\x1c`–`\x1f` that `str.strip()` removes
    let t = s.trim_matches(char::is_whitespace);
    let (negative, digits) = match t.chars().next() {
        Some('-') => (true, &t[1..]),
        Some('+') => (false, &t[1..]),
        _ => (false, t),
    };
    let mut value: i128 = 0;
    let mut last_was_digit = false;
    for c in digits.chars() {
        if c == '_' {
            if !last_was_digit {
                return None;
            }
            last_was_digit = false;
            continue;
        }
        let d = decimal(c)?;
        value = value.saturating_mul(10).saturating_add(d as i128);
        last_was_digit = true;
    }
    if !last_was_digit {
        return None;
    }
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each function against python3 itself on the same inputs.
    fn python<T: serde::de::DeserializeOwned>(script: &str, inputs: &[String]) -> Vec<T> {
        let mut p = std::process::Command::new("python3")
            .args(["-c", script])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("python3 is needed for this test (it gives the expected answers): {e}"));
        {
            use std::io::Write;
            p.stdin.take().unwrap().write_all(serde_json::to_string(inputs).unwrap().as_bytes()).unwrap();
        }
        let out = p.wait_with_output().unwrap();
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
    }

    #[test]
    fn keys_as_camel_to_underscore_converts_them() {
        let keys: Vec<String> = [
            "websiteUrl",
            "WebsiteUrl",
            "SubjectType",
            "subjectTYPE",
            "subAdresBuitenland1",
            "inpANummer",
            "inpA_nummer",
            "subject_natuurlijkPersoon__inpBsn",
            "adres__woonplaatsNaam",
            "Voornaam",
            "abc123def",
            "a1B2",
            "ABC",
            "x9Y",
            "klantnummer",
            "",
            "_",
            "ÉtéX",
            "aÄb",
            "ß1",
            "12ab34CD",
            "HTTPServer",
            "a__B",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let script = "import json, re, sys\n\
            p = re.compile(r'([a-z]|[0-9]+[a-z]?|[A-Z]?)([A-Z0-9])')\n\
            for k in json.load(sys.stdin):\n\
            \x20   print(json.dumps(p.sub(r'\\1_\\2', k).lower()))\n";
        let expected: Vec<String> = python(script, &keys);
        for (k, want) in keys.iter().zip(expected) {
            assert_eq!(camel_to_underscore(k), want, "{k}");
        }
    }

    #[test]
    fn floats_as_python_writes_them() {
        let values = [
            1e16,
            1e15,
            2.5e-5,
            1e-4,
            1e-5,
            0.1,
            100.0,
            1.5,
            0.0,
            -0.0,
            1e20,
            1.2345678901234568e29,
            123456.789,
            -3.25e-7,
            5e-324,
            1.7976931348623157e308,
            9007199254740993.0,
            0.30000000000000004,
            1e22,
            1e-7,
            12e15,
        ];
        let inputs: Vec<String> = values.iter().map(|f| format!("{f:e}")).collect();
        let expected: Vec<String> = python(
            "import json, sys\nfor s in json.load(sys.stdin):\n    print(json.dumps(repr(float(s))))\n",
            &inputs,
        );
        for (f, want) in values.iter().zip(expected) {
            assert_eq!(float_repr(*f), want, "{f:e}");
        }
        assert_eq!(float_repr(f64::INFINITY), "inf");
        assert_eq!(float_repr(f64::NEG_INFINITY), "-inf");
    }

    #[test]
    fn int_as_python_reads_a_text() {
        let inputs: Vec<String> = [
            "1",
            " 12 ",
            "+5",
            "-7",
            "1_000",
            "1__0",
            "_1",
            "1_",
            "٥",
            "１２",
            "१२३",
            "0x10",
            "1.0",
            "",
            " ",
            "-",
            "007",
            "\u{3000}5\u{2003}",
            "\u{1c}3\u{1f}",
            "99999999999999999999999999",
            "1 2",
            "٣_٤",
            "𝟗",
            "²",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let script = "import json, sys\n\
            for s in json.load(sys.stdin):\n\
            \x20   try:\n\
            \x20       print(json.dumps(str(int(s))))\n\
            \x20   except ValueError:\n\
            \x20       print(json.dumps(None))\n";
        let expected: Vec<Option<String>> = python(script, &inputs);
        for (s, want) in inputs.iter().zip(expected) {
            assert_eq!(int(s).map(|i| i.to_string()), want, "{s:?}");
        }
    }

    #[test]
    fn reprs_as_python_writes_them() {
        let v = Json::List(vec![
            Json::Str("it's".into()),
            Json::Str("a\"b'c\\\n\u{0}\u{2028}é".into()),
            Json::Null,
            Json::Bool(true),
            Json::Int("12".into()),
            Json::Float(1e16),
        ]);
        assert_eq!(repr(&v), r#"["it's", 'a"b\'c\\\n\x00\u2028é', None, True, 12, 1e+16]"#);
    }
}
