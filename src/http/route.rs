//! What a request's method and path are to the OAS, from the generated router's one match
//! (`klanten_api::server::route`): the reference's answers for a path that is no route (404, or `Ongeldige versie
//! in URL-pad.` for another API version), the `Allow` of each path, and the operation each `operationId` is.
use std::collections::HashMap;
use std::sync::OnceLock;

use hyper::Method;
use klanten_api::server::{OperationId, PathId, Route};

use crate::domain::operation::Operation;
use crate::error::RequestError;

/// The operation of `id`. Exhaustive: an operation added to openapi.yaml does not compile until it is named here
/// (and in `domain::operation`).
pub(super) fn operation(id: OperationId) -> Operation {
    match id {
        OperationId::KlantList => Operation::List,
        OperationId::KlantCreate => Operation::Create,
        OperationId::KlantRead => Operation::Read,
        OperationId::KlantUpdate => Operation::Update,
        OperationId::KlantPartialUpdate => Operation::PartialUpdate,
        OperationId::KlantDelete => Operation::Delete,
        OperationId::AudittrailList => Operation::AuditList,
        OperationId::AudittrailRead => Operation::AuditRead,
    }
}

/// The match of `method` (HEAD as GET: it answers the GET's headers) and `path`, with the path it matched. A path
/// that matches no route, or
/// one with an empty segment where a parameter goes (no trailing slashes, as in the reference), is 404; a route of
/// another API version is 404 `Ongeldige versie in URL-pad.` (README, Deviations from the reference, item 10).
pub(super) fn route(method: &Method, path: &str) -> Result<(Route, PathId), RequestError> {
    let method = if method == Method::HEAD { &Method::GET } else { method };
    let matched = klanten_api::server::route(method, path);
    match (&matched, matched.path()) {
        (Route::Operation { params, .. }, _) if params.values().any(str::is_empty) => Err(RequestError::NotFound),
        (_, Some(p)) => Ok((matched, p)),
        (_, None) => Err(if other_version(path) { RequestError::UnknownVersion } else { RequestError::NotFound }),
    }
}

/// Whether `path` is a route under another version than `v1` (`/api/v2/klanten`, `/api/v10/…`).
fn other_version(path: &str) -> bool {
    let Some(rest) = path.strip_prefix("/api/v") else { return false };
    let (digits, tail) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits == "1" {
        return false;
    }
    route(&Method::GET, &format!("{}{tail}", klanten_api::BASE_PATH)).is_ok()
}

/// The `Allow` header of every answer on `path`, as the reference sends it: the path's methods in the order GET,
/// POST, PUT, PATCH, DELETE, then HEAD (with GET) and OPTIONS (always listed; see `http::dispatch`).
pub(super) fn allow(path: PathId) -> &'static str {
    static ALLOW: OnceLock<HashMap<PathId, &'static str>> = OnceLock::new();
    ALLOW.get_or_init(|| {
        PathId::ALL
            .iter()
            .map(|&p| {
                let served: Vec<&Method> = p.methods().collect();
                let mut names: Vec<&str> = [Method::GET, Method::POST, Method::PUT, Method::PATCH, Method::DELETE]
                    .iter()
                    .filter(|m| served.contains(m))
                    .map(Method::as_str)
                    .collect();
                if served.contains(&&Method::GET) {
                    names.push("HEAD");
                }
                names.push("OPTIONS");
                (p, &*Box::leak(names.join(", ").into_boxed_str()))
            })
            .collect()
    })[&path]
}

#[cfg(test)]
mod tests {
    use klanten_api::server::OPERATIONS;

    use super::*;

    #[test]
    fn allow_as_the_reference_sends_it() {
        assert_eq!(allow(PathId::KLANTEN), "GET, POST, HEAD, OPTIONS");
        assert_eq!(allow(PathId::KLANTEN_UUID), "GET, PUT, PATCH, DELETE, HEAD, OPTIONS");
        assert_eq!(allow(PathId::KLANTEN_KLANT_UUID_AUDITTRAIL), "GET, HEAD, OPTIONS");
        assert_eq!(allow(PathId::KLANTEN_KLANT_UUID_AUDITTRAIL_UUID), "GET, HEAD, OPTIONS");
    }

    #[test]
    fn every_operation_of_the_oas_is_an_operation() {
        let ids: Vec<&str> = OPERATIONS.iter().map(|(_, _, id)| operation(*id).operation_id()).collect();
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!((ids.len(), sorted.len()), (Operation::ALL.len(), Operation::ALL.len()));
    }

