//! Problem bodies in the reference's shape, sent as `application/problem+json` (README, Deviations from the
//! reference, item 5) with `API-version`, for every error the server gives.
use bytes::Bytes;
use http_body_util::Full;
use hyper::{Response, StatusCode};
use serde_json::{Map, Value};

use crate::domain::validation::InvalidParam;
use crate::error::RequestError;

use crate::API_VERSION;

/// `Retry-After` (seconds) of a 503 `database-unavailable`: a restarting database is usually back within it.
const DATABASE_RETRY_AFTER: &str = "5";
/// `Retry-After` (seconds) of a 503 `storage-full`: space is freed by an operator, not within seconds.
const STORAGE_RETRY_AFTER: &str = "60";

#[derive(Clone, Debug)]
pub struct Problem {
    pub status: StatusCode,
    /// The exception class name of the reference, the last segment of `type`.
    pub kind: &'static str,
    pub code: String,
    pub title: String,
    pub detail: String,
    pub invalid_params: Option<Vec<InvalidParam>>,
    /// Extra headers (e.g. `Allow` on 405).
    pub headers: Vec<(&'static str, String)>,
}

/// The one mapping from the request path's errors to problem bodies.
impl From<RequestError> for Problem {
    fn from(e: RequestError) -> Self {
        match e {
            RequestError::Invalid(params) => Problem::validation(params),
            RequestError::Unique => {
                Problem::non_field("unique", "De velden bronorganisatie, klantnummer moeten een unieke set zijn.")
            }
            RequestError::InvalidSubject => {
                Problem::non_field("invalid-subject", "subject or subjectIdentificatie must be provided")
            }
            RequestError::KlantnummerExhausted => Problem::validation(vec![InvalidParam::new(
                "klantnummer",
                "klantnummer-exhausted",
                "Er is geen vrij klantnummer van ten hoogste 8 cijfers meer binnen deze bronorganisatie. Geef een klantnummer op.",
            )]),
            RequestError::Parse(detail) => Problem::parse_error(detail),
            RequestError::NotFound => Problem::not_found("Niet gevonden."),
            RequestError::UnknownVersion => Problem::not_found("Ongeldige versie in URL-pad."),
            RequestError::PageNotFound => Problem::not_found("Ongeldige pagina."),
            RequestError::Auth(e) => Problem::forbidden(e.code(), e.detail()),
            RequestError::MethodNotAllowed { method, allow } => Problem::method_not_allowed(&method, allow),
            RequestError::NotAcceptable => Problem::not_acceptable(),
            RequestError::UnsupportedMediaType(media_type) => Problem::unsupported_media_type(&media_type),
            RequestError::PayloadTooLarge(limit) => Problem::payload_too_large(limit),
            RequestError::RequestTimeout => Problem::request_timeout(),
            RequestError::BadHost(host) => Problem::bad_host(&host),
            RequestError::HostHeaders(found) => Problem::host_headers(found),
            RequestError::Unavailable => Problem::unavailable(),
            RequestError::DatabaseUnavailable => Problem::database_unavailable(),
            RequestError::StorageFull => Problem::storage_full(),
            RequestError::WriteOutcomeUnknown => Problem::write_outcome_unknown(),
            RequestError::Internal(_) => Problem::internal(),
        }
    }
}

impl Problem {
    fn new(status: StatusCode, kind: &'static str, code: &str, title: &str, detail: impl Into<String>) -> Self {
        Problem {
            status,
            kind,
            code: code.into(),
            title: title.into(),
            detail: detail.into(),
            invalid_params: None,
            headers: Vec::new(),
        }
    }

    fn not_found(detail: &str) -> Self {
        Self::new(StatusCode::NOT_FOUND, "NotFound", "not_found", "Niet gevonden.", detail)
    }

    fn validation(params: Vec<InvalidParam>) -> Self {
        let mut p = Self::new(StatusCode::BAD_REQUEST, "ValidationError", "invalid", "Invalid input.", "");
        p.invalid_params = Some(params);
        p
    }

