//! The reference's two key conversions, written once: for the server at run time and for build.rs, which names the
//! generated description's fields and filters with them (it includes this file).
//!
//! - [`camel_to_underscore`]: djangorestframework-camel-case's (1.1.1) input rule, applied to every key of a body,
//!   nested ones included, and to the names of query parameters: `_` before every capital or digit (with the
//!   pattern's own grouping of digits), then lower case. So `websiteUrl` is `website_url`, but `WebsiteUrl` is
//!   `_website_url`, a key no field has.
//! - [`error_name`]: how the reference names a field in `invalidParams`: only a letter, underscore, letter run is
//!   merged, so `inp_a_nummer` becomes `inpA_nummer` and `sub_adres_buitenland_1` becomes `subAdresBuitenland_1`.
use std::sync::LazyLock;

pub fn camel_to_underscore(name: &str) -> String {
    static PATTERN: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new("([a-z]|[0-9]+[a-z]?|[A-Z]?)([A-Z0-9])").expect("static pattern"));
    PATTERN.replace_all(name, "${1}_${2}").to_lowercase()
}

pub fn error_name(snake: &str) -> String {
    let chars: Vec<char> = snake.chars().collect();
    let mut out = String::with_capacity(snake.len());
    let mut i = 0;
    while i < chars.len() {
        if i + 2 < chars.len()
            && chars[i].is_ascii_lowercase()
            && chars[i + 1] == '_'
            && chars[i + 2].is_ascii_lowercase()
        {
            out.push(chars[i]);
            out.push(chars[i + 2].to_ascii_uppercase());
            i += 3;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}
