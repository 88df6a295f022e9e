//! Problem bodies in the reference's shape, sent as `application/problem+json` (README, Deviations from the
//! reference, item 5) with `API-version`, for every error the server gives.
use bytes::Bytes;
use http_body_util::Full;
use hyper::{Response, StatusCode};
use serde_json::{Map, Value};

use crate::domain::validation::InvalidParam;

pub const API_VERSION: &str = "1.0.0";

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

    pub fn not_found(detail: &str) -> Self {
        Self::new(StatusCode::NOT_FOUND, "NotFound", "not_found", "Niet gevonden.", detail)
    }

    pub fn validation(params: Vec<InvalidParam>) -> Self {
        let mut p = Self::new(StatusCode::BAD_REQUEST, "ValidationError", "invalid", "Invalid input.", "");
        p.invalid_params = Some(params);
        p
    }

    pub fn parse_error(detail: String) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "ParseError", "parse_error", "Ongeldig samengestelde request.", detail)
    }

    pub fn forbidden(code: &str, detail: &str) -> Self {
        Self::new(
            StatusCode::FORBIDDEN,
            "PermissionDenied",
            code,
            "Je hebt geen toestemming om deze actie uit te voeren.",
            detail,
        )
    }

    pub fn method_not_allowed(method: &str, allow: &str) -> Self {
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

    pub fn not_acceptable() -> Self {
        let text = "Kan niet voldoen aan de opgegeven Accept header.";
        Self::new(StatusCode::NOT_ACCEPTABLE, "NotAcceptable", "not_acceptable", text, text)
    }

    pub fn unsupported_media_type(media_type: &str) -> Self {
        Self::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "UnsupportedMediaType",
            "unsupported_media_type",
            "Ongeldige media type \"{media_type}\" in aanvraag.",
            format!("Ongeldige media type \"{media_type}\" in aanvraag."),
        )
    }

    pub fn payload_too_large(limit: usize) -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "PayloadTooLarge",
            "payload_too_large",
            "De request body is te groot.",
            format!("De request body mag niet groter zijn dan {limit} bytes."),
        )
    }

    /// A `Host` outside `--allowed-hosts`.
    pub fn bad_host(host: &str) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            "DisallowedHost",
            "invalid-host",
            "Ongeldige Host-header.",
            format!("De Host-header \"{}\" is niet toegestaan.", host.chars().take(100).collect::<String>()),
        )
    }

    pub fn request_timeout() -> Self {
        Self::new(
            StatusCode::REQUEST_TIMEOUT,
            "RequestTimeout",
            "request_timeout",
            "De request body kwam niet op tijd binnen.",
            "De request body kwam niet op tijd binnen.",
        )
    }

    /// A 500 never shows internal error text (issue: problem bodies everywhere); the cause is logged by the caller.
    pub fn internal() -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "APIException",
            "error",
            "Er is een serverfout opgetreden.",
            "Internal Server Error",
        )
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
        let body =
            super::escape_line_separators(Bytes::from(serde_json::to_vec(&self.to_json(base_url)).unwrap_or_default()));
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
