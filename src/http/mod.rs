//! Everything the generated code does not do (README, Layout), in one place, around the generated router:
//! routing errors, content negotiation, authorisation with scopes, the existence check before the body, reading the
//! body (size and time limits), problem bodies, `API-version`, ETag / If-None-Match and HEAD.
//! The order of the checks is the reference's: the route (404), `Accept` (406), the method (405, no token needed),
//! the token and scope (403), the klant of a detail route (404), then `Content-Type` (415); the body (400) and its
//! validation (400) are the operation's (`api`).
//!
//! Every request the checks let through goes through the generated router (`klanten_api::server::Service`), the
//! only router of the API: its path, query and body are parsed once (the path matched by the generated router's
//! `route`, whose match the checks here read and the router then dispatches on; the query and the body by the
//! operation), and its response body is rendered once, by the operation. An operation's error,
//! and the generated layer's own refusals (`klanten_api::Rejection`, converted into [`RequestError`]), come back as
//! the service's error and are rendered here as problem bodies (`problem`).
pub mod connection;
pub(crate) mod negotiation;
pub mod openapi_document;
pub mod problem;
mod response;
mod route;

use std::sync::Arc;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::header::{HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE, HOST};
use hyper::{Method, Request, Response, StatusCode};
use swagger::auth::{Authorization, Scopes};
use swagger::XSpanIdString;

use crate::api::context::RequestContext;
use crate::api::KlantenApi;
use crate::domain::etag;
use crate::domain::operation::Operation;
use crate::error::RequestError;
use crate::AppState;
use crate::API_VERSION;
use klanten_api::server::Route;
use negotiation::{accepts_json, host_allowed, host_syntax_valid, is_preflight, one_host, preflight};
use problem::Problem;
use response::{not_modified, response};
use route::{operation, route};
use tracing::Instrument;

pub type GeneratedService = klanten_api::server::Service<KlantenApi, RequestContext>;

/// A connection over `--max-connections`: answered with a 503 problem body at once, without reading anything, and
/// closed. Nothing is read or buffered for it, so that thousands of connections over the bound cost next to nothing.
pub async fn refuse_connection(mut stream: tokio::net::TcpStream, state: Arc<AppState>) {
    use tokio::io::AsyncWriteExt;
    let p = Problem::from(RequestError::Unavailable)
        .into_response(&format!("{}://{}", state.config.scheme, state.config.bind));
    let (parts, body) = p.into_parts();
    let body = body.collect().await.map(|b| b.to_bytes()).unwrap_or_default();
    let mut head = format!("HTTP/1.1 {}\r\n", parts.status);
    for (name, value) in &parts.headers {
        head.push_str(&format!("{name}: {}\r\n", value.to_str().unwrap_or_default()));
    }
    head.push_str(&format!(
        "api-version: {API_VERSION}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        body.len()
    ));
    let write = async {
        stream.write_all(head.as_bytes()).await?;
        stream.write_all(&body).await?;
        stream.shutdown().await
    };
    let _ = tokio::time::timeout(std::time::Duration::from_secs(1), write).await;
}

