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


#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum KlantCreateResponse {
    /// Created
    Created
    {
        body: models::Klant,
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
        body: models::ValidatieFout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Unauthorized
    Unauthorized
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Forbidden
    Forbidden
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Not acceptable
    NotAcceptable
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Conflict
    Conflict
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Gone
    Gone
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Unsupported media type
    UnsupportedMediaType
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Too many requests
    TooManyRequests
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Internal server error
    InternalServerError
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum KlantListResponse {
    /// OK
    OK
    {
        body: models::KlantList200Response,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Bad request
    BadRequest
    {
        body: models::ValidatieFout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Unauthorized
    Unauthorized
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Forbidden
    Forbidden
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Not acceptable
    NotAcceptable
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Conflict
    Conflict
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Gone
    Gone
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Unsupported media type
    UnsupportedMediaType
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Too many requests
    TooManyRequests
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Internal server error
    InternalServerError
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum AudittrailListResponse {
    /// OK
    OK
    {
        body: Vec<models::AuditTrail>,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Unauthorized
    Unauthorized
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Forbidden
    Forbidden
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Not acceptable
    NotAcceptable
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Conflict
    Conflict
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Gone
    Gone
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Unsupported media type
    UnsupportedMediaType
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Too many requests
    TooManyRequests
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Internal server error
    InternalServerError
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
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
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Forbidden
    Forbidden
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Not found
    NotFound
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Not acceptable
    NotAcceptable
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Conflict
    Conflict
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Gone
    Gone
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Unsupported media type
    UnsupportedMediaType
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Too many requests
    TooManyRequests
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Internal server error
    InternalServerError
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum KlantPartialUpdateResponse {
    /// OK
    OK
    {
        body: models::Klant,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Bad request
    BadRequest
    {
        body: models::ValidatieFout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Unauthorized
    Unauthorized
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Forbidden
    Forbidden
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Not found
    NotFound
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Not acceptable
    NotAcceptable
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Conflict
    Conflict
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Gone
    Gone
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Unsupported media type
    UnsupportedMediaType
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Too many requests
    TooManyRequests
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Internal server error
    InternalServerError
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum KlantReadResponse {
    /// OK
    OK
    {
        body: models::Klant,
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
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Forbidden
    Forbidden
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Not found
    NotFound
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Not acceptable
    NotAcceptable
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Conflict
    Conflict
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Gone
    Gone
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Unsupported media type
    UnsupportedMediaType
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Too many requests
    TooManyRequests
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Internal server error
    InternalServerError
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum KlantUpdateResponse {
    /// OK
    OK
    {
        body: models::Klant,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Bad request
    BadRequest
    {
        body: models::ValidatieFout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Unauthorized
    Unauthorized
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Forbidden
    Forbidden
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Not found
    NotFound
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Not acceptable
    NotAcceptable
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Conflict
    Conflict
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Gone
    Gone
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Unsupported media type
    UnsupportedMediaType
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Too many requests
    TooManyRequests
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Internal server error
    InternalServerError
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum AudittrailReadResponse {
    /// OK
    OK
    {
        body: models::AuditTrail,
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
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Forbidden
    Forbidden
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Not found
    NotFound
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Not acceptable
    NotAcceptable
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Conflict
    Conflict
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Gone
    Gone
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Unsupported media type
    UnsupportedMediaType
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Too many requests
    TooManyRequests
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
    ,
    /// Internal server error
    InternalServerError
    {
        body: models::Fout,
        api_version:
        Option<
        String
        >
    }
}

/// API
#[cfg_attr(feature = "mock", automock)]
#[async_trait]
#[allow(clippy::too_many_arguments, clippy::ptr_arg)]
pub trait Api<C: Send + Sync> {
    /// Maak een KLANT aan.
    async fn klant_create(
        &self,
        content_type: models::KlantCreateContentTypeParameter,
        klant: models::Klant,
        x_nlx_logrecord_id: Option<String>,
        x_audit_toelichting: Option<String>,
        context: &C) -> Result<KlantCreateResponse, ApiError>;

    /// Alle KLANTen opvragen.
    async fn klant_list(
        &self,
        bronorganisatie: Option<String>,
        klantnummer: Option<String>,
        bedrijfsnaam: Option<String>,
        functie: Option<String>,
        achternaam: Option<String>,
        telefoonnummer: Option<String>,
        emailadres: Option<String>,
        adres__straatnaam: Option<String>,
        adres__postcode: Option<String>,
        adres__woonplaats_naam: Option<String>,
        adres__landcode: Option<String>,
        subject: Option<String>,
        subject_type: Option<models::KlantListSubjectTypeParameter>,
        subject_natuurlijk_persoon__inp_bsn: Option<String>,
        subject_natuurlijk_persoon__anp_identificatie: Option<String>,
        subject_natuurlijk_persoon__inp_a_nummer: Option<String>,
        subject_niet_natuurlijk_persoon__inn_nnp_id: Option<String>,
        subject_niet_natuurlijk_persoon__ann_identificatie: Option<String>,
        subject_vestiging__vestigings_nummer: Option<String>,
        page: Option<i32>,
        context: &C) -> Result<KlantListResponse, ApiError>;

    /// Alle audit trail regels behorend bij de KLANT.
    async fn audittrail_list(
        &self,
        klant_uuid: uuid::Uuid,
        context: &C) -> Result<AudittrailListResponse, ApiError>;

    /// Verwijder een KLANT.
    async fn klant_delete(
        &self,
        uuid: uuid::Uuid,
        x_nlx_logrecord_id: Option<String>,
        x_audit_toelichting: Option<String>,
        context: &C) -> Result<KlantDeleteResponse, ApiError>;

    /// Werk een KLANT deels bij.
    async fn klant_partial_update(
        &self,
        uuid: uuid::Uuid,
        content_type: models::KlantCreateContentTypeParameter,
        klant: models::Klant,
        x_nlx_logrecord_id: Option<String>,
        x_audit_toelichting: Option<String>,
        context: &C) -> Result<KlantPartialUpdateResponse, ApiError>;

    /// Een specifiek KLANT opvragen.
    async fn klant_read(
        &self,
        uuid: uuid::Uuid,
        if_none_match: Option<String>,
        context: &C) -> Result<KlantReadResponse, ApiError>;

    /// Werk een KLANT in zijn geheel bij.
    async fn klant_update(
        &self,
        uuid: uuid::Uuid,
        content_type: models::KlantCreateContentTypeParameter,
        klant: models::Klant,
        x_nlx_logrecord_id: Option<String>,
        x_audit_toelichting: Option<String>,
        context: &C) -> Result<KlantUpdateResponse, ApiError>;

    /// Een specifieke audit trail regel opvragen.
    async fn audittrail_read(
        &self,
        klant_uuid: uuid::Uuid,
        uuid: uuid::Uuid,
        if_none_match: Option<String>,
        context: &C) -> Result<AudittrailReadResponse, ApiError>;

}

/// API where `Context` isn't passed on every API call
#[cfg_attr(feature = "mock", automock)]
#[async_trait]
#[allow(clippy::too_many_arguments, clippy::ptr_arg)]
pub trait ApiNoContext<C: Send + Sync> {
    // The std::task::Context struct houses a reference to std::task::Waker with the lifetime <'a>.
    // Adding an anonymous lifetime `'a` to allow mockall to create a mock object with the right lifetimes.
    // This is needed because the compiler is unable to determine the lifetimes on F's trait bound
    // where F is the closure created by mockall. We use higher-rank trait bounds here to get around this.

    fn context(&self) -> &C;

    /// Maak een KLANT aan.
    async fn klant_create(
        &self,
        content_type: models::KlantCreateContentTypeParameter,
        klant: models::Klant,
        x_nlx_logrecord_id: Option<String>,
        x_audit_toelichting: Option<String>,
        ) -> Result<KlantCreateResponse, ApiError>;

    /// Alle KLANTen opvragen.
    async fn klant_list(
        &self,
        bronorganisatie: Option<String>,
        klantnummer: Option<String>,
        bedrijfsnaam: Option<String>,
        functie: Option<String>,
        achternaam: Option<String>,
        telefoonnummer: Option<String>,
        emailadres: Option<String>,
        adres__straatnaam: Option<String>,
        adres__postcode: Option<String>,
        adres__woonplaats_naam: Option<String>,
        adres__landcode: Option<String>,
        subject: Option<String>,
        subject_type: Option<models::KlantListSubjectTypeParameter>,
        subject_natuurlijk_persoon__inp_bsn: Option<String>,
        subject_natuurlijk_persoon__anp_identificatie: Option<String>,
        subject_natuurlijk_persoon__inp_a_nummer: Option<String>,
        subject_niet_natuurlijk_persoon__inn_nnp_id: Option<String>,
        subject_niet_natuurlijk_persoon__ann_identificatie: Option<String>,
        subject_vestiging__vestigings_nummer: Option<String>,
        page: Option<i32>,
        ) -> Result<KlantListResponse, ApiError>;

    /// Alle audit trail regels behorend bij de KLANT.
    async fn audittrail_list(
        &self,
        klant_uuid: uuid::Uuid,
        ) -> Result<AudittrailListResponse, ApiError>;

    /// Verwijder een KLANT.
    async fn klant_delete(
        &self,
        uuid: uuid::Uuid,
        x_nlx_logrecord_id: Option<String>,
        x_audit_toelichting: Option<String>,
        ) -> Result<KlantDeleteResponse, ApiError>;

    /// Werk een KLANT deels bij.
    async fn klant_partial_update(
        &self,
        uuid: uuid::Uuid,
        content_type: models::KlantCreateContentTypeParameter,
        klant: models::Klant,
        x_nlx_logrecord_id: Option<String>,
        x_audit_toelichting: Option<String>,
        ) -> Result<KlantPartialUpdateResponse, ApiError>;

    /// Een specifiek KLANT opvragen.
    async fn klant_read(
        &self,
        uuid: uuid::Uuid,
        if_none_match: Option<String>,
        ) -> Result<KlantReadResponse, ApiError>;

    /// Werk een KLANT in zijn geheel bij.
    async fn klant_update(
        &self,
        uuid: uuid::Uuid,
        content_type: models::KlantCreateContentTypeParameter,
        klant: models::Klant,
        x_nlx_logrecord_id: Option<String>,
        x_audit_toelichting: Option<String>,
        ) -> Result<KlantUpdateResponse, ApiError>;

    /// Een specifieke audit trail regel opvragen.
    async fn audittrail_read(
        &self,
        klant_uuid: uuid::Uuid,
        uuid: uuid::Uuid,
        if_none_match: Option<String>,
        ) -> Result<AudittrailReadResponse, ApiError>;

}

/// Trait to extend an API to make it easy to bind it to a context.
pub trait ContextWrapperExt<C: Send + Sync> where Self: Sized
{
    /// Binds this API to a context.
    fn with_context(self, context: C) -> ContextWrapper<Self, C>;
}

impl<T: Api<C> + Send + Sync, C: Clone + Send + Sync> ContextWrapperExt<C> for T {
    fn with_context(self: T, context: C) -> ContextWrapper<T, C> {
         ContextWrapper::<T, C>::new(self, context)
    }
}

#[async_trait]
impl<T: Api<C> + Send + Sync, C: Clone + Send + Sync> ApiNoContext<C> for ContextWrapper<T, C> {
    fn context(&self) -> &C {
        ContextWrapper::context(self)
    }

    /// Maak een KLANT aan.
    async fn klant_create(
        &self,
        content_type: models::KlantCreateContentTypeParameter,
        klant: models::Klant,
        x_nlx_logrecord_id: Option<String>,
        x_audit_toelichting: Option<String>,
        ) -> Result<KlantCreateResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().klant_create(content_type, klant, x_nlx_logrecord_id, x_audit_toelichting, &context).await
    }

    /// Alle KLANTen opvragen.
    async fn klant_list(
        &self,
        bronorganisatie: Option<String>,
        klantnummer: Option<String>,
        bedrijfsnaam: Option<String>,
        functie: Option<String>,
        achternaam: Option<String>,
        telefoonnummer: Option<String>,
        emailadres: Option<String>,
        adres__straatnaam: Option<String>,
        adres__postcode: Option<String>,
        adres__woonplaats_naam: Option<String>,
        adres__landcode: Option<String>,
        subject: Option<String>,
        subject_type: Option<models::KlantListSubjectTypeParameter>,
        subject_natuurlijk_persoon__inp_bsn: Option<String>,
        subject_natuurlijk_persoon__anp_identificatie: Option<String>,
        subject_natuurlijk_persoon__inp_a_nummer: Option<String>,
        subject_niet_natuurlijk_persoon__inn_nnp_id: Option<String>,
        subject_niet_natuurlijk_persoon__ann_identificatie: Option<String>,
        subject_vestiging__vestigings_nummer: Option<String>,
        page: Option<i32>,
        ) -> Result<KlantListResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().klant_list(bronorganisatie, klantnummer, bedrijfsnaam, functie, achternaam, telefoonnummer, emailadres, adres__straatnaam, adres__postcode, adres__woonplaats_naam, adres__landcode, subject, subject_type, subject_natuurlijk_persoon__inp_bsn, subject_natuurlijk_persoon__anp_identificatie, subject_natuurlijk_persoon__inp_a_nummer, subject_niet_natuurlijk_persoon__inn_nnp_id, subject_niet_natuurlijk_persoon__ann_identificatie, subject_vestiging__vestigings_nummer, page, &context).await
    }

    /// Alle audit trail regels behorend bij de KLANT.
    async fn audittrail_list(
        &self,
        klant_uuid: uuid::Uuid,
        ) -> Result<AudittrailListResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().audittrail_list(klant_uuid, &context).await
    }

    /// Verwijder een KLANT.
    async fn klant_delete(
        &self,
        uuid: uuid::Uuid,
        x_nlx_logrecord_id: Option<String>,
        x_audit_toelichting: Option<String>,
        ) -> Result<KlantDeleteResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().klant_delete(uuid, x_nlx_logrecord_id, x_audit_toelichting, &context).await
    }

    /// Werk een KLANT deels bij.
    async fn klant_partial_update(
        &self,
        uuid: uuid::Uuid,
        content_type: models::KlantCreateContentTypeParameter,
        klant: models::Klant,
        x_nlx_logrecord_id: Option<String>,
        x_audit_toelichting: Option<String>,
        ) -> Result<KlantPartialUpdateResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().klant_partial_update(uuid, content_type, klant, x_nlx_logrecord_id, x_audit_toelichting, &context).await
    }

    /// Een specifiek KLANT opvragen.
    async fn klant_read(
        &self,
        uuid: uuid::Uuid,
        if_none_match: Option<String>,
        ) -> Result<KlantReadResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().klant_read(uuid, if_none_match, &context).await
    }

    /// Werk een KLANT in zijn geheel bij.
    async fn klant_update(
        &self,
        uuid: uuid::Uuid,
        content_type: models::KlantCreateContentTypeParameter,
        klant: models::Klant,
        x_nlx_logrecord_id: Option<String>,
        x_audit_toelichting: Option<String>,
        ) -> Result<KlantUpdateResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().klant_update(uuid, content_type, klant, x_nlx_logrecord_id, x_audit_toelichting, &context).await
    }

    /// Een specifieke audit trail regel opvragen.
    async fn audittrail_read(
        &self,
        klant_uuid: uuid::Uuid,
        uuid: uuid::Uuid,
        if_none_match: Option<String>,
        ) -> Result<AudittrailReadResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().audittrail_read(klant_uuid, uuid, if_none_match, &context).await
    }

}


#[cfg(feature = "client")]
pub mod client;

// Re-export Client as a top-level name
#[cfg(feature = "client")]
pub use client::Client;

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
