//! The implementation of the generated `Api` trait: one method per operation of the OAS. The HTTP layer
//! (`crate::http`) has already authenticated the client, checked its scope and validated the body; here are the
//! rules that need the store (kla-001 uniqueness, `invalid-subject`), the writes, and the representations.
mod convert;

use std::sync::Arc;

use async_trait::async_trait;
use klanten_api::{
    models, Api, AudittrailListResponse, AudittrailReadResponse, KlantCreateResponse, KlantDeleteResponse,
    KlantListResponse, KlantPartialUpdateResponse, KlantReadResponse, KlantUpdateResponse,
};
use serde_json::Value;
use swagger::ApiError;

use crate::domain::model::{klant_url, Klant};
use crate::domain::validation::{has_identificatie_input, merge, InvalidParam, Validated};
use crate::http::context::RequestContext;
use crate::http::problem::{Problem, API_VERSION};
use crate::store::{Actie, AuditInfo, KlantFilter, StoreError, PAGE_SIZE};
use crate::AppState;

#[derive(Clone)]
pub struct KlantenApi {
    pub state: Arc<AppState>,
}

fn version() -> Option<String> {
    Some(API_VERSION.to_string())
}

/// Answers with a problem the generated response enum cannot carry, or an internal error whose cause is logged
/// here and never shown to the client.
fn answer<T>(ctx: &RequestContext, p: Problem) -> Result<T, ApiError> {
    ctx.respond_with(p);
    Err(ApiError("answered through the request context".into()))
}

fn internal<T>(ctx: &RequestContext, e: impl std::fmt::Display) -> Result<T, ApiError> {
    tracing::error!(error = %e, "internal error");
    answer(ctx, Problem::internal())
}

const UNIQUE_REASON: &str = "De velden bronorganisatie, klantnummer moeten een unieke set zijn.";

fn unique_error() -> Problem {
    Problem::validation(vec![InvalidParam::new("nonFieldErrors", "unique", UNIQUE_REASON)])
}

fn invalid_subject() -> Problem {
    Problem::validation(vec![InvalidParam::new(
        "nonFieldErrors",
        "invalid-subject",
        "subject or subjectIdentificatie must be provided",
    )])
}

fn audit_info(ctx: &RequestContext, logrecord: Option<String>, toelichting: Option<String>) -> AuditInfo {
    let p = ctx.principal.as_ref();
    AuditInfo {
        applicatie_id: p.map(|p| p.applicatie_id.clone()).unwrap_or_default(),
        applicatie_weergave: p.map(|p| p.applicatie_weergave.clone()).unwrap_or_default(),
        gebruikers_id: p.map(|p| p.user_id.clone()).unwrap_or_default(),
        gebruikers_weergave: p.map(|p| p.user_representation.clone()).unwrap_or_default(),
        toelichting: toelichting.unwrap_or_default(),
        logrecord_id: logrecord.unwrap_or_default(),
    }
}

fn store_error<T>(ctx: &RequestContext, e: StoreError) -> Result<T, ApiError> {
    match e {
        StoreError::Unique => answer(ctx, unique_error()),
        StoreError::KlantnummerExhausted => answer(
            ctx,
            Problem::validation(vec![InvalidParam::new(
                "klantnummer",
                "klantnummer-exhausted",
                "Er is geen vrij klantnummer van ten hoogste 8 cijfers meer binnen deze bronorganisatie. Geef een klantnummer op.",
            )]),
        ),
        // deleted by another request between our read and our write
        StoreError::Db(sea_orm::DbErr::RecordNotFound(_)) => answer(ctx, Problem::not_found("Niet gevonden.")),
        StoreError::Db(e) => internal(ctx, e),
    }
}

