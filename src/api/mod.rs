//! The implementation of the generated `Api` trait: one method per operation of the OAS. The HTTP layer
//! (`crate::http`) has already authenticated the client, checked its scope and validated the body; here are the
//! rules that need the store (kla-001 uniqueness, `invalid-subject`), the writes, and the representations.
pub mod context;
mod convert;
pub mod query;
pub mod read;

use std::sync::Arc;

use async_trait::async_trait;
use klanten_api::{
    models, Api, AudittrailListResponse, AudittrailReadResponse, KlantCreateResponse, KlantDeleteResponse,
    KlantListResponse, KlantPartialUpdateResponse, KlantReadResponse, KlantUpdateResponse,
};
use serde_json::Value;
use swagger::ApiError;

use crate::domain::model::{klant_url, Klant};
use crate::domain::operation::Operation;
use crate::domain::validation::{has_identificatie_input, merge, validate_klant, Validated};
use crate::error::RequestError;
use crate::store::{AuditInfo, CachedKlant, Change, KlantFilter, StoreError};
use crate::AppState;
use crate::API_VERSION;
use context::RequestContext;

#[derive(Clone)]
pub struct KlantenApi {
    pub state: Arc<AppState>,
}

fn version() -> Option<String> {
    Some(API_VERSION.to_string())
}

/// Answers with an error the generated response enum cannot carry (the HTTP layer renders it as a problem body).
fn answer<T>(ctx: &RequestContext, e: impl Into<RequestError>) -> Result<T, ApiError> {
    ctx.respond_with(e.into());
    Err(ApiError("answered through the request context".into()))
}

/// A 500 whose cause is logged and never shown to the client.
fn internal<T>(ctx: &RequestContext, e: impl std::fmt::Display) -> Result<T, ApiError> {
    answer(ctx, RequestError::internal("handling a request", e))
}

/// The log event of a committed write: its action and the klant's uuid, nothing of its content.
fn written(op: Operation, uuid: &str) {
    tracing::info!(actie = op.actie(), klant = uuid, "klant written");
}

/// What the audit record of a write says about who made it and why, each text within its bound.
fn audit_info(ctx: &RequestContext, logrecord: Option<String>, toelichting: Option<String>) -> AuditInfo {
    use crate::domain::audit::*;
    let p = ctx.principal.as_ref();
    let text = |t: Option<&str>, max: usize| bounded(t.unwrap_or_default(), max);
    AuditInfo {
        applicatie_id: text(p.map(|p| p.applicatie_id.as_str()), MAX_APPLICATIE_ID),
        applicatie_weergave: text(p.map(|p| p.applicatie_weergave.as_str()), MAX_APPLICATIE_WEERGAVE),
        gebruikers_id: text(p.map(|p| p.user_id.as_str()), MAX_GEBRUIKERS_ID),
        gebruikers_weergave: text(p.map(|p| p.user_representation.as_str()), MAX_GEBRUIKERS_WEERGAVE),
        toelichting: text(toelichting.as_deref(), MAX_TOELICHTING),
        logrecord_id: text(logrecord.as_deref(), MAX_LOGRECORD_ID),
    }
}