    fn parse_error(detail: String) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "ParseError", "parse_error", "Ongeldig samengestelde request.", detail)
    }

    fn forbidden(code: &str, detail: &str) -> Self {
        Self::new(
            StatusCode::FORBIDDEN,
            "PermissionDenied",
            code,
            "Je hebt geen toestemming om deze actie uit te voeren.",
            detail,
        )
    }

    fn method_not_allowed(method: &str, allow: &str) -> Self {
        let mut p = Self::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "MethodNotAllowed",
            "method_not_allowed",
            "Methode \"{method}\" niet toegestaan.",
            format!("Methode \"{method}\" niet toegestaan."),
        );
        p.headers.push(("allow", allow.to_string()));
        p
    }

    fn not_acceptable() -> Self {
        let text = "Kan niet voldoen aan de opgegeven Accept header.";
        Self::new(StatusCode::NOT_ACCEPTABLE, "NotAcceptable", "not_acceptable", text, text)
    }

    fn unsupported_media_type(media_type: &str) -> Self {
        Self::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "UnsupportedMediaType",
            "unsupported_media_type",
            "Ongeldige media type \"{media_type}\" in aanvraag.",
            format!("Ongeldige media type \"{media_type}\" in aanvraag."),
        )
    }

    fn payload_too_large(limit: usize) -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "PayloadTooLarge",
            "payload_too_large",
            "De request body is te groot.",
            format!("De request body mag niet groter zijn dan {limit} bytes."),
        )
    }

    /// A `Host` outside `--allowed-hosts`.
    fn bad_host(host: &str) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            "DisallowedHost",
            "invalid-host",
            "Ongeldige Host-header.",
            format!("De Host-header \"{}\" is niet toegestaan.", host.chars().take(100).collect::<String>()),
        )
    }

    fn host_headers(found: usize) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            "DisallowedHost",
            "invalid-host",
            "Ongeldige Host-header.",
            format!("Een verzoek moet precies één Host-header hebben; dit verzoek heeft er {found}."),
        )
    }

    fn request_timeout() -> Self {
        Self::new(
            StatusCode::REQUEST_TIMEOUT,
            "RequestTimeout",
            "request_timeout",
            "De request body kwam niet op tijd binnen.",
            "De request body kwam niet op tijd binnen.",
        )
    }

    fn unavailable() -> Self {
        let mut p = Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "ServiceUnavailable",
            "service_unavailable",
            "De server is tijdelijk niet beschikbaar.",
            "De server verwerkt nu te veel verzoeken tegelijk. Probeer het zo opnieuw.",
        );
        p.headers.push(("retry-after", "1".into()));
        p
    }

    /// The database cannot be reached or did not answer in time (README, Deviations from the reference, item 18,
    /// and "When the database is down or full").
    fn database_unavailable() -> Self {
        let mut p = Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "ServiceUnavailable",
            "database-unavailable",
            "De database is tijdelijk niet bereikbaar.",
            "De database antwoordde niet op tijd. Een wijziging in dit verzoek is niet opgeslagen. Probeer het zo \
             opnieuw.",
        );
        p.headers.push(("retry-after", DATABASE_RETRY_AFTER.into()));
        p
    }

    /// The database's storage is full: reads go on, writes wait for space (README, "When the database is down
    /// or full").
    fn storage_full() -> Self {
        let mut p = Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "ServiceUnavailable",
            "storage-full",
            "De opslag van de database is vol.",
            "De wijziging is niet opgeslagen: de opslag van de database is vol. Probeer het later opnieuw.",
        );
        p.headers.push(("retry-after", STORAGE_RETRY_AFTER.into()));
        p
    }

    /// The connection to the database broke while the write's commit was under way, and its outcome could not be
    /// learnt in time: a 500, because a 503 would tell the client that nothing was written.
    fn write_outcome_unknown() -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "APIException",
            "database-outcome-unknown",
            "Onbekend of de wijziging is opgeslagen.",
            "De verbinding met de database viel weg terwijl de wijziging werd vastgelegd; of die is opgeslagen is \
             niet bekend. Lees de klant (of de lijst) na voordat u het verzoek herhaalt.",
        )
    }

    /// A 500 never shows internal error text; the cause is logged where it arose.
    fn internal() -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "APIException",
            "error",
            "Er is een serverfout opgetreden.",
            "Internal Server Error",
        )
    }

    /// `nonFieldErrors` with `code` and `reason`.
    fn non_field(code: &str, reason: &str) -> Self {
        Self::validation(vec![InvalidParam::new("nonFieldErrors", code, reason)])
    }

    pub fn to_json(&self, base_url: &str) -> Value {
        let mut m = Map::with_capacity(7);
        m.insert("type".into(), format!("{base_url}/ref/fouten/{}/", self.kind).into());
        m.insert("code".into(), self.code.clone().into());
        m.insert("title".into(), self.title.clone().into());
        m.insert("status".into(), self.status.as_u16().into());
        m.insert("detail".into(), self.detail.clone().into());
        m.insert("instance".into(), format!("urn:uuid:{}", uuid::Uuid::new_v4()).into());
        if let Some(params) = &self.invalid_params {
            m.insert("invalidParams".into(), serde_json::to_value(params).unwrap_or_default());
        }
        Value::Object(m)
    }

    pub fn into_response(self, base_url: &str) -> Response<Full<Bytes>> {
        let body = super::response::escape_line_separators(Bytes::from(
            serde_json::to_vec(&self.to_json(base_url)).unwrap_or_default(),
        ));
        let mut b = Response::builder()
            .status(self.status)
            .header("content-type", "application/problem+json")
            .header("api-version", API_VERSION);
        for (k, v) in &self.headers {
            b = b.header(*k, v.as_str());
        }
        b.body(Full::new(body)).expect("static response parts")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::AuthError;

    /// Status, `type` (the exception class) and `code` of every variant.
    #[test]
    fn every_error_has_its_status_and_code() {
        let param = || vec![InvalidParam::new("bronorganisatie", "invalid", "x")];
        let table: Vec<(RequestError, u16, &str, &str)> = vec![
            (RequestError::Invalid(param()), 400, "ValidationError", "invalid"),
            (RequestError::Unique, 400, "ValidationError", "invalid"),
            (RequestError::InvalidSubject, 400, "ValidationError", "invalid"),
            (RequestError::KlantnummerExhausted, 400, "ValidationError", "invalid"),
            (RequestError::Parse("x".into()), 400, "ParseError", "parse_error"),
            (RequestError::NotFound, 404, "NotFound", "not_found"),
            (RequestError::UnknownVersion, 404, "NotFound", "not_found"),
            (RequestError::PageNotFound, 404, "NotFound", "not_found"),
            (RequestError::Auth(AuthError::JwtDecodeError), 403, "PermissionDenied", "jwt-decode-error"),
            (RequestError::Auth(AuthError::PermissionDenied), 403, "PermissionDenied", "permission_denied"),
            (
                RequestError::MethodNotAllowed { method: "PUT".into(), allow: "GET, POST, HEAD, OPTIONS" },
                405,
                "MethodNotAllowed",
                "method_not_allowed",
            ),
            (RequestError::NotAcceptable, 406, "NotAcceptable", "not_acceptable"),
            (
                RequestError::UnsupportedMediaType("text/plain".into()),
                415,
                "UnsupportedMediaType",
                "unsupported_media_type",
            ),
            (RequestError::PayloadTooLarge(10), 413, "PayloadTooLarge", "payload_too_large"),
            (RequestError::RequestTimeout, 408, "RequestTimeout", "request_timeout"),
            (RequestError::BadHost("x".into()), 400, "DisallowedHost", "invalid-host"),
            (RequestError::HostHeaders(2), 400, "DisallowedHost", "invalid-host"),
            (RequestError::Unavailable, 503, "ServiceUnavailable", "service_unavailable"),
            (RequestError::DatabaseUnavailable, 503, "ServiceUnavailable", "database-unavailable"),
            (RequestError::StorageFull, 503, "ServiceUnavailable", "storage-full"),
            (RequestError::WriteOutcomeUnknown, 500, "APIException", "database-outcome-unknown"),
            (RequestError::Internal("secret cause".into()), 500, "APIException", "error"),
        ];
        for (error, status, kind, code) in table {
            let name = format!("{error:?}");
            let p = Problem::from(error);
            assert_eq!((p.status.as_u16(), p.kind, p.code.as_str()), (status, kind, code), "{name}");
            assert!(!p.detail.contains("secret cause"), "{name}: an internal cause is never shown");
        }
    }

    /// Every 503 says when to try again; the answer of unknown outcome does not invite a retry.
    #[test]
    fn a_503_has_retry_after() {
        let retry_after = |e: RequestError| {
            Problem::from(e).headers.iter().find(|(k, _)| *k == "retry-after").map(|(_, v)| v.clone())
        };
        assert_eq!(retry_after(RequestError::Unavailable).as_deref(), Some("1"));
        assert_eq!(retry_after(RequestError::DatabaseUnavailable).as_deref(), Some(DATABASE_RETRY_AFTER));
        assert_eq!(retry_after(RequestError::StorageFull).as_deref(), Some(STORAGE_RETRY_AFTER));
        assert_eq!(retry_after(RequestError::WriteOutcomeUnknown), None);
    }

    #[test]
    fn the_non_field_errors_name_their_rule() {
        let code = |e: RequestError| Problem::from(e).invalid_params.unwrap()[0].code.clone();
        assert_eq!(code(RequestError::Unique), "unique");
        assert_eq!(code(RequestError::InvalidSubject), "invalid-subject");
        assert_eq!(code(RequestError::KlantnummerExhausted), "klantnummer-exhausted");
    }
}