/// One request, start to end.
pub async fn handle(
    state: Arc<AppState>,
    generated: GeneratedService,
    req: Request<Incoming>,
) -> Response<Full<Bytes>> {
    if let Err(e) = one_host(&req) {
        return Problem::from(e).into_response(&format!("{}://{}", state.config.scheme, state.config.bind));
    }
    if is_preflight(&req) {
        return preflight();
    }
    let cross_origin = req.headers().contains_key(hyper::header::ORIGIN);
    if let Some(host) = req.headers().get(HOST).map(|h| h.to_str().unwrap_or("\u{0}")).filter(|h| !h.is_empty()) {
        if !host_syntax_valid(host) {
            // Before anything is built from it: the Host ends up in urls, audit trails and notifications.
            let p = Problem::from(RequestError::BadHost(host.to_string()));
            return p.into_response(&format!("{}://{}", state.config.scheme, state.config.bind));
        }
    }
    if let Some(allowed) = &state.config.allowed_hosts {
        let host = req.headers().get(HOST).and_then(|h| h.to_str().ok()).unwrap_or("");
        if !host_allowed(host, allowed) {
            // Before anything is built from it: the Host ends up in urls, audit trails and notifications.
            let p = Problem::from(RequestError::BadHost(host.to_string()));
            return p.into_response(&format!("{}://{}", state.config.scheme, state.config.bind));
        }
    }
    // Over `--max-requests` under way: 503 at once rather than a queue that grows without bound.
    let Ok(_permit) = state.requests.clone().try_acquire_owned() else {
        return Problem::from(RequestError::Unavailable)
            .into_response(&format!("{}://{}", state.config.scheme, state.config.bind));
    };
    let head = req.method() == Method::HEAD;
    let base_url = {
        let host = req.headers().get(HOST).and_then(|h| h.to_str().ok()).filter(|h| !h.is_empty());
        format!("{}://{}", state.config.scheme, host.unwrap_or(&state.config.bind))
    };
    let started = std::time::Instant::now();
    let in_flight = metrics::gauge!(crate::metrics::REQUESTS_IN_FLIGHT);
    in_flight.increment(1.0);
    let request_id = uuid::Uuid::new_v4();
    let method = req.method().clone();
    let mut logged = Logged::default();
    let span = tracing::info_span!("request", id = %request_id);
    let result = match openapi_document::at(req.uri().path()) {
        Some(document) => openapi_document::answer(document, &req),
        None => dispatch(&state, generated, req, &base_url, &mut logged).instrument(span.clone()).await,
    };
    let mut resp = match result {
        Ok(r) => r,
        Err(e) => Problem::from(e).into_response(&base_url),
    };
    resp.headers_mut().insert("api-version", HeaderValue::from_static(API_VERSION));
    resp.headers_mut().insert("x-request-id", HeaderValue::from_str(&request_id.to_string()).expect("uuid"));
    in_flight.decrement(1.0);
    metrics::histogram!(
        crate::metrics::REQUEST_DURATION,
        "operation" => logged.operation.map_or("-", |o| o.operation_id()),
        "status" => resp.status().as_str().to_owned()
    )
    .record(started.elapsed().as_secs_f64());
    span.in_scope(|| {
        tracing::info!(
            target: "klanten::request",
            method = %method,
            operation = logged.operation.map_or("-", |o| o.operation_id()),
            status = resp.status().as_u16(),
            duration_ms = started.elapsed().as_secs_f64() * 1000.0,
            client_id = logged.client_id.as_deref().unwrap_or("-"),
            "request"
        )
    });
    // as the reference, on every answer on an API route: 2xx, 304 and every problem body
    if let Some(allow) = logged.allow {
        resp.headers_mut().insert(hyper::header::ALLOW, HeaderValue::from_static(allow));
    }
    // as the reference, on every response
    resp.headers_mut().insert("x-frame-options", HeaderValue::from_static("SAMEORIGIN"));
    if cross_origin {
        resp.headers_mut().insert(hyper::header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    }
    if head {
        // HEAD answers the GET headers, Content-Length included, without the body (README, Deviations from the
        // reference, item 1).
        let len = resp.headers().get(CONTENT_LENGTH).cloned();
        let (mut parts, body) = resp.into_parts();
        let size = body.collect().await.map(|b| b.to_bytes().len()).unwrap_or(0);
        parts.headers.insert(CONTENT_LENGTH, len.unwrap_or_else(|| HeaderValue::from(size)));
        return Response::from_parts(parts, Full::new(Bytes::new()));
    }
    resp
}

/// What the request log line says about a request beyond its method, status and duration: filled in as `dispatch`
/// learns it. Never personal data (no path with its uuid's owner, no query, no body, no user).
#[derive(Default)]
struct Logged {
    operation: Option<Operation>,
    client_id: Option<String>,
    /// The `Allow` of the route, once the path is known to be one.
    allow: Option<&'static str>,
}

async fn dispatch(
    state: &Arc<AppState>,
    generated: GeneratedService,
    req: Request<Incoming>,
    base_url: &str,
    logged: &mut Logged,
) -> Result<Response<Full<Bytes>>, RequestError> {
    let (matched, path) = route(req.method(), req.uri().path())?;
    let allow = route::allow(path);
    logged.allow = Some(allow);
    if !accepts_json(req.headers().get(ACCEPT).and_then(|h| h.to_str().ok())) {
        return Err(RequestError::NotAcceptable);
    }
    if req.method() == Method::OPTIONS {
        // Not a CORS preflight (answered before): the reference's OPTIONS (DRF's metadata action) has no scope, so
        // it is refused to every client, with full rights too.
        return Err(RequestError::Auth(crate::auth::AuthError::PermissionDenied));
    }
    let Route::Operation { id, params, .. } = &matched else {
        return Err(RequestError::MethodNotAllowed { method: req.method().to_string(), allow });
    };
    let op = operation(*id);
    let auth_header = req.headers().get(AUTHORIZATION).and_then(|h| h.to_str().ok());
    logged.operation = Some(op);
    let principal = state.auth.authenticate(auth_header).await.map_err(RequestError::Auth)?;
    logged.client_id = Some(principal.client_id.clone());
    if !principal.has_scope(op.scope()) {
        return Err(RequestError::Auth(crate::auth::AuthError::PermissionDenied));
    }

    // The generated layer percent-decodes path parameters before parsing them; the reference does not, so a path
    // segment with `%` is no uuid.
    if params.values().any(|u| u.contains('%')) {
        return Err(RequestError::NotFound);
    }

    let mut ctx = RequestContext {
        // No span id: the API sends no `X-Span-ID` (and a random one would cost every request a `getrandom`).
        x_span_id: XSpanIdString(String::new()),
        authorization: Some(Authorization { subject: principal.client_id.clone(), scopes: Scopes::All, issuer: None }),
        base_url: base_url.to_string(),
        principal: Some(principal),
        stored_type: None,
    };

    let (mut parts, body) = req.into_parts();
    if parts.method == Method::HEAD {
        parts.method = Method::GET;
    }

    let body_bytes = if op.has_body() {
        // For a detail route the klant is looked up before the body is read (as the reference: 404 before 400/415).
        // parsed once: the generated handler reuses this parse (`PathParams::parse`)
        if let Some(parsed) = params.parse::<uuid::Uuid>("uuid") {
            let uuid = parsed.map_err(|_| RequestError::NotFound)?.to_string();
            match state.store.get(&uuid).await {
                Ok(Some(k)) => ctx.stored_type = Some(k.subject_type.clone()),
                Ok(None) => return Err(RequestError::NotFound),
                Err(e) => return Err(RequestError::store("looking up klant", e)),
            }
        }
        let content_type = parts.headers.get(CONTENT_TYPE).and_then(|h| h.to_str().ok()).unwrap_or("");
        let media = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
        if media != "application/json" {
            return Err(RequestError::UnsupportedMediaType(content_type.to_string()));
        }
        // The generated layer reads `Content-Type` as the one media type of the OAS, without parameters.
        parts.headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        let limit = state.config.max_body_bytes;
        // A declared length over the bound is refused at once, before any of the body is waited for.
        let declared =
            parts.headers.get(CONTENT_LENGTH).and_then(|h| h.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
        if declared.is_some_and(|n| n > limit as u64) {
            return Err(RequestError::PayloadTooLarge(limit));
        }
        // A body that trickles in is cut off: no client holds a request open for ever.
        match tokio::time::timeout(
            std::time::Duration::from_millis(state.config.body_timeout_ms),
            Limited::new(body, limit).collect(),
        )
        .await
        {
            Ok(Ok(b)) => b.to_bytes(),
            Ok(Err(e)) if e.downcast_ref::<http_body_util::LengthLimitError>().is_some() => {
                return Err(RequestError::PayloadTooLarge(limit))
            }
            Ok(Err(_)) => return Err(RequestError::Parse("De request body kon niet gelezen worden.".into())),
            Err(_) => return Err(RequestError::RequestTimeout),
        }
    } else {
        Bytes::new()
    };
    let if_none_match =
        parts.headers.get(hyper::header::IF_NONE_MATCH).and_then(|h| h.to_str().ok()).map(str::to_owned);
    // the generated router dispatches on this match instead of matching the path again
    parts.extensions.insert(matched);
    let request = Request::from_parts(parts, Full::new(body_bytes));
    let (mut parts, body) = hyper::service::Service::call(&generated, (request, ctx)).await?.into_parts();
    // The body the operation rendered, taken out of its box (one `Bytes`, not copied).
    let body: Bytes = match body.collect().await {
        Ok(b) => b.to_bytes(),
        Err(e) => match e {},
    };
    if parts.status == StatusCode::OK {
        if let Some(tag) = parts.headers.get(hyper::header::ETAG).and_then(|h| h.to_str().ok()) {
            if if_none_match.as_deref().is_some_and(|h| etag::matches(h, tag)) {
                return Ok(not_modified(tag));
            }
        }
    }
    parts.headers.insert(CONTENT_LENGTH, HeaderValue::from(body.len()));
    let mut r = response(parts.status, body);
    *r.headers_mut() = parts.headers;
    Ok(r)
}
