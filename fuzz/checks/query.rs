//! The list's query string (`parse_list`) and the `next`/`previous` links built from what it accepts.
//!
//! Invariants: nothing panics; a refused query is a 400 with entries that each have a name, a code and a reason, or
//! the 404 of a bad page; a link is the list's URL with a query that parses again, to the same filters and the
//! page it names. (When two different names of one query set the same filter, e.g. `subjectType` and
//! `subject_type`, the link, which sorts the names as DRF does, may change which of them comes last and so wins;
//! the reference's links do the same, so that case is only required to parse.)
use klanten::fuzzing::*;

use super::common::{check_problem, BASE};

/// One input: panics when an invariant breaks.
pub fn check(data: &[u8]) {
    let raw = String::from_utf8_lossy(data);
    let parsed = match parse_list(Some(&raw)) {
        Ok(p) => p,
        Err(e @ RequestError::Invalid(_)) => return check_problem(e),
        Err(RequestError::PageNotFound) => return check_problem(RequestError::PageNotFound),
        Err(e) => panic!("parse_list answered {e:?}"),
    };
    let list = format!("{BASE}/api/v1/klanten");
    let aliased = aliased(&parsed.query);
    let page = parsed.page.unwrap_or(1);
    // the first page's link, `next` (only below the largest page number DRF reads, an i32) and `previous`
    let mut pages = vec![None];
    if page < i32::MAX as u64 {
        pages.push(Some(page + 1));
    }
    if page > 2 {
        pages.push(Some(page - 1));
    }
    for asked in pages {
        let link = parsed.query.link(&list, asked);
        let query = match link.split_once('?') {
            Some((url, query)) => {
                assert_eq!(url, list);
                assert!(!query.is_empty(), "{link}");
                Some(query)
            }
            None => {
                assert_eq!(link, list);
                None
            }
        };
        let again = match parse_list(query) {
            Ok(again) => again,
            Err(e) if aliased => {
                assert!(matches!(e, RequestError::Invalid(_)), "{link}: {e:?}");
                continue;
            }
            Err(e) => panic!("{raw:?}: the link {link} is refused: {e:?}"),
        };
        assert_eq!(again.page, asked, "{link}");
        if !aliased {
            assert_eq!(again.filter, parsed.filter, "{raw:?}: the link {link} filters differently");
        }
    }
}

/// Whether two different names in the query set the same filter.
fn aliased(query: &ListQuery) -> bool {
    let mut seen: Vec<(usize, &str)> = Vec::new();
    for (k, _) in &query.pairs {
        let snake = snake_case(k);
        if let Some(i) = FILTERS.iter().position(|f| f.snake == snake) {
            if seen.iter().any(|(j, name)| *j == i && *name != k) {
                return true;
            }
            seen.push((i, k));
        }
    }
    false
}
