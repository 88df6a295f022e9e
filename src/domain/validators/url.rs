//! Django's `URLValidator` with the CPython 3.7 `urllib.parse` code it calls.
#[allow(unused_imports)]
use super::*;
use std::sync::OnceLock;

use regex::Regex;

// ---------------------------------------------------------------------------------------------
// URLValidator
// ---------------------------------------------------------------------------------------------

/// `URLValidator.schemes`.
pub(super) const URL_SCHEMES: [&str; 4] = ["http", "https", "ftp", "ftps"];

/// CPython 3.7.11+ `urlsplit` removes every `\t`, `\r` and `\n` from the URL before splitting
/// (bpo-43882). Django 2.2.14 predates its own guard against this (2.2.22), so on the reference's
/// Python 3.7 a URL that fails the regex only because of an embedded tab or newline is accepted
/// through the IDN retry (`urlsplit` → `urlunsplit`). Set to `false` to mimic CPython < 3.7.11.
pub(super) const PY_URLSPLIT_REMOVES_TAB_CR_LF: bool = true;

/// `URLValidator.regex`, translated.
pub(super) fn url_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let d = format!("[{PY_DIGIT}]");
        let ul = r"\x{A1}-\x{FFFF}";
        // [a-z\u00a1-\uffff0-9] under IGNORECASE (the extra IGNORECASE characters lie in `ul`).
        let chr = format!("a-zA-Z{ul}0-9");
        let letter = format!("a-zA-Z{ul}");
        let octet = format!("(?:25[0-5]|2[0-4]{d}|[0-1]?{d}?{d})");
        let ipv4 = format!(r"{octet}(?:\.{octet}){{3}}");
        let ipv6 = r"\[[0-9a-fA-F:.]+\]";
        // hostname_re, and domain_re's `(?!-)[…-]{1,63}(?<!-)`: 1..63 characters, no dash at
        // either end.
        let label = format!("[{chr}](?:[{chr}-]{{0,61}}[{chr}])?");
        let domain = format!(r"(?:\.{label})*");
        // tld_re: `\.(?!-)(?:[a-z\u00a1-\uffff-]{{2,63}}|xn--[a-z0-9]{{1,59}})(?<!-)\.?`
        let tld = format!(
            r"\.(?:[{letter}][{letter}-]{{0,61}}[{letter}]|[xX][nN]--[a-zA-Z0-9{PY_IGNORECASE_EXTRA}]{{1,59}})\.?"
        );
        // `localhost` under IGNORECASE: `s` also matches U+017F.
        let localhost = r"[lL][oO][cC][aA][lL][hH][oO][sS\x{17F}][tT]";
        let host = format!("(?:{label}{domain}{tld}|{localhost})");
        let pattern = format!(
            concat!(
                r"^[a-zA-Z0-9.+\-{extra}]*://",        // scheme (validated separately)
                r"(?:[^{sp}:@/]+(?::[^{sp}:@/]*)?@)?", // user:pass authentication
                r"(?:{ipv4}|{ipv6}|{host})",
                r"(?::{d}{{2,5}})?",   // port
                r"(?:[/?#][^{sp}]*)?", // resource path
                r"\z",
            ),
            extra = PY_IGNORECASE_EXTRA,
            sp = PY_SPACE,
            ipv4 = ipv4,
            ipv6 = ipv6,
            host = host,
            d = d,
        );
        build_regex(&pattern)
    })
}

/// `re.search(r'^\[(.+)\](?::\d{2,5})?$', netloc)` (the netloc never holds a newline here).
pub(super) fn bracket_host_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| build_regex(&format!(r"^\[(.+)\](?::[{PY_DIGIT}]{{2,5}})?\n?\z")))
}

/// The outcome of Django's `URLValidator` on one value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlCheck {
    /// The validator passes.
    Valid,
    /// `ValidationError` (code `invalid`, "Voer een geldige URL in.").
    Invalid,
    /// The validator raises `ValueError` from `urllib.parse.urlsplit` *after* the regex matched
    /// (an unbalanced `[`/`]` in the user info, e.g. `http://a]b@example.com`, or a netloc with a
    /// character whose NFKC form holds `/?#@:`, e.g. `http://℀.com`). DRF does not catch it: the
    /// reference answers HTTP 500.
    ServerError,
}

/// Django 2.2 `URLValidator()(value)` as a tri-state (see [`UrlCheck`]).
pub fn check_url(value: &str) -> UrlCheck {
    // scheme = value.split('://')[0].lower(); only ASCII can lower-case into a known scheme.
    let scheme = value.split("://").next().unwrap_or("");
    if !URL_SCHEMES.iter().any(|s| scheme.eq_ignore_ascii_case(s)) {
        return UrlCheck::Invalid;
    }
    if url_regex().is_match(value) {
        let split = match py_urlsplit(value) {
            Ok(split) => split,
            Err(()) => return UrlCheck::ServerError,
        };
        if let Some(caps) = bracket_host_regex().captures(&split.netloc) {
            if !py_is_ipv6_address(&caps[1]) {
                return UrlCheck::Invalid;
            }
        }
        if split.netloc.chars().count() > 253 {
            return UrlCheck::Invalid;
        }
        return UrlCheck::Valid;
    }
    // "Trivial case failed. Try for possible IDN domain."
    if value.is_empty() {
        return UrlCheck::Invalid;
    }
    let split = match py_urlsplit(value) {
        Ok(split) => split,
        Err(()) => return UrlCheck::Invalid,
    };
    let netloc = match py_idna_encode(&split.netloc) {
        Ok(netloc) => netloc,
        Err(()) => return UrlCheck::Invalid,
    };
    let url = py_urlunsplit(&split.scheme, &netloc, &split.path, &split.query, &split.fragment);
    if !url_regex().is_match(&url) {
        return UrlCheck::Invalid;
    }
    if split.netloc.chars().count() > 253 {
        return UrlCheck::Invalid;
    }
    UrlCheck::Valid
}

