//! The four route shapes of the OAS and the operation a method on each one is.
use hyper::Method;

use crate::error::RequestError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Route {
    Klanten,
    Klant(String),
    AuditTrails(String),
    AuditTrail(String, String),
}

impl Route {
    pub(super) fn allow(&self) -> &'static str {
        match self {
            Route::Klanten => "GET, POST, HEAD",
            Route::Klant(_) => "GET, PUT, PATCH, DELETE, HEAD",
            Route::AuditTrails(_) | Route::AuditTrail(..) => "GET, HEAD",
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

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Op {
    List,
    Create,
    Read,
    Update,
    PartialUpdate,
    Delete,
    AuditList,
    AuditRead,
}

impl Op {
    /// The scope each operation needs (the OAS `security` of each operation, as the reference checks it).
    pub(super) fn scope(self) -> &'static str {
        match self {
            Op::List | Op::Read => "klanten.lezen",
            Op::Create => "klanten.aanmaken",
            Op::Update | Op::PartialUpdate => "klanten.bijwerken",
            Op::Delete => "klanten.verwijderen",
            Op::AuditList | Op::AuditRead => "audittrails.lezen",
        }
    }
}

pub(super) fn operation(method: &Method, route: &Route) -> Option<Op> {
    let read = method == Method::GET || method == Method::HEAD;
    match route {
        Route::Klanten if read => Some(Op::List),
        Route::Klanten if method == Method::POST => Some(Op::Create),
        Route::Klant(_) if read => Some(Op::Read),
        Route::Klant(_) if method == Method::PUT => Some(Op::Update),
        Route::Klant(_) if method == Method::PATCH => Some(Op::PartialUpdate),
        Route::Klant(_) if method == Method::DELETE => Some(Op::Delete),
        Route::AuditTrails(_) if read => Some(Op::AuditList),
        Route::AuditTrail(..) if read => Some(Op::AuditRead),
        _ => None,
    }
}

pub(super) fn parse_uuid(s: &str) -> Option<String> {
    uuid::Uuid::try_parse(s).ok().map(|u| u.to_string())
}
