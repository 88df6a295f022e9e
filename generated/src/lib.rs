#![allow(missing_docs, trivial_casts, unused_variables, unused_mut, unused_imports, unused_extern_crates, unused_attributes, non_camel_case_types)]
#![allow(clippy::derive_partial_eq_without_eq, clippy::disallowed_names)]

use async_trait::async_trait;
use futures::Stream;
#[cfg(feature = "mock")]
use mockall::automock;
use std::error::Error;
use std::collections::BTreeSet;
use std::task::{Poll, Context};
use swagger::{ApiError, ContextWrapper, auth::Authorization};
use serde::{Serialize, Deserialize};

#[cfg(any(feature = "client", feature = "server"))]
type ServiceError = Box<dyn Error + Send + Sync + 'static>;

pub const BASE_PATH: &str = "/api/v1";
pub const API_VERSION: &str = "1.0.0";

mod auth;
pub use auth::{AuthenticationApi, Claims};


#[derive(Debug, PartialEq)]
#[must_use]
pub enum KlantCreateResponse {
    /// Created
    Created
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
        ,
        location:
        Option<
        String
        >
    }
    ,
    /// Bad request
    BadRequest
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Unauthorized
    Unauthorized
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Forbidden
    Forbidden
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Not acceptable
    NotAcceptable
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Conflict
    Conflict
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Gone
    Gone
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Unsupported media type
    UnsupportedMediaType
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Too many requests
    TooManyRequests
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Internal server error
    InternalServerError
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
}

#[derive(Debug, PartialEq)]
#[must_use]
pub enum KlantListResponse {
    /// OK
    OK
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Bad request
    BadRequest
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Unauthorized
    Unauthorized
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Forbidden
    Forbidden
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Not acceptable
    NotAcceptable
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Conflict
    Conflict
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Gone
    Gone
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Unsupported media type
    UnsupportedMediaType
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Too many requests
    TooManyRequests
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Internal server error
    InternalServerError
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
}

#[derive(Debug, PartialEq)]
#[must_use]
pub enum AudittrailListResponse {
    /// OK
    OK
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Unauthorized
    Unauthorized
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Forbidden
    Forbidden
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Not acceptable
    NotAcceptable
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Conflict
    Conflict
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Gone
    Gone
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Unsupported media type
    UnsupportedMediaType
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Too many requests
    TooManyRequests
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Internal server error
    InternalServerError
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
}

#[derive(Debug, PartialEq)]
#[must_use]
pub enum KlantDeleteResponse {
    /// No content
    NoContent
    {
        api_version:
        Option<
        String
        >
    }
    ,
    /// Unauthorized
    Unauthorized
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Forbidden
    Forbidden
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Not found
    NotFound
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Not acceptable
    NotAcceptable
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Conflict
    Conflict
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Gone
    Gone
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Unsupported media type
    UnsupportedMediaType
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Too many requests
    TooManyRequests
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Internal server error
    InternalServerError
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
}

#[derive(Debug, PartialEq)]
#[must_use]
pub enum KlantPartialUpdateResponse {
    /// OK
    OK
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Bad request
    BadRequest
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Unauthorized
    Unauthorized
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Forbidden
    Forbidden
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Not found
    NotFound
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Not acceptable
    NotAcceptable
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Conflict
    Conflict
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Gone
    Gone
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Unsupported media type
    UnsupportedMediaType
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Too many requests
    TooManyRequests
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Internal server error
    InternalServerError
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
}