    #[test]
    fn a_path_parameter_is_parsed_once() {
        use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
        static PARSES: AtomicUsize = AtomicUsize::new(0);
        #[derive(Clone, Debug)]
        struct Counted(String);
        impl std::str::FromStr for Counted {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                PARSES.fetch_add(1, SeqCst);
                Ok(Counted(s.to_string()))
            }
        }
        let Ok((Route::Operation { params, .. }, _)) = route(&Method::GET, "/api/v1/klanten/abc") else { panic!() };
        assert_eq!(params.parse::<Counted>("uuid").unwrap().unwrap().0, "abc");
        assert_eq!(params.parse::<Counted>("uuid").unwrap().unwrap().0, "abc");
        assert_eq!(PARSES.load(SeqCst), 1);
        assert!(params.parse::<uuid::Uuid>("uuid").unwrap().is_err(), "another type is parsed on its own");
        assert!(params.parse::<Counted>("klant_uuid").is_none());
    }

    /// The generated router compares segments (`PathId::template`): each parameter is taken whole from its segment
    /// as sent, and every OAS path is told apart from the others by its segment count and literals.
    #[test]
    fn each_path_with_its_parameters_as_sent() {
        let params = |method: &Method, path: &str| match route(method, path) {
            Ok((Route::Operation { id, params, .. }, _)) => {
                Some((id, params.values().map(str::to_string).collect::<Vec<_>>()))
            }
            _ => None,
        };
        let get = &Method::GET;
        assert_eq!(params(get, "/api/v1/klanten"), Some((OperationId::KlantList, vec![])));
        assert_eq!(params(&Method::POST, "/api/v1/klanten"), Some((OperationId::KlantCreate, vec![])));
        assert_eq!(params(get, "/api/v1/klanten/a%20b"), Some((OperationId::KlantRead, vec!["a%20b".into()])));
        assert_eq!(
            params(&Method::PATCH, "/api/v1/klanten/k"),
            Some((OperationId::KlantPartialUpdate, vec!["k".into()]))
        );
        assert_eq!(params(get, "/api/v1/klanten/k/audittrail"), Some((OperationId::AudittrailList, vec!["k".into()])));
        assert_eq!(
            params(get, "/api/v1/klanten/k/audittrail/a"),
            Some((OperationId::AudittrailRead, vec!["k".into(), "a".into()]))
        );
        // "audittrail" is a klant's uuid here, not the literal segment of another path
        assert_eq!(
            params(get, "/api/v1/klanten/audittrail"),
            Some((OperationId::KlantRead, vec!["audittrail".into()]))
        );
        for path in [
            "/api/v1/klanten/k/audittrail/",
            "/api/v1/klanten/k/audittrail/a/b",
            "/api/v1/klanten/k/Audittrail",
            "/api/v1/klanten/k/audittrailx",
            "/api/v1/klanten/k/x/a",
            "/api/v1/Klanten/k",
            "api/v1/klanten",
            "/api/v1/klanten//",
            "//api/v1/klanten",
            "",
        ] {
            assert!(matches!(route(get, path), Err(RequestError::NotFound)), "{path}");
        }
        assert!(matches!(route(&Method::POST, "/api/v1/klanten/k/audittrail"), Ok((Route::MethodNotAllowed(_), _))));
        for p in PathId::ALL {
            assert!(p.template().starts_with(klanten_api::BASE_PATH), "{}", p.template());
        }
    }

    #[test]
    fn paths_that_are_no_route() {
        let get = &Method::GET;
        let u = "9b7a4f0e-2f7c-4e44-9d0a-1c2b3d4e5f60";
        assert!(matches!(route(get, "/api/v1/klanten"), Ok((Route::Operation { id: OperationId::KlantList, .. }, _))));
        assert!(matches!(
            route(&Method::HEAD, &format!("/api/v1/klanten/{u}")),
            Ok((Route::Operation { id: OperationId::KlantRead, .. }, _))
        ));
        assert!(matches!(route(&Method::POST, &format!("/api/v1/klanten/{u}")), Ok((Route::MethodNotAllowed(_), _))));
        for path in ["/api/v1/klanten/", "/api/v1/klanten//audittrail", "/api/v1/klant", "/api/v1/klanten/x/y", "/"] {
            assert!(matches!(route(get, path), Err(RequestError::NotFound)), "{path}");
        }
        for path in ["/api/v2/klanten", "/api/v10/klanten/x/audittrail"] {
            assert!(matches!(route(get, path), Err(RequestError::UnknownVersion)), "{path}");
        }
        for path in ["/api/vx/klanten", "/api/v/klanten", "/api/v2/other"] {
            assert!(matches!(route(get, path), Err(RequestError::NotFound)), "{path}");
        }
    }
}
