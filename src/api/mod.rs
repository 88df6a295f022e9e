//! The implementation of the generated `Api` trait: one method per operation of the OAS. The HTTP layer
//! has already authenticated the client, checked its scope and, for a write, read the body; here the
//! body is parsed and validated (once), and the rules that need the store (kla-001 uniqueness, `invalid-subject`),
//! the writes, and the representations. Every operation answers a body rendered once (`RawJson`), or a
//! [`RequestError`] that the HTTP layer renders as a problem body.
mod audit;
pub mod context;
pub mod query;
pub mod read;

use std::sync::Arc;

use async_trait::async_trait;
use bytes::Bytes;
use klanten_api::{
    models, Api, AudittrailListResponse, AudittrailReadResponse, KlantCreateResponse, KlantDeleteResponse,
    KlantListResponse, KlantPartialUpdateResponse, KlantReadResponse, KlantUpdateResponse, RawJson,
};
use serde_json::Value;

use crate::domain::description::{klant_url, Klant};
use crate::domain::etag;
use crate::domain::json::Json;
use crate::domain::operation::Operation;
use crate::domain::refusal::Refusal;
use crate::domain::validation::{has_identificatie_input, merge, validate_klant};
use crate::domain::write_records::WriteRecords;
use crate::error::RequestError;
use crate::store::{CachedKlant, Change, StoreError};
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

/// A 500 whose cause is logged and never shown to the client.
fn internal(e: impl std::fmt::Display) -> RequestError {
    RequestError::internal("handling a request", e)
}

/// A write's body as received, parsed once, as the reference reads it (`domain::json`): an empty body is `{}`;
/// anything that is not JSON (white space alone included) a 400 `parse_error` with Python's message.
pub(crate) fn parse_body(raw: &Bytes) -> Result<Json, RequestError> {
    if raw.is_empty() {
        return Ok(Json::Dict(Default::default()));
    }
    crate::domain::json::parse(raw).map_err(|e| RequestError::Parse(format!("JSON parse error - {e}")))
}

/// A model of the generated crate rendered once, with the reference's escaping of U+2028 and U+2029.
fn render<T: serde::Serialize>(model: &T) -> Result<RawJson, RequestError> {
    let body = serde_json::to_vec(model).map_err(internal)?;
    Ok(RawJson(crate::domain::representation::escape_line_separators_in(Bytes::from(body))))
}

/// The log event of a committed write: its action and the klant's uuid, nothing of its content.
fn written(op: Operation, uuid: &str) {
    tracing::info!(actie = op.actie(), klant = uuid, "klant written");
}

/// The records of a request's write: its audit record says who made it and why (each text within its bound), and
/// it and the notification name the klant under the request's base URL.
fn write_records(ctx: &RequestContext, logrecord: Option<String>, toelichting: Option<String>) -> WriteRecords {
    use crate::domain::audit::*;
    let p = ctx.principal.as_ref();
    let text = |t: Option<&str>, max: usize| bounded(t.unwrap_or_default(), max);
    let who = AuditInfo {
        applicatie_id: text(p.map(|p| p.applicatie_id.as_str()), MAX_APPLICATIE_ID),
        applicatie_weergave: text(p.map(|p| p.applicatie_weergave.as_str()), MAX_APPLICATIE_WEERGAVE),
        gebruikers_id: text(p.map(|p| p.user_id.as_str()), MAX_GEBRUIKERS_ID),
        gebruikers_weergave: text(p.map(|p| p.user_representation.as_str()), MAX_GEBRUIKERS_WEERGAVE),
        toelichting: text(toelichting.as_deref(), MAX_TOELICHTING),
        logrecord_id: text(logrecord.as_deref(), MAX_LOGRECORD_ID),
    };
    WriteRecords { base_url: ctx.base_url.clone(), who }
}

/// `input` merged onto `klant`, as the reference merges PUT and PATCH (`validation::merge`).
pub(crate) fn merged(klant: &Klant, input: &serde_json::Map<String, Value>) -> Klant {
    let Value::Object(mut m) = klant.to_value() else { unreachable!("a klant is an object") };
    merge(&mut m, input);
    Klant::from_map(&m, &klant.uuid)
}