#[derive(Debug, PartialEq)]
#[must_use]
pub enum KlantReadResponse {
    /// OK
    OK
    {
        body: crate::RawJson,
        e_tag:
        Option<
        String
        >
        ,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Unauthorized
    Unauthorized
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Forbidden
    Forbidden
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Not found
    NotFound
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Not acceptable
    NotAcceptable
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Conflict
    Conflict
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Gone
    Gone
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Unsupported media type
    UnsupportedMediaType
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Too many requests
    TooManyRequests
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Internal server error
    InternalServerError
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
}

#[derive(Debug, PartialEq)]
#[must_use]
pub enum KlantUpdateResponse {
    /// OK
    OK
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Bad request
    BadRequest
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Unauthorized
    Unauthorized
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Forbidden
    Forbidden
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Not found
    NotFound
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Not acceptable
    NotAcceptable
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Conflict
    Conflict
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Gone
    Gone
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Unsupported media type
    UnsupportedMediaType
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Too many requests
    TooManyRequests
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Internal server error
    InternalServerError
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
}

#[derive(Debug, PartialEq)]
#[must_use]
pub enum AudittrailReadResponse {
    /// OK
    OK
    {
        body: crate::RawJson,
        e_tag:
        Option<
        String
        >
        ,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Unauthorized
    Unauthorized
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Forbidden
    Forbidden
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Not found
    NotFound
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Not acceptable
    NotAcceptable
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Conflict
    Conflict
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Gone
    Gone
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Unsupported media type
    UnsupportedMediaType
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Too many requests
    TooManyRequests
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Internal server error
    InternalServerError
    {
        body: crate::RawJson,
        api_version:
        Option<
        String
        >
    }
}

/// What the generated server refuses before an operation is called; the implementation's `Api::Error` is made
/// from it (`From<Rejection>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejection {
    /// No operation has this path.
    NotFound,
    /// The path has operations, none of them for this method.
    MethodNotAllowed,
    /// The context carries no authorization for an operation that needs one.
    Unauthenticated,
    /// A path parameter that is not valid UTF-8 once percent-decoded, or does not parse as its type.
    PathParameter { name: &'static str, message: String },
    /// A header parameter that does not parse as its type, or a required one that is missing.
    Header { name: &'static str, message: String },
    /// The request body could not be read.
    Body { message: String },
    /// A response header value the implementation gave is not a valid header value.
    ResponseHeader { name: &'static str, message: String },
}

/// A JSON response body as the implementation rendered it, sent byte for byte.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawJson(pub bytes::Bytes);

/// The OAS names of the query parameters of `klant_list`, in the OAS order.
pub const KLANT_LIST_QUERY_PARAMETERS: &[&str] = &[
    "bronorganisatie",
    "klantnummer",
    "bedrijfsnaam",
    "functie",
    "achternaam",
    "telefoonnummer",
    "emailadres",
    "adres__straatnaam",
    "adres__postcode",
    "adres__woonplaatsNaam",
    "adres__landcode",
    "subject",
    "subjectType",
    "subjectNatuurlijkPersoon__inpBsn",
    "subjectNatuurlijkPersoon__anpIdentificatie",
    "subjectNatuurlijkPersoon__inpA_nummer",
    "subjectNietNatuurlijkPersoon__innNnpId",
    "subjectNietNatuurlijkPersoon__annIdentificatie",
    "subjectVestiging__vestigingsNummer",
    "page",
];

/// API
#[async_trait]
#[allow(clippy::too_many_arguments, clippy::ptr_arg)]
pub trait Api<C: Send + Sync> {
    /// What an operation answers instead of a response; also what the generated server's rejections become.
    type Error: From<Rejection> + Send + 'static;

    /// Maak een KLANT aan.
    async fn klant_create(
        &self,
        content_type: models::KlantCreateContentTypeParameter,
        klant: bytes::Bytes,
        x_nlx_logrecord_id: Option<String>,
        x_audit_toelichting: Option<String>,
        context: &C) -> Result<KlantCreateResponse, Self::Error>;

    /// Alle KLANTen opvragen.
    async fn klant_list(
        &self,
        query: Option<&str>,
        context: &C) -> Result<KlantListResponse, Self::Error>;

    /// Alle audit trail regels behorend bij de KLANT.
    async fn audittrail_list(
        &self,
        klant_uuid: uuid::Uuid,
        context: &C) -> Result<AudittrailListResponse, Self::Error>;

    /// Verwijder een KLANT.
    async fn klant_delete(
        &self,
        uuid: uuid::Uuid,
        x_nlx_logrecord_id: Option<String>,
        x_audit_toelichting: Option<String>,
        context: &C) -> Result<KlantDeleteResponse, Self::Error>;

    /// Werk een KLANT deels bij.
    async fn klant_partial_update(
        &self,
        uuid: uuid::Uuid,
        content_type: models::KlantCreateContentTypeParameter,
        klant: bytes::Bytes,
        x_nlx_logrecord_id: Option<String>,
        x_audit_toelichting: Option<String>,
        context: &C) -> Result<KlantPartialUpdateResponse, Self::Error>;

    /// Een specifiek KLANT opvragen.
    async fn klant_read(
        &self,
        uuid: uuid::Uuid,
        if_none_match: Option<String>,
        context: &C) -> Result<KlantReadResponse, Self::Error>;

    /// Werk een KLANT in zijn geheel bij.
    async fn klant_update(
        &self,
        uuid: uuid::Uuid,
        content_type: models::KlantCreateContentTypeParameter,
        klant: bytes::Bytes,
        x_nlx_logrecord_id: Option<String>,
        x_audit_toelichting: Option<String>,
        context: &C) -> Result<KlantUpdateResponse, Self::Error>;

    /// Een specifieke audit trail regel opvragen.
    async fn audittrail_read(
        &self,
        klant_uuid: uuid::Uuid,
        uuid: uuid::Uuid,
        if_none_match: Option<String>,
        context: &C) -> Result<AudittrailReadResponse, Self::Error>;

}


#[cfg(feature = "server")]
pub mod server;

// Re-export router() as a top-level name
#[cfg(feature = "server")]
pub use self::server::Service;

#[cfg(feature = "server")]
pub mod context;

pub mod models;

#[cfg(any(feature = "client", feature = "server"))]
pub(crate) mod header;
