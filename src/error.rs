//! The one error type of the request path. Every way a request can fail is a variant here; the HTTP layer turns
//! each into its problem body in one place (`http::problem`, whose unit test tabulates status and code per
//! variant). The layers below return their own errors (`StoreError`, `AuthError`, invalid params), which convert
//! into this one with `?`.
use crate::auth::AuthError;
use crate::domain::validation::InvalidParam;
use crate::store::StoreError;

#[derive(Debug, Clone, thiserror::Error)]
pub enum RequestError {
    /// The body or the query broke the API's rules (400 `invalid`, with `invalidParams`).
    #[error("invalid input: {0:?}")]
    Invalid(Vec<InvalidParam>),
    /// kla-001: the pair bronorganisatie, klantnummer is taken (400 `invalid`, `nonFieldErrors` `unique`).
    #[error("bronorganisatie and klantnummer are taken")]
    Unique,
    /// Neither `subject` nor `subjectIdentificatie` (400 `invalid`, `nonFieldErrors` `invalid-subject`).
    #[error("no subject nor subjectIdentificatie")]
    InvalidSubject,
    /// No free generated klantnummer of at most 8 digits left in the bronorganisatie (400 `invalid`).
    #[error("no generated klantnummer left")]
    KlantnummerExhausted,
    /// The body is not JSON, cannot be read, or the generated layer refused the request (400 `parse_error`).
    #[error("malformed request: {0}")]
    Parse(String),
    /// No such resource or path (404 `Niet gevonden.`).
    #[error("not found")]
    NotFound,
    /// A path under `/api/v<n>` with another version than 1 (404).
    #[error("unknown API version in the path")]
    UnknownVersion,
    /// A list page past the last, or an invalid `page` (404 `Ongeldige pagina.`).
    #[error("no such page")]
    PageNotFound,
    /// Authentication or authorisation refused (403, the variant's code).
    #[error("refused: {}", .0.code())]
    Auth(AuthError),
    /// A method the path does not serve (405, with `Allow`).
    #[error("method {method} not allowed")]
    MethodNotAllowed { method: String, allow: &'static str },
    /// `Accept` names nothing this API answers (406).
    #[error("not acceptable")]
    NotAcceptable,
    /// A body that is not JSON by its `Content-Type` (415).
    #[error("unsupported media type {0}")]
    UnsupportedMediaType(String),
    /// A body larger than `--max-body-bytes` (413).
    #[error("body larger than {0} bytes")]
    PayloadTooLarge(usize),
    /// The body did not arrive in time (408).
    #[error("request body timed out")]
    RequestTimeout,
    /// A `Host` outside `--allowed-hosts` (400 `invalid-host`).
    #[error("host {0:?} not allowed")]
    BadHost(String),
    /// No `Host` on an HTTP/1.1 request, or more than one (400 `invalid-host`); the number found.
    #[error("{0} Host headers")]
    HostHeaders(usize),
    /// More connections or requests at once than the server takes (503, with `Retry-After`).
    #[error("too busy")]
    Unavailable,
    /// The database cannot be reached, did not answer within `--database-timeout-ms`, or is going down (503
    /// `database-unavailable`, with `Retry-After`); nothing of the request was written.
    #[error("database unavailable")]
    DatabaseUnavailable,
    /// The database's storage is full (503 `storage-full`, with `Retry-After`); nothing of the request was written.
    #[error("database storage full")]
    StorageFull,
    /// The connection to the database was lost during the write's commit and whether it committed could not be
    /// learnt in time (500 `database-outcome-unknown`: not a 503, which would say that nothing was written).
    #[error("outcome of the write unknown")]
    WriteOutcomeUnknown,
    /// Anything else (500; the cause is logged where it arose and never shown to the client).
    #[error("internal error: {0}")]
    Internal(String),
}

impl RequestError {
    /// A 500 whose cause `e` is logged here, under `what` (the step that failed).
    pub fn internal(what: &str, e: impl std::fmt::Display) -> Self {
        tracing::error!(error = %e, "{what}");
        RequestError::Internal(format!("{what}: {e}"))
    }