impl KlantenApi {
    fn validated<'a>(&self, ctx: &'a RequestContext) -> Result<&'a Validated, ApiError> {
        match ctx.validated.as_deref() {
            Some(v) => Ok(v),
            None => internal(ctx, "write without a validated body"),
        }
    }

    /// PUT and PATCH: merge onto the stored klant (§4.4, §4.5), then uniqueness and `invalid-subject` (§5.1).
    async fn update(
        &self,
        uuid: uuid::Uuid,
        actie: Actie,
        logrecord: Option<String>,
        toelichting: Option<String>,
        ctx: &RequestContext,
    ) -> Result<Klant, ApiError> {
        let validated = self.validated(ctx)?;
        let store = &self.state.store;
        let old = match store.get(&uuid.to_string()).await {
            Ok(Some(k)) => k,
            Ok(None) => return answer(ctx, Problem::not_found("Niet gevonden.")),
            Err(e) => return internal(ctx, e),
        };
        let mut internal_form = old.to_internal();
        merge(&mut internal_form, &validated.input);
        let new = old.with_internal(internal_form);
        if validated.input.contains_key("bronorganisatie") || validated.input.contains_key("klantnummer") {
            match store.pair_taken(&new.bronorganisatie, &new.klantnummer, Some(&old.uuid)).await {
                Ok(true) => return answer(ctx, unique_error()),
                Ok(false) => {}
                Err(e) => return internal(ctx, e),
            }
        }
        // invalid-subject on update (§4.4): the new subject if truthy, else the stored one; the validated
        // identificatie, else the stored row.
        let subject = match validated.input.get("subject").and_then(Value::as_str) {
            Some(s) if !s.is_empty() => s.to_string(),
            _ => old.subject.clone(),
        };
        if subject.is_empty() && !has_identificatie_input(&validated.input) && !old.has_identificatie() {
            return answer(ctx, invalid_subject());
        }
        let audit = audit_info(ctx, logrecord, toelichting);
        match store.update(&old, new, actie, &ctx.base_url, &audit).await {
            Ok(k) => Ok(k),
            Err(e) => store_error(ctx, e),
        }
    }

    fn model(&self, k: &Klant, ctx: &RequestContext) -> Result<models::Klant, ApiError> {
        match convert::klant_model(k.to_json(&ctx.base_url)) {
            Ok(m) => Ok(m),
            Err(e) => internal(ctx, e),
        }
    }
}

#[async_trait]
impl Api<RequestContext> for KlantenApi {
    #[tracing::instrument(skip_all)]
    async fn klant_create(
        &self,
        _content_type: models::KlantCreateContentTypeParameter,
        _klant: models::Klant,
        x_nlx_logrecord_id: Option<String>,
        x_audit_toelichting: Option<String>,
        ctx: &RequestContext,
    ) -> Result<KlantCreateResponse, ApiError> {
        let validated = self.validated(ctx)?;
        let store = &self.state.store;
        let mut k = Klant { uuid: uuid::Uuid::new_v4().to_string(), ..Klant::default() };
        let mut internal_form = k.to_internal();
        merge(&mut internal_form, &validated.input);
        k = k.with_internal(internal_form);
        if !validated.generate_klantnummer {
            match store.pair_taken(&k.bronorganisatie, &k.klantnummer, None).await {
                Ok(true) => return answer(ctx, unique_error()),
                Ok(false) => {}
                Err(e) => return internal(ctx, e),
            }
        }
        if k.subject.is_empty() && !has_identificatie_input(&validated.input) {
            return answer(ctx, invalid_subject());
        }
        let audit = audit_info(ctx, x_nlx_logrecord_id, x_audit_toelichting);
        let k = match store.create(k, validated.generate_klantnummer, &ctx.base_url, &audit).await {
            Ok(k) => k,
            Err(e) => return store_error(ctx, e),
        };
        Ok(KlantCreateResponse::Created {
            body: self.model(&k, ctx)?,
            api_version: version(),
            location: Some(klant_url(&ctx.base_url, &k.uuid)),
        })
    }

