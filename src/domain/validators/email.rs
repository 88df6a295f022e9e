//! Django's `EmailValidator`.
#[allow(unused_imports)]
use super::*;
use std::sync::OnceLock;

use regex::Regex;

// ---------------------------------------------------------------------------------------------
// EmailValidator
// ---------------------------------------------------------------------------------------------

/// `EmailValidator.user_regex` (dot-atom or quoted string, `re.IGNORECASE`, `\Z`).
pub(super) fn email_user_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let atom = format!(r"[\-!#$%&'*+/=?^_`{{}}|~0-9A-Za-z{PY_IGNORECASE_EXTRA}]+");
        let qtext = format!(r"[\x01-\x08\x0B\x0C\x0E-\x1F!#-\[\]-\x7F{PY_IGNORECASE_EXTRA}]");
        let quoted_pair = format!(r"\\[\x01-\x09\x0B\x0C\x0E-\x7F{PY_IGNORECASE_EXTRA}]");
        build_regex(&format!(r#"^(?:{atom}(?:\.{atom})*|"(?:{qtext}|{quoted_pair})*")\z"#))
    })
}

/// `EmailValidator.domain_regex`:
/// `((?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\.)+)(?:[A-Z0-9-]{2,63}(?<!-))\Z`, `re.IGNORECASE`.
/// Note that the TLD may start with a dash and may be numeric.
pub(super) fn email_domain_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let c = format!("A-Za-z0-9{PY_IGNORECASE_EXTRA}");
        build_regex(&format!(r"^(?:[{c}](?:[{c}-]{{0,61}}[{c}])?\.)+[{c}-]{{1,62}}[{c}]\z"))
    })
}

/// `EmailValidator.validate_domain_part`.
pub(super) fn email_domain_part_ok(domain: &str) -> bool {
    if email_domain_regex().is_match(domain) {
        return true;
    }
    // literal_regex `\[([A-f0-9:\.]+)\]\Z` with IGNORECASE: the class is the ASCII letters,
    // digits, `:.[\]^_`` and the IGNORECASE extras; `]` is in the class, so the group runs to the
    // final `]`.
    let Some(inner) = domain.strip_prefix('[').and_then(|d| d.strip_suffix(']')) else {
        return false;
    };
    let literal_char = |c: char| {
        c.is_ascii_alphanumeric()
            || matches!(c, ':' | '.' | '[' | '\\' | ']' | '^' | '_' | '`')
            || matches!(c, '\u{130}' | '\u{131}' | '\u{17F}' | '\u{212A}')
    };
    !inner.is_empty() && inner.chars().all(literal_char) && py_is_ipv46_address(inner)
}

/// Django 2.2 EmailValidator (user part dot-atom or quoted string, domain `localhost` whitelist,
/// or labels ending in a TLD, or literal `[ip]`; IDN domains tried in punycode).
pub fn is_valid_email(value: &str) -> bool {
    let Some((user, domain)) = value.rsplit_once('@') else {
        return false;
    };
    if !email_user_regex().is_match(user) {
        return false;
    }
    if domain == "localhost" || email_domain_part_ok(domain) {
        return true;
    }
    match py_idna_encode(domain) {
        Ok(ace) => email_domain_part_ok(&ace),
        Err(()) => false,
    }
}