impl KlantenApi {
    /// PUT and PATCH (both merge, as in the reference; see [`merge`]): the body validated against the stored
    /// `subjectType`, merged onto exactly the stored klant, inside the store's transaction that holds it; then
    /// `invalid-subject`, and kla-001 by the unique index. When the stored `subjectType` changed since the body was
    /// validated, the body is validated again against the new one.
    async fn update(
        &self,
        uuid: uuid::Uuid,
        body: &Bytes,
        actie: Operation,
        logrecord: Option<String>,
        toelichting: Option<String>,
        ctx: &RequestContext,
    ) -> Result<Arc<CachedKlant>, RequestError> {
        let store = &self.state.store;
        let uuid = uuid.to_string();
        let json = parse_body(body)?;
        let mut validated_type = ctx.stored_type.clone();
        let stored = validated_type.as_ref().map(|t| t.as_deref());
        let mut validated = Arc::new(validate_klant(&json, actie, stored, &self.state.subject).await?);
        let records = write_records(ctx, logrecord, toelichting);
        for _ in 0..3 {
            let body = Arc::clone(&validated);
            let change: Change = Arc::new(move |old: &Klant| -> Result<Klant, Refusal> {
                let input = &body.input;
                let new = merged(old, input);
                // invalid-subject on update, as in the reference: the new subject if truthy, else the stored one;
                // the validated identificatie, else the stored one.
                if new.subject.is_empty() && !has_identificatie_input(input) && !old.has_identificatie() {
                    return Err(Refusal::InvalidSubject);
                }
                Ok(new)
            });
            match store.update(&uuid, validated_type.as_ref(), actie, records.clone(), change).await {
                Ok(Ok(k)) => return Ok(k),
                Ok(Err(refusal)) => {
                    // The reference checks uniqueness before invalid-subject.
                    if let Some(k) = store.get(&uuid).await.ok().flatten() {
                        let value = serde_json::from_str(&k.representation).unwrap_or_default();
                        let stored = Klant::from_representation(&uuid, &value);
                        let new = merged(&stored, &validated.input);
                        let pair = |k: &Klant| (k.bronorganisatie.clone(), k.klantnummer.clone());
                        if pair(&new) != pair(&stored)
                            && store
                                .pair_taken(&new.bronorganisatie, &new.klantnummer, Some(&uuid))
                                .await
                                .map_err(|e| RequestError::store("checking kla-001", e))?
                        {
                            return Err(RequestError::Unique);
                        }
                    }
                    return Err(refusal.into());
                }
                Err(StoreError::SubjectTypeChanged(now)) => {
                    validated =
                        Arc::new(validate_klant(&json, actie, Some(now.as_deref()), &self.state.subject).await?);
                    validated_type = Some(now);
                }
                Err(e) => return Err(e.into()),
            }
        }
        Err(StoreError::SubjectTypeChanged(None).into())
    }
}

#[async_trait]
impl Api<RequestContext> for KlantenApi {
    type Error = RequestError;

    #[tracing::instrument(skip_all)]
    async fn klant_create(
        &self,
        _content_type: models::KlantCreateContentTypeParameter,
        klant: Bytes,
        x_nlx_logrecord_id: Option<String>,
        x_audit_toelichting: Option<String>,
        ctx: &RequestContext,
    ) -> Result<KlantCreateResponse, RequestError> {
        let json = parse_body(&klant)?;
        let validated = validate_klant(&json, Operation::Create, None, &self.state.subject).await?;
        let store = &self.state.store;
        let k = merged(&Klant { uuid: uuid::Uuid::new_v4().to_string(), ..Klant::default() }, &validated.input);
        if k.subject.is_empty() && !has_identificatie_input(&validated.input) {
            // The reference checks uniqueness first; otherwise the unique index answers kla-001 in the write.
            if !validated.generate_klantnummer
                && store
                    .pair_taken(&k.bronorganisatie, &k.klantnummer, None)
                    .await
                    .map_err(|e| RequestError::store("checking kla-001", e))?
            {
                return Err(RequestError::Unique);
            }
            return Err(RequestError::InvalidSubject);
        }
        let records = write_records(ctx, x_nlx_logrecord_id, x_audit_toelichting);
        let k = store.create(k, validated.generate_klantnummer, records).await?;
        written(Operation::Create, &k.uuid);
        Ok(KlantCreateResponse::Created {
            body: RawJson(k.rendered(&ctx.base_url).body),
            api_version: version(),
            location: Some(klant_url(&ctx.base_url, &k.uuid)),
        })
    }

    /// A page read before, while no klant changed since, is answered as it was (`store::list_cache`, checked as
    /// `store::validation` says); otherwise the query is parsed (once, `query::parse_list`) and the page built
    /// around the stored bodies (`read::list`).
    async fn klant_list(&self, query: Option<&str>, ctx: &RequestContext) -> Result<KlantListResponse, RequestError> {
        let store = &self.state.store;
        let key = format!("{}?{}", ctx.base_url, query.unwrap_or(""));
        let cached = store.cached_list(&key).await.map_err(|e| RequestError::store("reading a list page", e))?;
        if let Some(body) = cached {
            return Ok(KlantListResponse::OK { body: RawJson(body), api_version: version() });
        }
        let ticket = store.list_ticket();
        let parsed = query::parse_list(query)?;
        let (body, stamp) = read::list(&self.state, &parsed.filter, parsed.page, &parsed.query, &ctx.base_url).await?;
        if let Some(ticket) = ticket {
            store.keep_list(ticket, key, body.clone(), stamp);
        }
        Ok(KlantListResponse::OK { body: RawJson(body), api_version: version() })
    }

