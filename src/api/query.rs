//! The list's query string as the reference reads it: parameter names in camelCase
//! or snake_case, the last repeated value wins, values trimmed, empty means no filter, unknown names ignored; value
//! validation with the reference's codes; `page` as DRF reads it. The result is the filters, the page, and the
//! original pairs for `next`/`previous`. The query string is parsed here only (README, "Request flow").
use crate::domain::python;
use crate::domain::validation::InvalidParam;
use crate::domain::validators::{check_rsin, is_valid_url};

use crate::domain::description::{FilterCheck, FILTERS};
use crate::error::RequestError;
use crate::store::filter::KlantFilter;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListQuery {
    /// The decoded pairs as sent, in order.
    pub pairs: Vec<(String, String)>,
    /// `page=last` (DRF's last-page string).
    pub page_last: bool,
}

/// Python's `quote_plus`: everything but letters, digits and `_.-~` is percent-encoded, space becomes `+`.
fn quote_plus(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' | b'.' | b'-' | b'~' => out.push(b as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

impl ListQuery {
    /// `next`/`previous` as DRF builds them: all parameters kept, keys sorted, `page` set (or removed for page 1).
    pub fn link(&self, base: &str, page: Option<u64>) -> String {
        let mut keys: Vec<&str> = Vec::new();
        for (k, _) in &self.pairs {
            if k != "page" && !keys.contains(&k.as_str()) {
                keys.push(k);
            }
        }
        let page_text = page.map(|p| p.to_string());
        if page_text.is_some() {
            keys.push("page");
        }
        keys.sort_unstable();
        let mut parts = Vec::new();
        for k in keys {
            if k == "page" {
                if let Some(p) = &page_text {
                    parts.push(format!("page={p}"));
                }
                continue;
            }
            for (_, v) in self.pairs.iter().filter(|(pk, _)| pk == k) {
                parts.push(format!("{}={}", quote_plus(k), quote_plus(v)));
            }
        }
        if parts.is_empty() {
            base.to_string()
        } else {
            format!("{base}?{}", parts.join("&"))
        }
    }
}

/// What the list request asks for, after the reference's checks.
pub struct ParsedList {
    pub query: ListQuery,
    /// The filters with a value.
    pub filter: KlantFilter,
    /// The page asked for (`None`: the first, or the last with `page=last`).
    pub page: Option<u64>,
}

/// Parses and validates the list query. A bad filter value is a 400 with the reference's entries; a bad page
/// is a 404 `Ongeldige pagina.`, as in the reference, checked after the filters as DRF does.
pub fn parse_list(raw: Option<&str>) -> Result<ParsedList, RequestError> {
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(raw.unwrap_or("").as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let mut values: Vec<Option<String>> = vec![None; FILTERS.len()];
    let mut page: Option<String> = None;
    for (k, v) in &pairs {
        if k == "page" {
            page = Some(v.clone());
            continue;
        }
        let snake = python::camel_to_underscore(k);
        if let Some(i) = FILTERS.iter().position(|f| f.snake == snake) {
            // a text filter is a Django form CharField, which strips its value; a choice filter is a ChoiceField,
            // which does not (`%20vestiging` is no choice)
            values[i] =
                Some(if FILTERS[i].check == FilterCheck::Choice { v.clone() } else { python::strip(v).to_string() });
        }
    }
    let mut errors = Vec::new();
    let mut filter = KlantFilter::default();
    for (i, value) in values.iter().enumerate() {
        let Some(v) = value.as_deref().filter(|v| !v.is_empty()) else { continue };
        let f = &FILTERS[i];
        filter.set_index(i, v);
        match f.check {
            FilterCheck::Rsin => {
                if let Err(e) = check_rsin(v) {
                    errors.push(InvalidParam::new(f.parameter, e.code(), e.reason()));
                }
            }
            FilterCheck::Url if !is_valid_url(v) => {
                errors.push(InvalidParam::new(f.parameter, "invalid", "Voer een geldige URL in."));
            }
            FilterCheck::Choice if !f.choices.contains(&v) => {
                errors.push(InvalidParam::new(
                    f.parameter,
                    "invalid_choice",
                    format!("Selecteer een geldige keuze. {v} is geen beschikbare keuze."),
                ));
            }
            _ => {}
        }
        // Every text filter is a CharField, whose last validator refuses NUL (a database refuses it too); a choice
        // filter has none, and refuses any value outside its choices anyway.
        if f.check != FilterCheck::Choice && v.contains('\0') {
            errors.push(InvalidParam::new(
                f.parameter,
                "null_characters_not_allowed",
                "Null-tekens zijn niet toegestaan.",
            ));
        }
    }
    if !errors.is_empty() {
        return Err(RequestError::Invalid(errors));
    }
    let mut page_last = false;
    let mut page_number = None;
    if let Some(p) = page {
        if p == "last" {
            page_last = true;
        } else {
            // Django's Paginator takes `int(page)`: `" 2 "`, `"1_0"` and `"٢"` are pages
            match python::int(&p) {
                Some(n) if (1..=i128::from(u32::MAX)).contains(&n) => page_number = Some(n as u64),
                _ => return Err(RequestError::PageNotFound),
            }
        }
    }
    Ok(ParsedList { query: ListQuery { pairs, page_last }, filter, page: page_number })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_as_drf_builds_them() {
        let q = ListQuery { pairs: vec![("subjectType".into(), "".into())], page_last: false };
        assert_eq!(q.link("http://h/api/v1/klanten", Some(2)), "http://h/api/v1/klanten?page=2&subjectType=");
        let q = ListQuery { pairs: vec![("foo".into(), "bar".into()), ("page".into(), "2".into())], page_last: false };
        assert_eq!(q.link("http://h/api/v1/klanten", Some(3)), "http://h/api/v1/klanten?foo=bar&page=3");
        assert_eq!(q.link("http://h/api/v1/klanten", None), "http://h/api/v1/klanten?foo=bar");
        let q = ListQuery { pairs: vec![("page".into(), "2".into())], page_last: false };
        assert_eq!(q.link("http://h/api/v1/klanten", None), "http://h/api/v1/klanten");
        let q = ListQuery { pairs: vec![("emailadres".into(), "a b@c.nl".into())], page_last: false };
        assert_eq!(q.link("http://h/api/v1/klanten", Some(2)), "http://h/api/v1/klanten?emailadres=a+b%40c.nl&page=2");
    }

    #[test]
    fn names_values_and_pages() {
        let p = parse_list(Some("subject_type=vestiging&adres__woonplaatsNaam=%20Ede%20&functie=&functie=x&page=2"))
            .unwrap();
        let mut filter = KlantFilter::default();
        for (name, value) in [("functie", "x"), ("adres__woonplaatsNaam", "Ede"), ("subjectType", "vestiging")] {
            assert!(filter.set(name, value));
        }
        assert_eq!((p.filter, p.page), (filter, Some(2)));
        for page in ["page=0", "page=abc", "page=1.5"] {
            assert!(matches!(parse_list(Some(page)), Err(RequestError::PageNotFound)), "{page}");
        }
        assert!(parse_list(Some("page=last")).unwrap().query.page_last);
        let e = parse_list(Some("bronorganisatie=abc&subjectType=foo")).err().unwrap();
        let RequestError::Invalid(params) = e else { panic!("not invalid: {e:?}") };
        assert_eq!(params[0].code, "only-digits");
        assert_eq!(params[1].reason, "Selecteer een geldige keuze. foo is geen beschikbare keuze.");
    }

    /// A NUL is refused in every text filter, after the filter's own rules; `subjectType` is not trimmed.
    #[test]
    fn nul_characters_and_the_untrimmed_choice() {
        let codes = |q: &str| match parse_list(Some(q)) {
            Err(RequestError::Invalid(params)) => params.into_iter().map(|p| (p.name, p.code)).collect::<Vec<_>>(),
            other => panic!("{q}: not invalid: {:?}", other.map(|p| p.filter)),
        };
        let pair = |n: &str, c: &str| (n.to_string(), c.to_string());
        assert_eq!(codes("functie=Directeur%00"), [pair("functie", "null_characters_not_allowed")]);
        assert_eq!(
            codes("bronorganisatie=123456782%00"),
            [pair("bronorganisatie", "only-digits"), pair("bronorganisatie", "null_characters_not_allowed")]
        );
        assert_eq!(
            codes("adres__woonplaats_naam=%00&subject_natuurlijk_persoon__inp_a_nummer=1%00"),
            [
                pair("adres__woonplaatsNaam", "null_characters_not_allowed"),
                pair("subjectNatuurlijkPersoon__inpA_nummer", "null_characters_not_allowed")
            ]
        );
        assert_eq!(codes("subjectType=vestiging%00"), [pair("subjectType", "invalid_choice")]);
        for filter in FILTERS.iter().filter(|f| f.check != FilterCheck::Choice) {
            let found = codes(&format!("{}=a%00", filter.parameter));
            assert_eq!(
                found.last(),
                Some(&pair(filter.parameter, "null_characters_not_allowed")),
                "{}",
                filter.parameter
            );
        }
        let e = parse_list(Some("subjectType=%20vestiging%20")).err().unwrap();
        let RequestError::Invalid(params) = e else { panic!("not invalid: {e:?}") };
        assert_eq!(params[0].reason, "Selecteer een geldige keuze.  vestiging  is geen beschikbare keuze.");
        assert!(parse_list(Some("subjectType=%20")).is_err());
        assert!(parse_list(Some("subjectType=")).is_ok());
    }
}
