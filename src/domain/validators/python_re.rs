//! Building blocks of Python 3.7 regular expressions that the Rust `regex` crate spells differently.
#[allow(unused_imports)]
use super::*;
use regex::{Regex, RegexBuilder};

// ---------------------------------------------------------------------------------------------
// Python regex building blocks
// ---------------------------------------------------------------------------------------------

/// Python 3.7 `\s` on `str` patterns (`str.isspace()`): note U+001C..U+001F and U+0085, which
/// Rust's `\s` does not include.
pub(super) const PY_SPACE: &str =
    r"\t\n\x0B\x0C\r\x1C-\x1F \x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}";

/// Python 3.7 `\d` on `str` patterns: the Unicode 11 decimal digits (Nd).
pub(super) const PY_DIGIT: &str = concat!(
    r"\x{30}-\x{39}\x{660}-\x{669}\x{6F0}-\x{6F9}\x{7C0}-\x{7C9}\x{966}-\x{96F}\x{9E6}-\x{9EF}",
    r"\x{A66}-\x{A6F}\x{AE6}-\x{AEF}\x{B66}-\x{B6F}\x{BE6}-\x{BEF}\x{C66}-\x{C6F}\x{CE6}-\x{CEF}",
    r"\x{D66}-\x{D6F}\x{DE6}-\x{DEF}\x{E50}-\x{E59}\x{ED0}-\x{ED9}\x{F20}-\x{F29}\x{1040}-\x{1049}",
    r"\x{1090}-\x{1099}\x{17E0}-\x{17E9}\x{1810}-\x{1819}\x{1946}-\x{194F}\x{19D0}-\x{19D9}",
    r"\x{1A80}-\x{1A89}\x{1A90}-\x{1A99}\x{1B50}-\x{1B59}\x{1BB0}-\x{1BB9}\x{1C40}-\x{1C49}",
    r"\x{1C50}-\x{1C59}\x{A620}-\x{A629}\x{A8D0}-\x{A8D9}\x{A900}-\x{A909}\x{A9D0}-\x{A9D9}",
    r"\x{A9F0}-\x{A9F9}\x{AA50}-\x{AA59}\x{ABF0}-\x{ABF9}\x{FF10}-\x{FF19}\x{104A0}-\x{104A9}",
    r"\x{10D30}-\x{10D39}\x{11066}-\x{1106F}\x{110F0}-\x{110F9}\x{11136}-\x{1113F}\x{111D0}-\x{111D9}",
    r"\x{112F0}-\x{112F9}\x{11450}-\x{11459}\x{114D0}-\x{114D9}\x{11650}-\x{11659}\x{116C0}-\x{116C9}",
    r"\x{11730}-\x{11739}\x{118E0}-\x{118E9}\x{11C50}-\x{11C59}\x{11D50}-\x{11D59}\x{11DA0}-\x{11DA9}",
    r"\x{16A60}-\x{16A69}\x{16B50}-\x{16B59}\x{1D7CE}-\x{1D7FF}\x{1E950}-\x{1E959}",
);

/// The non-ASCII characters that a Python 3.7 `re.IGNORECASE` class containing `a-z` (or `A-Z`)
/// also matches: U+0130 and U+212A lower-case to `i` and `k`, U+0131 and U+017F are the
/// registered case equivalents of `i` and `s`.
pub(super) const PY_IGNORECASE_EXTRA: &str = r"\x{130}\x{131}\x{17F}\x{212A}";

pub(super) fn build_regex(pattern: &str) -> Regex {
    RegexBuilder::new(pattern)
        .size_limit(64 * (1 << 20))
        .dfa_size_limit(16 * (1 << 20))
        .build()
        .expect("validator regex must compile")
}