    /// The store's failure `e` while `what` (a read's `DbErr` or a write's `StoreError`): a database that is
    /// down or full becomes its 503, any other error of the database a 500; the cause is logged here.
    pub fn store(what: &str, e: impl Into<StoreError>) -> Self {
        match e.into() {
            StoreError::Unique => RequestError::Unique,
            StoreError::KlantnummerExhausted => RequestError::KlantnummerExhausted,
            // deleted by another request (before or while this one waited for the klant)
            StoreError::NotFound => RequestError::NotFound,
            StoreError::SubjectTypeChanged(_) => RequestError::internal(what, "the stored subjectType kept changing"),
            StoreError::Unavailable(e) => {
                tracing::warn!(error = %e, "{what}: the database is unavailable");
                RequestError::DatabaseUnavailable
            }
            StoreError::StorageFull(e) => {
                tracing::warn!(error = %e, "{what}: the database's storage is full");
                RequestError::StorageFull
            }
            StoreError::OutcomeUnknown(e) => {
                tracing::error!(error = %e, "{what}: the outcome of the commit is unknown");
                RequestError::WriteOutcomeUnknown
            }
            StoreError::Db(e) => RequestError::internal(what, e),
            e @ (StoreError::GeneratedTaken | StoreError::GroupFailed | StoreError::Writer(_)) => {
                RequestError::internal(what, e)
            }
        }
    }
}

/// The generated layer's own refusals (`klanten_api::Rejection`). The HTTP layer has checked the route, the method
/// and the authorization before the generated router runs (`http`), so only the parameters can still fail here.
impl From<klanten_api::Rejection> for RequestError {
    fn from(r: klanten_api::Rejection) -> Self {
        use klanten_api::Rejection;
        match r {
            // A path uuid that does not parse is 404, as in the reference.
            Rejection::NotFound | Rejection::PathParameter { .. } => RequestError::NotFound,
            Rejection::Header { name, message } => {
                tracing::warn!(header = name, %message, "the generated layer refused a header");
                RequestError::Parse("De request kon niet verwerkt worden.".into())
            }
            Rejection::Body { message } => {
                tracing::warn!(%message, "the request body could not be read");
                RequestError::Parse("De request body kon niet gelezen worden.".into())
            }
            r @ (Rejection::MethodNotAllowed | Rejection::Unauthenticated | Rejection::ResponseHeader { .. }) => {
                RequestError::internal("generated layer", format!("{r:?}"))
            }
        }
    }
}

impl From<AuthError> for RequestError {
    fn from(e: AuthError) -> Self {
        RequestError::Auth(e)
    }
}

impl From<Vec<InvalidParam>> for RequestError {
    fn from(params: Vec<InvalidParam>) -> Self {
        RequestError::Invalid(params)
    }
}

impl From<crate::domain::refusal::Refusal> for RequestError {
    fn from(r: crate::domain::refusal::Refusal) -> Self {
        match r {
            crate::domain::refusal::Refusal::InvalidSubject => RequestError::InvalidSubject,
        }
    }
}

impl From<StoreError> for RequestError {
    fn from(e: StoreError) -> Self {
        RequestError::store("writing a klant", e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use klanten_api::Rejection;
    use sea_orm::{sqlx, ConnAcquireErr, DbErr, RuntimeErr};

    /// What the store's failures become (and so which problem body each is, `http::problem`): a database that is
    /// down or full by the database's own codes, never by an error's text.
    #[test]
    fn the_stores_failures() {
        let io = |kind| DbErr::Conn(RuntimeErr::SqlxError(sqlx::Error::Io(std::io::Error::from(kind))));
        let unavailable = [
            DbErr::ConnectionAcquire(ConnAcquireErr::Timeout),
            DbErr::Query(RuntimeErr::SqlxError(sqlx::Error::PoolTimedOut)),
            io(std::io::ErrorKind::ConnectionRefused),
            io(std::io::ErrorKind::UnexpectedEof),
        ];
        for e in unavailable {
            let name = format!("{e:?}");
            assert!(matches!(RequestError::store("t", e), RequestError::DatabaseUnavailable), "{name}");
        }
        let text_only = DbErr::Custom("database or disk is full".into());
        assert!(matches!(RequestError::store("t", text_only), RequestError::Internal(_)), "text is not a code");
        assert!(matches!(
            RequestError::store("t", StoreError::StorageFull(DbErr::Custom("x".into()))),
            RequestError::StorageFull
        ));
        assert!(matches!(
            RequestError::store("t", StoreError::OutcomeUnknown(DbErr::Custom("x".into()))),
            RequestError::WriteOutcomeUnknown
        ));
        assert!(matches!(RequestError::store("t", StoreError::Unique), RequestError::Unique));
    }

    /// What each refusal of the generated layer becomes (and so which problem body it is, `http::problem`).
    #[test]
    fn the_generated_layers_refusals() {
        let path = Rejection::PathParameter { name: "uuid", message: "invalid".into() };
        assert!(matches!(RequestError::from(path), RequestError::NotFound));
        assert!(matches!(RequestError::from(Rejection::NotFound), RequestError::NotFound));
        let header = Rejection::Header { name: "X-Audit-Toelichting", message: "not ASCII".into() };
        assert!(matches!(RequestError::from(header), RequestError::Parse(_)));
        assert!(matches!(RequestError::from(Rejection::Body { message: "reset".into() }), RequestError::Parse(_)));
        for r in [
            Rejection::MethodNotAllowed,
            Rejection::Unauthenticated,
            Rejection::ResponseHeader { name: "ETag", message: "x".into() },
        ] {
            // checked by the HTTP layer before the generated router runs, or a fault of the implementation
            assert!(matches!(RequestError::from(r), RequestError::Internal(_)));
        }
    }
}