impl KlantenApi {
    fn validated<'a>(&self, ctx: &'a RequestContext) -> Result<&'a Validated, ApiError> {
        match ctx.validated.as_deref() {
            Some(v) => Ok(v),
            None => internal(ctx, "write without a validated body"),
        }
    }

    /// PUT and PATCH (both merge, as in the reference; see [`merge`]): the validated body merged onto exactly the
    /// stored klant, inside the store's transaction that holds it; then `invalid-subject`, and kla-001 by the unique
    /// index. When the stored `subjectType` changed since the body was validated, the body is validated again against
    /// the new one.
    async fn update(
        &self,
        uuid: uuid::Uuid,
        actie: Operation,
        logrecord: Option<String>,
        toelichting: Option<String>,
        ctx: &RequestContext,
    ) -> Result<Arc<CachedKlant>, ApiError> {
        let store = &self.state.store;
        let uuid = uuid.to_string();
        let audit = audit_info(ctx, logrecord, toelichting);
        let mut validated = Arc::clone(match ctx.validated.as_ref() {
            Some(v) => v,
            None => return internal(ctx, "write without a validated body"),
        });
        let mut validated_type = ctx.validated_type.clone();
        for _ in 0..3 {
            let body = Arc::clone(&validated);
            let change: Change<RequestError> = Arc::new(move |old: &Klant| -> Result<Klant, RequestError> {
                let input = &body.input;
                let mut internal_form = old.to_internal();
                merge(&mut internal_form, input);
                let new = old.with_internal(internal_form);
                // invalid-subject on update, as in the reference: the new subject if truthy, else the stored one;
                // the validated identificatie, else the stored row.
                let subject = match input.get("subject").and_then(Value::as_str) {
                    Some(s) if !s.is_empty() => s.to_string(),
                    _ => old.subject.clone(),
                };
                if subject.is_empty() && !has_identificatie_input(input) && !old.has_identificatie() {
                    return Err(RequestError::InvalidSubject);
                }
                Ok(new)
            });
            let input = &validated.input;
            match store.update(&uuid, validated_type.as_ref(), actie, &ctx.base_url, &audit, change).await {
                Ok(Ok(k)) => return Ok(k),
                Ok(Err(refusal)) => {
                    // The reference checks uniqueness before invalid-subject.
                    let pair = (input.get("bronorganisatie"), input.get("klantnummer"));
                    if pair.0.is_some() || pair.1.is_some() {
                        if let Some(k) = store.get(&uuid).await.ok().flatten() {
                            if let Some(stored) = crate::domain::representation::parse(&uuid, &k.representation) {
                                let mut f = stored.to_internal();
                                merge(&mut f, input);
                                let new = stored.with_internal(f);
                                if let Ok(true) =
                                    store.pair_taken(&new.bronorganisatie, &new.klantnummer, Some(&uuid)).await
                                {
                                    return answer(ctx, RequestError::Unique);
                                }
                            }
                        }
                    }
                    return answer(ctx, refusal);
                }
                Err(StoreError::SubjectTypeChanged(now)) => {
                    let Some(body) = ctx.body.as_deref() else { return internal(ctx, "write without a body") };
                    match validate_klant(body, actie, Some(now.as_deref()), &self.state.subject).await {
                        Ok(v) => validated = Arc::new(v),
                        Err(params) => return answer(ctx, params),
                    }
                    validated_type = Some(now);
                }
                Err(e) => return answer(ctx, e),
            }
        }
        answer(ctx, StoreError::SubjectTypeChanged(None))
    }

    /// The generated model of a stored klant under this request's base URL.
    fn model(&self, k: &CachedKlant, ctx: &RequestContext) -> Result<models::Klant, ApiError> {
        match serde_json::from_slice(&k.rendered(&ctx.base_url).body) {
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
        if k.subject.is_empty() && !has_identificatie_input(&validated.input) {
            // The reference checks uniqueness first; otherwise the unique index answers kla-001 in the write.
            if !validated.generate_klantnummer {
                match store.pair_taken(&k.bronorganisatie, &k.klantnummer, None).await {
                    Ok(true) => return answer(ctx, RequestError::Unique),
                    Ok(false) => {}
                    Err(e) => return internal(ctx, e),
                }
            }
            return answer(ctx, RequestError::InvalidSubject);
        }
        let audit = audit_info(ctx, x_nlx_logrecord_id, x_audit_toelichting);
        let k = match store.create(k, validated.generate_klantnummer, &ctx.base_url, &audit).await {
            Ok(k) => k,
            Err(e) => return answer(ctx, e),
        };
        written(Operation::Create, &k.uuid);
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
        let mut filter = KlantFilter::default();
        for (name, value) in [
            ("bronorganisatie", bronorganisatie),
            ("klantnummer", klantnummer),
            ("bedrijfsnaam", bedrijfsnaam),
            ("functie", functie),
            ("achternaam", achternaam),
            ("telefoonnummer", telefoonnummer),
            ("emailadres", emailadres),
            ("adres__straatnaam", adres__straatnaam),
            ("adres__postcode", adres__postcode),
            ("adres__woonplaatsNaam", adres__woonplaats_naam),
            ("adres__landcode", adres__landcode),
            ("subject", subject),
            ("subjectType", subject_type.map(|t| t.to_string())),
            ("subjectNatuurlijkPersoon__inpBsn", subject_natuurlijk_persoon__inp_bsn),
            ("subjectNatuurlijkPersoon__anpIdentificatie", subject_natuurlijk_persoon__anp_identificatie),
            ("subjectNatuurlijkPersoon__inpA_nummer", subject_natuurlijk_persoon__inp_a_nummer),
            ("subjectNietNatuurlijkPersoon__innNnpId", subject_niet_natuurlijk_persoon__inn_nnp_id),
            ("subjectNietNatuurlijkPersoon__annIdentificatie", subject_niet_natuurlijk_persoon__ann_identificatie),
            ("subjectVestiging__vestigingsNummer", subject_vestiging__vestigings_nummer),
        ] {
            if let Some(v) = value {
                filter.set(name, v);
            }
        }
        let query = ctx.list_query.clone().unwrap_or_default();
        let page = page.map(|p| p.max(1) as u64);
        let body = match read::list(&self.state, &filter, page, &query, &ctx.base_url).await {
            Ok(b) => b,
            Err(p) => return answer(ctx, p),
        };
        match serde_json::from_slice(&body) {
            Ok(body) => Ok(KlantListResponse::OK { body, api_version: version() }),
            Err(e) => internal(ctx, e),
        }
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
            // The reference answers 404 when no trail matches; the OAS has no 404 variant here.
            return answer(ctx, RequestError::NotFound);
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
            Ok(_) => {
                written(Operation::Delete, &uuid.to_string());
                Ok(KlantDeleteResponse::NoContent { api_version: version() })
            }
            Err(e) => answer(ctx, e),
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
        let k = self.update(uuid, Operation::PartialUpdate, x_nlx_logrecord_id, x_audit_toelichting, ctx).await?;
        written(Operation::PartialUpdate, &k.uuid);
        Ok(KlantPartialUpdateResponse::OK { body: self.model(&k, ctx)?, api_version: version() })
    }

    #[tracing::instrument(skip_all)]
    async fn klant_read(
        &self,
        uuid: uuid::Uuid,
        _if_none_match: Option<String>,
        ctx: &RequestContext,
    ) -> Result<KlantReadResponse, ApiError> {
        match read::klant(&self.state, &uuid.to_string(), &ctx.base_url).await {
            Ok(Some(r)) => match serde_json::from_slice(&r.body) {
                Ok(body) => Ok(KlantReadResponse::OK { body, e_tag: Some(r.etag), api_version: version() }),
                Err(e) => internal(ctx, e),
            },
            Ok(None) => answer(ctx, RequestError::NotFound),
            Err(p) => answer(ctx, p),
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
        let k = self.update(uuid, Operation::Update, x_nlx_logrecord_id, x_audit_toelichting, ctx).await?;
        written(Operation::Update, &k.uuid);
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
            Ok(None) => answer(ctx, RequestError::NotFound),
            Err(e) => internal(ctx, e),
        }
    }
}