    #[tracing::instrument(skip_all)]
    async fn audittrail_list(
        &self,
        klant_uuid: uuid::Uuid,
        _ctx: &RequestContext,
    ) -> Result<AudittrailListResponse, RequestError> {
        let rows = self
            .state
            .store
            .audit_list(&klant_uuid.to_string())
            .await
            .map_err(|e| RequestError::store("reading an audit trail", e))?;
        if rows.is_empty() {
            // The reference answers 404 when no trail matches.
            return Err(RequestError::NotFound);
        }
        let body = rows.iter().map(audit::audit_model).collect::<Result<Vec<_>, _>>().map_err(internal)?;
        Ok(AudittrailListResponse::OK { body: render(&body)?, api_version: version() })
    }

    #[tracing::instrument(skip_all)]
    async fn klant_delete(
        &self,
        uuid: uuid::Uuid,
        x_nlx_logrecord_id: Option<String>,
        x_audit_toelichting: Option<String>,
        ctx: &RequestContext,
    ) -> Result<KlantDeleteResponse, RequestError> {
        let records = write_records(ctx, x_nlx_logrecord_id, x_audit_toelichting);
        self.state.store.delete(&uuid.to_string(), records).await?;
        written(Operation::Delete, &uuid.to_string());
        Ok(KlantDeleteResponse::NoContent { api_version: version() })
    }

    #[tracing::instrument(skip_all)]
    async fn klant_partial_update(
        &self,
        uuid: uuid::Uuid,
        _content_type: models::KlantCreateContentTypeParameter,
        klant: Bytes,
        x_nlx_logrecord_id: Option<String>,
        x_audit_toelichting: Option<String>,
        ctx: &RequestContext,
    ) -> Result<KlantPartialUpdateResponse, RequestError> {
        let k =
            self.update(uuid, &klant, Operation::PartialUpdate, x_nlx_logrecord_id, x_audit_toelichting, ctx).await?;
        written(Operation::PartialUpdate, &k.uuid);
        Ok(KlantPartialUpdateResponse::OK { body: RawJson(k.rendered(&ctx.base_url).body), api_version: version() })
    }

    /// The stored body as it is, with its ETag (the HTTP layer answers 304 when `If-None-Match` matches it).
    async fn klant_read(
        &self,
        uuid: uuid::Uuid,
        _if_none_match: Option<String>,
        ctx: &RequestContext,
    ) -> Result<KlantReadResponse, RequestError> {
        let found = read::klant(&self.state, &uuid.to_string(), &ctx.base_url).await?.ok_or(RequestError::NotFound)?;
        Ok(KlantReadResponse::OK { body: RawJson(found.body), e_tag: Some(found.etag), api_version: version() })
    }

    #[tracing::instrument(skip_all)]
    async fn klant_update(
        &self,
        uuid: uuid::Uuid,
        _content_type: models::KlantCreateContentTypeParameter,
        klant: Bytes,
        x_nlx_logrecord_id: Option<String>,
        x_audit_toelichting: Option<String>,
        ctx: &RequestContext,
    ) -> Result<KlantUpdateResponse, RequestError> {
        let k = self.update(uuid, &klant, Operation::Update, x_nlx_logrecord_id, x_audit_toelichting, ctx).await?;
        written(Operation::Update, &k.uuid);
        Ok(KlantUpdateResponse::OK { body: RawJson(k.rendered(&ctx.base_url).body), api_version: version() })
    }

    #[tracing::instrument(skip_all)]
    async fn audittrail_read(
        &self,
        klant_uuid: uuid::Uuid,
        uuid: uuid::Uuid,
        _if_none_match: Option<String>,
        _ctx: &RequestContext,
    ) -> Result<AudittrailReadResponse, RequestError> {
        let row = self
            .state
            .store
            .audit_get(&klant_uuid.to_string(), &uuid.to_string())
            .await
            .map_err(|e| RequestError::store("reading an audit record", e))?;
        let row = row.ok_or(RequestError::NotFound)?;
        let body = render(&audit::audit_model(&row).map_err(internal)?)?;
        let tag = etag::of(&body.0);
        Ok(AudittrailReadResponse::OK { body, e_tag: Some(tag), api_version: version() })
    }
}