/// Django 2.2 URLValidator (schemes http, https, ftp, ftps). `false` for both `Invalid` and
/// `ServerError` of [`check_url`].
pub fn is_valid_url(value: &str) -> bool {
    check_url(value) == UrlCheck::Valid
}

/// `urllib.parse.SplitResult`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct UrlSplit {
    pub(super) scheme: String,
    pub(super) netloc: String,
    pub(super) path: String,
    pub(super) query: String,
    pub(super) fragment: String,
}

/// CPython 3.7 `urllib.parse.urlsplit(url)` (default scheme `''`, fragments allowed). `Err` is
/// its `ValueError` (unbalanced brackets in the netloc, or `_checknetloc`).
pub(super) fn py_urlsplit(url: &str) -> Result<UrlSplit, ()> {
    let url: String = if PY_URLSPLIT_REMOVES_TAB_CR_LF {
        url.chars().filter(|c| !matches!(c, '\t' | '\r' | '\n')).collect()
    } else {
        url.to_owned()
    };
    let mut scheme = String::new();
    let mut rest: &str = &url;
    if let Some(i) = url.find(':') {
        if i > 0 {
            let head = &url[..i];
            if head == "http" {
                scheme = "http".to_owned();
                rest = &url[i + 1..];
            } else if head.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')) {
                let after = &url[i + 1..];
                // make sure "url" is not actually a port number
                if after.is_empty() || after.chars().any(|c| !c.is_ascii_digit()) {
                    scheme = head.to_ascii_lowercase();
                    rest = after;
                }
            }
        }
    }
    let mut netloc = "";
    if let Some(after) = rest.strip_prefix("//") {
        let delim = after.find(['/', '?', '#']).unwrap_or(after.len());
        netloc = &after[..delim];
        rest = &after[delim..];
        if netloc.contains('[') != netloc.contains(']') {
            return Err(()); // "Invalid IPv6 URL"
        }
    }
    let (mut path, mut fragment) = (rest, "");
    if let Some(p) = path.find('#') {
        fragment = &path[p + 1..];
        path = &path[..p];
    }
    let mut query = "";
    if let Some(p) = path.find('?') {
        query = &path[p + 1..];
        path = &path[..p];
    }
    py_checknetloc(netloc)?;
    Ok(UrlSplit {
        scheme,
        netloc: netloc.to_owned(),
        path: path.to_owned(),
        query: query.to_owned(),
        fragment: fragment.to_owned(),
    })
}

/// The characters whose NFKC form (Unicode 11) contains one of `/?#@:`.
pub(super) const NFKC_URL_DELIMITERS: [char; 19] = [
    '\u{2047}', '\u{2048}', '\u{2049}', '\u{2100}', '\u{2101}', '\u{2105}', '\u{2106}', '\u{2A74}', '\u{FE13}',
    '\u{FE16}', '\u{FE55}', '\u{FE56}', '\u{FE5F}', '\u{FE6B}', '\u{FF03}', '\u{FF0F}', '\u{FF1A}', '\u{FF1F}',
    '\u{FF20}',
];

/// CPython 3.7 `urllib.parse._checknetloc`: a non-ASCII netloc whose NFKC form (with `@:#?`
/// removed first) gains one of `/?#@:` raises `ValueError`.
pub(super) fn py_checknetloc(netloc: &str) -> Result<(), ()> {
    if netloc.is_ascii() {
        return Ok(());
    }
    if netloc.chars().any(|c| NFKC_URL_DELIMITERS.contains(&c)) {
        return Err(());
    }
    Ok(())
}

/// `urllib.parse.uses_netloc` of CPython 3.7.
pub(super) const PY_USES_NETLOC: [&str; 25] = [
    "", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https", "shttp", "snews",
    "prospero", "rtsp", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git", "git+ssh", "ws", "wss",
];

/// CPython 3.7 `urllib.parse.urlunsplit`.
pub(super) fn py_urlunsplit(scheme: &str, netloc: &str, path: &str, query: &str, fragment: &str) -> String {
    let mut url = path.to_owned();
    if !netloc.is_empty() || (!scheme.is_empty() && PY_USES_NETLOC.contains(&scheme) && !url.starts_with("//")) {
        if !url.is_empty() && !url.starts_with('/') {
            url.insert(0, '/');
        }
        url = format!("//{netloc}{url}");
    }
    if !scheme.is_empty() {
        url = format!("{scheme}:{url}");
    }
    if !query.is_empty() {
        url.push('?');
        url.push_str(query);
    }
    if !fragment.is_empty() {
        url.push('#');
        url.push_str(fragment);
    }
    url
}