    #[tracing::instrument(skip_all)]
    #[allow(non_snake_case)] // the generated trait's parameter names
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
        ctx: &RequestContext,
    ) -> Result<KlantListResponse, ApiError> {
        let filter = KlantFilter {
            bronorganisatie,
            klantnummer,
            bedrijfsnaam,
            functie,
            achternaam,
            telefoonnummer,
            emailadres,
            adres_straatnaam: adres__straatnaam,
            adres_postcode: adres__postcode,
            adres_woonplaats_naam: adres__woonplaats_naam,
            adres_landcode: adres__landcode,
            subject,
            subject_type: subject_type.map(|t| t.to_string()),
            np_inp_bsn: subject_natuurlijk_persoon__inp_bsn,
            np_anp_identificatie: subject_natuurlijk_persoon__anp_identificatie,
            np_inp_a_nummer: subject_natuurlijk_persoon__inp_a_nummer,
            nnp_inn_nnp_id: subject_niet_natuurlijk_persoon__inn_nnp_id,
            nnp_ann_identificatie: subject_niet_natuurlijk_persoon__ann_identificatie,
            vestiging_vestigings_nummer: subject_vestiging__vestigings_nummer,
        };
        let query = ctx.list_query.clone().unwrap_or_default();
        let store = &self.state.store;
        let mut page = page.unwrap_or(1).max(1) as u64;
        let (count, mut klanten) = match store.list(&filter, page).await {
            Ok(r) => r,
            Err(e) => return internal(ctx, e),
        };
        let pages = count.div_ceil(PAGE_SIZE).max(1);
        if query.page_last && page != pages {
            page = pages;
            klanten = match store.list(&filter, page).await {
                Ok((_, k)) => k,
                Err(e) => return internal(ctx, e),
            };
        }
        if page > pages {
            return answer(ctx, Problem::not_found("Ongeldige pagina."));
        }
        let base = format!("{}/api/v1/klanten", ctx.base_url);
        let next = (page < pages).then(|| query.link(&base, Some(page + 1)));
        let previous = (page > 1).then(|| query.link(&base, (page > 2).then_some(page - 1)));
        let mut results = Vec::with_capacity(klanten.len());
        for k in &klanten {
            results.push(self.model(k, ctx)?);
        }
        Ok(KlantListResponse::OK {
            body: models::KlantList200Response {
                count: count as i32,
                next: Some(next.map_or(swagger::Nullable::Null, swagger::Nullable::Present)),
                previous: Some(previous.map_or(swagger::Nullable::Null, swagger::Nullable::Present)),
                results,
            },
            api_version: version(),
        })
    }

    #[tracing::instrument(skip_all)]
    async fn audittrail_list(
        &self,
        klant_uuid: uuid::Uuid,
        ctx: &RequestContext,
    ) -> Result<AudittrailListResponse, ApiError> {
        let rows = match self.state.store.audit_list(&klant_uuid.to_string()).await {
            Ok(r) => r,
            Err(e) => return internal(ctx, e),
        };
        if rows.is_empty() {
            // The reference answers 404 when no trail matches (§4.7); the OAS has no 404 variant here.
            return answer(ctx, Problem::not_found("Niet gevonden."));
        }
        let mut body = Vec::with_capacity(rows.len());
        for r in &rows {
            match convert::audit_model(r) {
                Ok(m) => body.push(m),
                Err(e) => return internal(ctx, e),
            }
        }
        Ok(AudittrailListResponse::OK { body, api_version: version() })
    }

    #[tracing::instrument(skip_all)]
    async fn klant_delete(
        &self,
        uuid: uuid::Uuid,
        _x_nlx_logrecord_id: Option<String>,
        _x_audit_toelichting: Option<String>,
        ctx: &RequestContext,
    ) -> Result<KlantDeleteResponse, ApiError> {
        match self.state.store.delete(&uuid.to_string(), &ctx.base_url).await {
            Ok(Some(_)) => Ok(KlantDeleteResponse::NoContent { api_version: version() }),
            Ok(None) => answer(ctx, Problem::not_found("Niet gevonden.")),
            Err(e) => internal(ctx, e),
        }
    }

    #[tracing::instrument(skip_all)]
    async fn klant_partial_update(
        &self,
        uuid: uuid::Uuid,
        _content_type: models::KlantCreateContentTypeParameter,
        _klant: models::Klant,
        x_nlx_logrecord_id: Option<String>,
        x_audit_toelichting: Option<String>,
        ctx: &RequestContext,
    ) -> Result<KlantPartialUpdateResponse, ApiError> {
        let k = self.update(uuid, Actie::PartialUpdate, x_nlx_logrecord_id, x_audit_toelichting, ctx).await?;
        Ok(KlantPartialUpdateResponse::OK { body: self.model(&k, ctx)?, api_version: version() })
    }

    #[tracing::instrument(skip_all)]
    async fn klant_read(
        &self,
        uuid: uuid::Uuid,
        _if_none_match: Option<String>,
        ctx: &RequestContext,
    ) -> Result<KlantReadResponse, ApiError> {
        match self.state.store.get(&uuid.to_string()).await {
            Ok(Some(k)) => {
                ctx.set_read_token(&k.etag_token);
                Ok(KlantReadResponse::OK { body: self.model(&k, ctx)?, e_tag: None, api_version: version() })
            }
            Ok(None) => answer(ctx, Problem::not_found("Niet gevonden.")),
            Err(e) => internal(ctx, e),
        }
    }

    #[tracing::instrument(skip_all)]
    async fn klant_update(
        &self,
        uuid: uuid::Uuid,
        _content_type: models::KlantCreateContentTypeParameter,
        _klant: models::Klant,
        x_nlx_logrecord_id: Option<String>,
        x_audit_toelichting: Option<String>,
        ctx: &RequestContext,
    ) -> Result<KlantUpdateResponse, ApiError> {
        let k = self.update(uuid, Actie::Update, x_nlx_logrecord_id, x_audit_toelichting, ctx).await?;
        Ok(KlantUpdateResponse::OK { body: self.model(&k, ctx)?, api_version: version() })
    }

    #[tracing::instrument(skip_all)]
    async fn audittrail_read(
        &self,
        klant_uuid: uuid::Uuid,
        uuid: uuid::Uuid,
        _if_none_match: Option<String>,
        ctx: &RequestContext,
    ) -> Result<AudittrailReadResponse, ApiError> {
        match self.state.store.audit_get(&klant_uuid.to_string(), &uuid.to_string()).await {
            Ok(Some(r)) => match convert::audit_model(&r) {
                Ok(body) => Ok(AudittrailReadResponse::OK { body, e_tag: None, api_version: version() }),
                Err(e) => internal(ctx, e),
            },
            Ok(None) => answer(ctx, Problem::not_found("Niet gevonden.")),
            Err(e) => internal(ctx, e),
        }
    }
}
