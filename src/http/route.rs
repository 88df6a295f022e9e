//! The four route shapes of the OAS and the operation a method on each one is.
use hyper::Method;

use crate::domain::operation::Operation;
use crate::error::RequestError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Route {
    Klanten,
    Klant(String),
    AuditTrails(String),
    AuditTrail(String, String),
}

impl Route {
    /// The uuid segments of the path, as sent.
    pub(super) fn uuids(&self) -> Vec<&str> {
        match self {
            Route::Klanten => vec![],
            Route::Klant(u) | Route::AuditTrails(u) => vec![u],
            Route::AuditTrail(u, a) => vec![u, a],
        }
    }

    /// The `Allow` header of every answer on this route, as the reference sends it (its OPTIONS is always refused,
    /// see `http::dispatch`, but listed).
    pub(super) fn allow(&self) -> &'static str {
        match self {
            Route::Klanten => "GET, POST, HEAD, OPTIONS",
            Route::Klant(_) => "GET, PUT, PATCH, DELETE, HEAD, OPTIONS",
            Route::AuditTrails(_) | Route::AuditTrail(..) => "GET, HEAD, OPTIONS",
        }
    }
}

/// The four route shapes of the OAS, no trailing slashes (as in the reference). A route of another API version is 404
/// `Ongeldige versie in URL-pad.`; anything else a 404 problem (README, Deviations from the reference, item 10).
pub(super) fn route(path: &str) -> Result<Route, RequestError> {
    let segs: Vec<&str> = path.split('/').collect();
    // ["", "api", "v1", "klanten", ...]
    if segs.len() < 4 || !segs[0].is_empty() || segs[1] != "api" || segs[3] != "klanten" {
        return Err(RequestError::NotFound);
    }
    let r = match &segs[4..] {
        [] => Route::Klanten,
        [u] if !u.is_empty() => Route::Klant(u.to_string()),
        [u, "audittrail"] if !u.is_empty() => Route::AuditTrails(u.to_string()),
        [u, "audittrail", a] if !u.is_empty() && !a.is_empty() => Route::AuditTrail(u.to_string(), a.to_string()),
        _ => return Err(RequestError::NotFound),
    };
    let v = segs[2];
    if v != "v1" {
        let versioned = v.len() > 1 && v.starts_with('v') && v[1..].bytes().all(|b| b.is_ascii_digit());
        return Err(if versioned { RequestError::UnknownVersion } else { RequestError::NotFound });
    }
    Ok(r)
}

pub(super) fn operation(method: &Method, route: &Route) -> Option<Operation> {
    let read = method == Method::GET || method == Method::HEAD;
    match route {
        Route::Klanten if read => Some(Operation::List),
        Route::Klanten if method == Method::POST => Some(Operation::Create),
        Route::Klant(_) if read => Some(Operation::Read),
        Route::Klant(_) if method == Method::PUT => Some(Operation::Update),
        Route::Klant(_) if method == Method::PATCH => Some(Operation::PartialUpdate),
        Route::Klant(_) if method == Method::DELETE => Some(Operation::Delete),
        Route::AuditTrails(_) if read => Some(Operation::AuditList),
        Route::AuditTrail(..) if read => Some(Operation::AuditRead),
        _ => None,
    }
}

pub(super) fn parse_uuid(s: &str) -> Option<String> {
    uuid::Uuid::try_parse(s).ok().map(|u| u.to_string())
}
