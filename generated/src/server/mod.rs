use bytes::Bytes;
use futures::{future, future::BoxFuture, Stream, stream, future::FutureExt, stream::TryStreamExt};
use http_body_util::{combinators::BoxBody, Full};
use hyper::{body::{Body, Incoming}, HeaderMap, Request, Response, StatusCode};
use hyper::header::{HeaderName, HeaderValue, CONTENT_TYPE};
use log::warn;
#[cfg(feature = "validate")]
use serde_valid::Validate;
#[allow(unused_imports)]
use std::convert::{TryFrom, TryInto};
use std::{convert::Infallible, error::Error};
use std::future::Future;
use std::marker::PhantomData;
use std::task::{Context, Poll};
use swagger::{ApiError, BodyExt, Has, RequestParser, XSpanIdString};
pub use swagger::auth::Authorization;
use swagger::auth::Scopes;
use url::form_urlencoded;

#[allow(unused_imports)]
use crate::{models, header, AuthenticationApi};

pub use crate::context;

type ServiceFuture<E> = BoxFuture<'static, Result<Response<BoxBody<Bytes, Infallible>>, E>>;

use crate::{Api,
     KlantCreateResponse,
     KlantListResponse,
     AudittrailListResponse,
     KlantDeleteResponse,
     KlantPartialUpdateResponse,
     KlantReadResponse,
     KlantUpdateResponse,
     AudittrailReadResponse
};

mod server_auth;

mod paths {
    use lazy_static::lazy_static;

    lazy_static! {
        pub static ref GLOBAL_REGEX_SET: regex::RegexSet = regex::RegexSet::new(vec![
            r"^/api/v1/klanten$",
            r"^/api/v1/klanten/(?P<klant_uuid>[^/?#]*)/audittrail$",
            r"^/api/v1/klanten/(?P<klant_uuid>[^/?#]*)/audittrail/(?P<uuid>[^/?#]*)$",
            r"^/api/v1/klanten/(?P<uuid>[^/?#]*)$"
        ])
        .expect("Unable to create global regex set");
    }
    pub(crate) static ID_KLANTEN: usize = 0;
    pub(crate) static ID_KLANTEN_KLANT_UUID_AUDITTRAIL: usize = 1;
    pub(crate) static ID_KLANTEN_KLANT_UUID_AUDITTRAIL_UUID: usize = 2;
    pub(crate) static ID_KLANTEN_UUID: usize = 3;
}

/// A path of the OAS.
#[allow(non_camel_case_types, clippy::upper_case_acronyms)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PathId {
    /// `/klanten`
    KLANTEN,
    /// `/klanten/{klant_uuid}/audittrail`
    KLANTEN_KLANT_UUID_AUDITTRAIL,
    /// `/klanten/{klant_uuid}/audittrail/{uuid}`
    KLANTEN_KLANT_UUID_AUDITTRAIL_UUID,
    /// `/klanten/{uuid}`
    KLANTEN_UUID,
}

impl PathId {
    pub const ALL: &'static [PathId] = &[
        PathId::KLANTEN,
        PathId::KLANTEN_KLANT_UUID_AUDITTRAIL,
        PathId::KLANTEN_KLANT_UUID_AUDITTRAIL_UUID,
        PathId::KLANTEN_UUID,
    ];

    fn index(self) -> usize {
        match self {
            PathId::KLANTEN => paths::ID_KLANTEN,
            PathId::KLANTEN_KLANT_UUID_AUDITTRAIL => paths::ID_KLANTEN_KLANT_UUID_AUDITTRAIL,
            PathId::KLANTEN_KLANT_UUID_AUDITTRAIL_UUID => paths::ID_KLANTEN_KLANT_UUID_AUDITTRAIL_UUID,
            PathId::KLANTEN_UUID => paths::ID_KLANTEN_UUID,
        }
    }

    /// The OAS path with the base path, its parameters as `{name}`.
    pub fn template(self) -> &'static str {
        match self {
            PathId::KLANTEN => "/api/v1/klanten",
            PathId::KLANTEN_KLANT_UUID_AUDITTRAIL => "/api/v1/klanten/{klant_uuid}/audittrail",
            PathId::KLANTEN_KLANT_UUID_AUDITTRAIL_UUID => "/api/v1/klanten/{klant_uuid}/audittrail/{uuid}",
            PathId::KLANTEN_UUID => "/api/v1/klanten/{uuid}",
        }
    }

    /// Whether `path` is an instance of this OAS path; `each` gets every parameter (name, value as sent) in path
    /// order, also when a later part then does not match.
    fn instance<'p>(self, path: &'p str, mut each: impl FnMut(&'static str, &'p str)) -> bool {
        let (mut template, mut rest) = (self.template(), path);
        while let Some(open) = template.find('{') {
            let Some(after) = rest.strip_prefix(&template[..open]) else { return false };
            let Some(close) = template[open..].find('}').map(|c| open + c) else { return false };
            let end = after.bytes().position(|b| matches!(b, b'/' | b'?' | b'#')).unwrap_or(after.len());
            each(&template[open + 1..close], &after[..end]);
            (template, rest) = (&template[close + 1..], &after[end..]);
        }
        rest == template
    }

    /// The methods this path serves, in the order of `OPERATIONS`.
    pub fn methods(self) -> impl Iterator<Item = &'static hyper::Method> {
        OPERATIONS.iter().filter(move |(_, p, _)| *p == self).map(|(m, _, _)| m)
    }
}

/// An operation of the OAS, by its `operationId`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OperationId {
    /// POST `/klanten`
    KlantCreate,
    /// GET `/klanten`
    KlantList,
    /// GET `/klanten/{klant_uuid}/audittrail`
    AudittrailList,
    /// DELETE `/klanten/{uuid}`
    KlantDelete,
    /// PATCH `/klanten/{uuid}`
    KlantPartialUpdate,
    /// GET `/klanten/{uuid}`
    KlantRead,
    /// PUT `/klanten/{uuid}`
    KlantUpdate,
    /// GET `/klanten/{klant_uuid}/audittrail/{uuid}`
    AudittrailRead,
}

/// Every operation: its method and its path.
pub static OPERATIONS: &[(hyper::Method, PathId, OperationId)] = &[
    (hyper::Method::POST, PathId::KLANTEN, OperationId::KlantCreate),
    (hyper::Method::GET, PathId::KLANTEN, OperationId::KlantList),
    (hyper::Method::GET, PathId::KLANTEN_KLANT_UUID_AUDITTRAIL, OperationId::AudittrailList),
    (hyper::Method::DELETE, PathId::KLANTEN_UUID, OperationId::KlantDelete),
    (hyper::Method::PATCH, PathId::KLANTEN_UUID, OperationId::KlantPartialUpdate),
    (hyper::Method::GET, PathId::KLANTEN_UUID, OperationId::KlantRead),
    (hyper::Method::PUT, PathId::KLANTEN_UUID, OperationId::KlantUpdate),
    (hyper::Method::GET, PathId::KLANTEN_KLANT_UUID_AUDITTRAIL_UUID, OperationId::AudittrailRead),
];

/// The path parameters of a matched path, by their OAS names, as sent (not percent-decoded), each with the result
/// of its first parse.
#[derive(Default)]
pub struct PathParams(Vec<PathParam>);

struct PathParam {
    name: &'static str,
    raw: String,
    parsed: std::sync::OnceLock<Box<dyn std::any::Any + Send + Sync>>,
}

impl PathParams {
    fn new(params: Vec<(&'static str, String)>) -> Self {
        PathParams(
            params.into_iter().map(|(name, raw)| PathParam { name, raw, parsed: std::sync::OnceLock::new() }).collect(),
        )
    }

    /// The value of `name` as sent.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|p| p.name == name).map(|p| p.raw.as_str())
    }

    /// The values as sent, in path order.
    pub fn values(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|p| p.raw.as_str())
    }

    /// `name` percent-decoded and parsed as `T`, once: a later call for the same `T` answers the first one's
    /// result. `None` when there is no such parameter.
    pub fn parse<T>(&self, name: &str) -> Option<Result<T, String>>
    where
        T: std::str::FromStr + Clone + Send + Sync + 'static,
        T::Err: std::fmt::Display,
    {
        let param = self.0.iter().find(|p| p.name == name)?;
        let parse = || -> Result<T, String> {
            match percent_encoding::percent_decode(param.raw.as_bytes()).decode_utf8() {
                Ok(decoded) => decoded.parse::<T>().map_err(|e| e.to_string()),
                Err(e) => Err(e.to_string()),
            }
        };
        let first = param.parsed.get_or_init(|| Box::new(parse()));
        // parsed before as another type: parse again rather than answer that one
        Some(first.downcast_ref::<Result<T, String>>().cloned().unwrap_or_else(parse))
    }
}

impl Clone for PathParams {
    /// The values; the parse results are not carried over.
    fn clone(&self) -> Self {
        PathParams::new(self.0.iter().map(|p| (p.name, p.raw.clone())).collect())
    }
}

impl std::fmt::Debug for PathParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.0.iter().map(|p| (p.name, &p.raw))).finish()
    }
}

impl PartialEq for PathParams {
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len() && self.0.iter().zip(&other.0).all(|(a, b)| a.name == b.name && a.raw == b.raw)
    }
}

impl Eq for PathParams {}

/// What a request's method and path are to the OAS.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// An operation, with the path parameters as sent.
    Operation { id: OperationId, path: PathId, params: PathParams },
    /// A path of the OAS that has no operation for the method.
    MethodNotAllowed(PathId),
    /// No path of the OAS.
    NotFound,
}

impl Route {
    /// The matched path, if any.
    pub fn path(&self) -> Option<PathId> {
        match self {
            Route::Operation { path, .. } | Route::MethodNotAllowed(path) => Some(*path),
            Route::NotFound => None,
        }
    }

    /// Whether the matched path is the one of index `id` (the router's match arms ask this).
    fn matched(&self, id: usize) -> bool {
        self.path().is_some_and(|p| p.index() == id)
    }
}

/// Matches `method` and `path` against the OAS paths, once: the first operation (in `OPERATIONS` order) whose
/// method and path match, else the first path that matches, else none.
pub fn route(method: &hyper::Method, path: &str) -> Route {
    // each path of the method's operations is compared once, collecting its parameters on the way
    let mut params = Vec::new();
    for (m, found, id) in OPERATIONS {
        params.clear();
        if m == method && found.instance(path, |name, value| params.push((name, value))) {
            let params = params.into_iter().map(|(name, value)| (name, value.to_string())).collect();
            return Route::Operation { id: *id, path: *found, params: PathParams::new(params) };
        }
    }
    PathId::ALL.iter().copied().find(|p| p.instance(path, |_, _| ())).map_or(Route::NotFound, Route::MethodNotAllowed)
}


pub struct MakeService<T, C>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static
{
    api_impl: T,
    marker: PhantomData<C>,
    validation: bool
}

impl<T, C> MakeService<T, C>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static
{
    pub fn new(api_impl: T) -> Self {
        MakeService {
            api_impl,
            marker: PhantomData,
            validation: false
        }
    }

    // Turn on/off validation for the service being made.
    #[cfg(feature = "validate")]
    pub fn set_validation(&mut self, validation: bool) {
        self.validation = validation;
    }
}

impl<T, C> Clone for MakeService<T, C>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString>  + Has<Option<Authorization>> + Send + Sync + 'static
{
    fn clone(&self) -> Self {
        Self {
            api_impl: self.api_impl.clone(),
            marker: PhantomData,
            validation: self.validation
        }
    }
}

impl<T, C, Target> hyper::service::Service<Target> for MakeService<T, C>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static
{
    type Response = Service<T, C>;
    type Error = crate::ServiceError;
    type Future = future::Ready<Result<Self::Response, Self::Error>>;

    fn call(&self, target: Target) -> Self::Future {
        let service = Service::new(self.api_impl.clone(), self.validation);

        future::ok(service)
    }
}

fn method_not_allowed<E: From<crate::Rejection>>() -> Result<Response<BoxBody<Bytes, Infallible>>, E> {
    Err(crate::Rejection::MethodNotAllowed.into())
}

#[allow(unused_macros)]
#[cfg(not(feature = "validate"))]
macro_rules! run_validation {
    ($parameter:tt, $base_name:tt, $validation:tt) => ();
}

#[allow(unused_macros)]
#[cfg(feature = "validate")]
macro_rules! run_validation {
    ($parameter:tt, $base_name:tt, $validation:tt) => {
        let $parameter = if $validation {
            match $parameter.validate() {
            Ok(()) => $parameter,
            Err(e) => return Ok(Response::builder()
                                    .status(StatusCode::BAD_REQUEST)
                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                    .body(BoxBody::new(format!("Invalid value in body parameter {}: {}", $base_name, e)))
                                    .expect(&format!("Unable to create Bad Request response for invalid value in body parameter {}", $base_name))),
            }
        } else {
            $parameter
        };
    }
}

pub struct Service<T, C> where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static
{
    api_impl: T,
    marker: PhantomData<C>,
    // Enable regex pattern validation of received JSON models
    validation: bool,
}

impl<T, C> Service<T, C> where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static
{
    pub fn new(api_impl: T, validation: bool) -> Self {
        Service {
            api_impl,
            marker: PhantomData,
            validation,
        }
    }
    #[cfg(feature = "validate")]
    pub fn set_validation(&mut self, validation: bool) {
        self.validation = validation
    }

}

impl<T, C> Clone for Service<T, C> where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static
{
    fn clone(&self) -> Self {
        Service {
            api_impl: self.api_impl.clone(),
            marker: self.marker,
            validation: self.validation,
        }
    }
}

impl<T, C, ReqBody> hyper::service::Service<(Request<ReqBody>, C)> for Service<T, C> where
    T: Api<C> + Clone + Send + Sync + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    type Response = Response<BoxBody<Bytes, Infallible>>;
    type Error = T::Error;
    type Future = ServiceFuture<T::Error>;

    fn call(&self, req: (Request<ReqBody>, C)) -> Self::Future {
        async fn run<T, C, ReqBody>(
            mut api_impl: T,
            req: (Request<ReqBody>, C),
            validation: bool,
        ) -> Result<Response<BoxBody<Bytes, Infallible>>, T::Error>
        where
            T: Api<C> + Clone + Send + 'static,
            C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
            ReqBody: Body + Send + 'static,
            ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
            ReqBody::Data: Send,
        {
            let (request, context) = req;
            let (mut parts, body) = request.into_parts();
            // `path` is the name the match arms of server-mod.mustache use
            let path = match parts.extensions.remove::<Route>() {
                Some(matched) => matched,
                None => route(&parts.method, parts.uri.path()),
            };
            let (method, uri, headers) = (parts.method, parts.uri, parts.headers);

            match path {

            // KlantCreate - POST /klanten
            Route::Operation { id: OperationId::KlantCreate, params, .. } => {
                handle_klant_create(api_impl, uri, headers, body, context, validation, params).await
            },

            // KlantList - GET /klanten
            Route::Operation { id: OperationId::KlantList, params, .. } => {
                handle_klant_list(api_impl, uri, headers, body, context, validation, params).await
            },

            // AudittrailList - GET /klanten/{klant_uuid}/audittrail
            Route::Operation { id: OperationId::AudittrailList, params, .. } => {
                handle_audittrail_list(api_impl, uri, headers, body, context, validation, params).await
            },

            // KlantDelete - DELETE /klanten/{uuid}
            Route::Operation { id: OperationId::KlantDelete, params, .. } => {
                handle_klant_delete(api_impl, uri, headers, body, context, validation, params).await
            },

            // KlantPartialUpdate - PATCH /klanten/{uuid}
            Route::Operation { id: OperationId::KlantPartialUpdate, params, .. } => {
                handle_klant_partial_update(api_impl, uri, headers, body, context, validation, params).await
            },

            // KlantRead - GET /klanten/{uuid}
            Route::Operation { id: OperationId::KlantRead, params, .. } => {
                handle_klant_read(api_impl, uri, headers, body, context, validation, params).await
            },

            // KlantUpdate - PUT /klanten/{uuid}
            Route::Operation { id: OperationId::KlantUpdate, params, .. } => {
                handle_klant_update(api_impl, uri, headers, body, context, validation, params).await
            },

            // AudittrailRead - GET /klanten/{klant_uuid}/audittrail/{uuid}
            Route::Operation { id: OperationId::AudittrailRead, params, .. } => {
                handle_audittrail_read(api_impl, uri, headers, body, context, validation, params).await
            },

            _ if path.matched(paths::ID_KLANTEN) => method_not_allowed(),
            _ if path.matched(paths::ID_KLANTEN_KLANT_UUID_AUDITTRAIL) => method_not_allowed(),
            _ if path.matched(paths::ID_KLANTEN_KLANT_UUID_AUDITTRAIL_UUID) => method_not_allowed(),
            _ if path.matched(paths::ID_KLANTEN_UUID) => method_not_allowed(),
                _ => Err(crate::Rejection::NotFound.into())
            }
        }
        Box::pin(run(
            self.api_impl.clone(),
            req,
            self.validation
        ))
    }
}

#[allow(unused_variables)]
async fn handle_klant_create<T, C, ReqBody>(
    api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
    params: PathParams,
) -> Result<Response<BoxBody<Bytes, Infallible>>, T::Error>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    if (&context as &dyn Has<Option<Authorization>>).get().is_none() {
        return Err(crate::Rejection::Unauthenticated.into());
    }

    // Header parameters
    let param_content_type = match headers.get(HeaderName::from_static("content-type")) {
        Some(v) => match header::IntoHeaderValue::<models::KlantCreateContentTypeParameter>::try_from((*v).clone()) {
            Ok(result) => result.0,
            Err(e) => return Err(crate::Rejection::Header { name: "Content-Type", message: e.to_string() }.into()),
        },
        None => return Err(crate::Rejection::Header { name: "Content-Type", message: "missing".to_string() }.into()),
    };
    let param_x_nlx_logrecord_id = match headers.get(HeaderName::from_static("x-nlx-logrecord-id")) {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => Some(result.0),
            Err(e) => return Err(crate::Rejection::Header { name: "X-NLX-Logrecord-ID", message: e.to_string() }.into()),
        },
        None => None,
    };
    let param_x_audit_toelichting = match headers.get(HeaderName::from_static("x-audit-toelichting")) {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => Some(result.0),
            Err(e) => return Err(crate::Rejection::Header { name: "X-Audit-Toelichting", message: e.to_string() }.into()),
        },
        None => None,
    };

    // The body as received
    let param_klant = match http_body_util::BodyExt::collect(body).await {
        Ok(collected) => collected.to_bytes(),
        Err(e) => return Err(crate::Rejection::Body { message: e.into().to_string() }.into()),
    };

    let result = api_impl.klant_create(
            param_content_type,
            param_klant,
            param_x_nlx_logrecord_id,
            param_x_audit_toelichting,
            &context
        ).await?;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    match result {
        KlantCreateResponse::Created
            {
                body,
                api_version,
                location
            }
        => {
            *response.status_mut() = StatusCode::from_u16(201).expect("Unable to turn 201 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            if let Some(location) = location {
            let location = match header::IntoHeaderValue(location).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "Location", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("location"), location);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantCreateResponse::BadRequest
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantCreateResponse::Unauthorized
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantCreateResponse::Forbidden
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantCreateResponse::NotAcceptable
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(406).expect("Unable to turn 406 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantCreateResponse::Conflict
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantCreateResponse::Gone
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(410).expect("Unable to turn 410 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantCreateResponse::UnsupportedMediaType
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(415).expect("Unable to turn 415 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantCreateResponse::TooManyRequests
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantCreateResponse::InternalServerError
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
    }
    Ok(response)
}

#[allow(unused_variables)]
async fn handle_klant_list<T, C, ReqBody>(
    api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
    params: PathParams,
) -> Result<Response<BoxBody<Bytes, Infallible>>, T::Error>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    if (&context as &dyn Has<Option<Authorization>>).get().is_none() {
        return Err(crate::Rejection::Unauthenticated.into());
    }

    // The query string, parsed by the operation
    let query = uri.query();

    let result = api_impl.klant_list(
            query,
            &context
        ).await?;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    match result {
        KlantListResponse::OK
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantListResponse::BadRequest
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantListResponse::Unauthorized
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantListResponse::Forbidden
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantListResponse::NotAcceptable
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(406).expect("Unable to turn 406 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantListResponse::Conflict
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantListResponse::Gone
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(410).expect("Unable to turn 410 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantListResponse::UnsupportedMediaType
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(415).expect("Unable to turn 415 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantListResponse::TooManyRequests
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantListResponse::InternalServerError
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
    }
    Ok(response)
}

#[allow(unused_variables)]
async fn handle_audittrail_list<T, C, ReqBody>(
    api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
    params: PathParams,
) -> Result<Response<BoxBody<Bytes, Infallible>>, T::Error>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    if (&context as &dyn Has<Option<Authorization>>).get().is_none() {
        return Err(crate::Rejection::Unauthenticated.into());
    }

    // Path parameters
    let path_params = &params;

    let param_klant_uuid = match path_params.parse::<uuid::Uuid>("klant_uuid") {
        Some(Ok(param_klant_uuid)) => param_klant_uuid,
        Some(Err(message)) => return Err(crate::Rejection::PathParameter { name: "klant_uuid", message }.into()),
        None => return Err(crate::Rejection::PathParameter { name: "klant_uuid", message: "missing".to_string() }.into()),
    };

    let result = api_impl.audittrail_list(
            param_klant_uuid,
            &context
        ).await?;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    match result {
        AudittrailListResponse::OK
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        AudittrailListResponse::Unauthorized
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        AudittrailListResponse::Forbidden
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        AudittrailListResponse::NotAcceptable
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(406).expect("Unable to turn 406 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        AudittrailListResponse::Conflict
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        AudittrailListResponse::Gone
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(410).expect("Unable to turn 410 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        AudittrailListResponse::UnsupportedMediaType
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(415).expect("Unable to turn 415 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        AudittrailListResponse::TooManyRequests
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        AudittrailListResponse::InternalServerError
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
    }
    Ok(response)
}

#[allow(unused_variables)]
async fn handle_klant_delete<T, C, ReqBody>(
    api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
    params: PathParams,
) -> Result<Response<BoxBody<Bytes, Infallible>>, T::Error>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    if (&context as &dyn Has<Option<Authorization>>).get().is_none() {
        return Err(crate::Rejection::Unauthenticated.into());
    }

    // Path parameters
    let path_params = &params;

    let param_uuid = match path_params.parse::<uuid::Uuid>("uuid") {
        Some(Ok(param_uuid)) => param_uuid,
        Some(Err(message)) => return Err(crate::Rejection::PathParameter { name: "uuid", message }.into()),
        None => return Err(crate::Rejection::PathParameter { name: "uuid", message: "missing".to_string() }.into()),
    };

    // Header parameters
    let param_x_nlx_logrecord_id = match headers.get(HeaderName::from_static("x-nlx-logrecord-id")) {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => Some(result.0),
            Err(e) => return Err(crate::Rejection::Header { name: "X-NLX-Logrecord-ID", message: e.to_string() }.into()),
        },
        None => None,
    };
    let param_x_audit_toelichting = match headers.get(HeaderName::from_static("x-audit-toelichting")) {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => Some(result.0),
            Err(e) => return Err(crate::Rejection::Header { name: "X-Audit-Toelichting", message: e.to_string() }.into()),
        },
        None => None,
    };

    let result = api_impl.klant_delete(
            param_uuid,
            param_x_nlx_logrecord_id,
            param_x_audit_toelichting,
            &context
        ).await?;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    match result {
        KlantDeleteResponse::NoContent
            {
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
        },
        KlantDeleteResponse::Unauthorized
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantDeleteResponse::Forbidden
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantDeleteResponse::NotFound
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantDeleteResponse::NotAcceptable
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(406).expect("Unable to turn 406 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantDeleteResponse::Conflict
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantDeleteResponse::Gone
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(410).expect("Unable to turn 410 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantDeleteResponse::UnsupportedMediaType
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(415).expect("Unable to turn 415 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantDeleteResponse::TooManyRequests
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantDeleteResponse::InternalServerError
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
    }
    Ok(response)
}

#[allow(unused_variables)]
async fn handle_klant_partial_update<T, C, ReqBody>(
    api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
    params: PathParams,
) -> Result<Response<BoxBody<Bytes, Infallible>>, T::Error>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    if (&context as &dyn Has<Option<Authorization>>).get().is_none() {
        return Err(crate::Rejection::Unauthenticated.into());
    }

    // Path parameters
    let path_params = &params;

    let param_uuid = match path_params.parse::<uuid::Uuid>("uuid") {
        Some(Ok(param_uuid)) => param_uuid,
        Some(Err(message)) => return Err(crate::Rejection::PathParameter { name: "uuid", message }.into()),
        None => return Err(crate::Rejection::PathParameter { name: "uuid", message: "missing".to_string() }.into()),
    };

    // Header parameters
    let param_content_type = match headers.get(HeaderName::from_static("content-type")) {
        Some(v) => match header::IntoHeaderValue::<models::KlantCreateContentTypeParameter>::try_from((*v).clone()) {
            Ok(result) => result.0,
            Err(e) => return Err(crate::Rejection::Header { name: "Content-Type", message: e.to_string() }.into()),
        },
        None => return Err(crate::Rejection::Header { name: "Content-Type", message: "missing".to_string() }.into()),
    };
    let param_x_nlx_logrecord_id = match headers.get(HeaderName::from_static("x-nlx-logrecord-id")) {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => Some(result.0),
            Err(e) => return Err(crate::Rejection::Header { name: "X-NLX-Logrecord-ID", message: e.to_string() }.into()),
        },
        None => None,
    };
    let param_x_audit_toelichting = match headers.get(HeaderName::from_static("x-audit-toelichting")) {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => Some(result.0),
            Err(e) => return Err(crate::Rejection::Header { name: "X-Audit-Toelichting", message: e.to_string() }.into()),
        },
        None => None,
    };

    // The body as received
    let param_klant = match http_body_util::BodyExt::collect(body).await {
        Ok(collected) => collected.to_bytes(),
        Err(e) => return Err(crate::Rejection::Body { message: e.into().to_string() }.into()),
    };

    let result = api_impl.klant_partial_update(
            param_uuid,
            param_content_type,
            param_klant,
            param_x_nlx_logrecord_id,
            param_x_audit_toelichting,
            &context
        ).await?;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    match result {
        KlantPartialUpdateResponse::OK
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantPartialUpdateResponse::BadRequest
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantPartialUpdateResponse::Unauthorized
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantPartialUpdateResponse::Forbidden
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantPartialUpdateResponse::NotFound
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantPartialUpdateResponse::NotAcceptable
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(406).expect("Unable to turn 406 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantPartialUpdateResponse::Conflict
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantPartialUpdateResponse::Gone
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(410).expect("Unable to turn 410 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantPartialUpdateResponse::UnsupportedMediaType
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(415).expect("Unable to turn 415 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantPartialUpdateResponse::TooManyRequests
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantPartialUpdateResponse::InternalServerError
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
    }
    Ok(response)
}

#[allow(unused_variables)]
async fn handle_klant_read<T, C, ReqBody>(
    api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
    params: PathParams,
) -> Result<Response<BoxBody<Bytes, Infallible>>, T::Error>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    if (&context as &dyn Has<Option<Authorization>>).get().is_none() {
        return Err(crate::Rejection::Unauthenticated.into());
    }

    // Path parameters
    let path_params = &params;

    let param_uuid = match path_params.parse::<uuid::Uuid>("uuid") {
        Some(Ok(param_uuid)) => param_uuid,
        Some(Err(message)) => return Err(crate::Rejection::PathParameter { name: "uuid", message }.into()),
        None => return Err(crate::Rejection::PathParameter { name: "uuid", message: "missing".to_string() }.into()),
    };

    // Header parameters
    let param_if_none_match = match headers.get(HeaderName::from_static("if-none-match")) {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => Some(result.0),
            Err(e) => return Err(crate::Rejection::Header { name: "If-None-Match", message: e.to_string() }.into()),
        },
        None => None,
    };

    let result = api_impl.klant_read(
            param_uuid,
            param_if_none_match,
            &context
        ).await?;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    match result {
        KlantReadResponse::OK
            {
                body,
                e_tag,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
            if let Some(e_tag) = e_tag {
            let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "ETag", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("etag"), e_tag);
            }
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantReadResponse::Unauthorized
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantReadResponse::Forbidden
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantReadResponse::NotFound
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantReadResponse::NotAcceptable
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(406).expect("Unable to turn 406 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantReadResponse::Conflict
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantReadResponse::Gone
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(410).expect("Unable to turn 410 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantReadResponse::UnsupportedMediaType
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(415).expect("Unable to turn 415 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantReadResponse::TooManyRequests
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantReadResponse::InternalServerError
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
    }
    Ok(response)
}

#[allow(unused_variables)]
async fn handle_klant_update<T, C, ReqBody>(
    api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
    params: PathParams,
) -> Result<Response<BoxBody<Bytes, Infallible>>, T::Error>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    if (&context as &dyn Has<Option<Authorization>>).get().is_none() {
        return Err(crate::Rejection::Unauthenticated.into());
    }

    // Path parameters
    let path_params = &params;

    let param_uuid = match path_params.parse::<uuid::Uuid>("uuid") {
        Some(Ok(param_uuid)) => param_uuid,
        Some(Err(message)) => return Err(crate::Rejection::PathParameter { name: "uuid", message }.into()),
        None => return Err(crate::Rejection::PathParameter { name: "uuid", message: "missing".to_string() }.into()),
    };

    // Header parameters
    let param_content_type = match headers.get(HeaderName::from_static("content-type")) {
        Some(v) => match header::IntoHeaderValue::<models::KlantCreateContentTypeParameter>::try_from((*v).clone()) {
            Ok(result) => result.0,
            Err(e) => return Err(crate::Rejection::Header { name: "Content-Type", message: e.to_string() }.into()),
        },
        None => return Err(crate::Rejection::Header { name: "Content-Type", message: "missing".to_string() }.into()),
    };
    let param_x_nlx_logrecord_id = match headers.get(HeaderName::from_static("x-nlx-logrecord-id")) {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => Some(result.0),
            Err(e) => return Err(crate::Rejection::Header { name: "X-NLX-Logrecord-ID", message: e.to_string() }.into()),
        },
        None => None,
    };
    let param_x_audit_toelichting = match headers.get(HeaderName::from_static("x-audit-toelichting")) {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => Some(result.0),
            Err(e) => return Err(crate::Rejection::Header { name: "X-Audit-Toelichting", message: e.to_string() }.into()),
        },
        None => None,
    };

    // The body as received
    let param_klant = match http_body_util::BodyExt::collect(body).await {
        Ok(collected) => collected.to_bytes(),
        Err(e) => return Err(crate::Rejection::Body { message: e.into().to_string() }.into()),
    };

    let result = api_impl.klant_update(
            param_uuid,
            param_content_type,
            param_klant,
            param_x_nlx_logrecord_id,
            param_x_audit_toelichting,
            &context
        ).await?;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    match result {
        KlantUpdateResponse::OK
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantUpdateResponse::BadRequest
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantUpdateResponse::Unauthorized
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantUpdateResponse::Forbidden
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantUpdateResponse::NotFound
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantUpdateResponse::NotAcceptable
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(406).expect("Unable to turn 406 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantUpdateResponse::Conflict
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantUpdateResponse::Gone
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(410).expect("Unable to turn 410 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantUpdateResponse::UnsupportedMediaType
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(415).expect("Unable to turn 415 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantUpdateResponse::TooManyRequests
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        KlantUpdateResponse::InternalServerError
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
    }
    Ok(response)
}

#[allow(unused_variables)]
async fn handle_audittrail_read<T, C, ReqBody>(
    api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
    params: PathParams,
) -> Result<Response<BoxBody<Bytes, Infallible>>, T::Error>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    if (&context as &dyn Has<Option<Authorization>>).get().is_none() {
        return Err(crate::Rejection::Unauthenticated.into());
    }

    // Path parameters
    let path_params = &params;

    let param_klant_uuid = match path_params.parse::<uuid::Uuid>("klant_uuid") {
        Some(Ok(param_klant_uuid)) => param_klant_uuid,
        Some(Err(message)) => return Err(crate::Rejection::PathParameter { name: "klant_uuid", message }.into()),
        None => return Err(crate::Rejection::PathParameter { name: "klant_uuid", message: "missing".to_string() }.into()),
    };

    let param_uuid = match path_params.parse::<uuid::Uuid>("uuid") {
        Some(Ok(param_uuid)) => param_uuid,
        Some(Err(message)) => return Err(crate::Rejection::PathParameter { name: "uuid", message }.into()),
        None => return Err(crate::Rejection::PathParameter { name: "uuid", message: "missing".to_string() }.into()),
    };

    // Header parameters
    let param_if_none_match = match headers.get(HeaderName::from_static("if-none-match")) {
        Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
            Ok(result) => Some(result.0),
            Err(e) => return Err(crate::Rejection::Header { name: "If-None-Match", message: e.to_string() }.into()),
        },
        None => None,
    };

    let result = api_impl.audittrail_read(
            param_klant_uuid,
            param_uuid,
            param_if_none_match,
            &context
        ).await?;
    let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
    match result {
        AudittrailReadResponse::OK
            {
                body,
                e_tag,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
            if let Some(e_tag) = e_tag {
            let e_tag = match header::IntoHeaderValue(e_tag).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "ETag", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("etag"), e_tag);
            }
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        AudittrailReadResponse::Unauthorized
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        AudittrailReadResponse::Forbidden
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        AudittrailReadResponse::NotFound
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        AudittrailReadResponse::NotAcceptable
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(406).expect("Unable to turn 406 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        AudittrailReadResponse::Conflict
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        AudittrailReadResponse::Gone
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(410).expect("Unable to turn 410 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        AudittrailReadResponse::UnsupportedMediaType
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(415).expect("Unable to turn 415 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        AudittrailReadResponse::TooManyRequests
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
        AudittrailReadResponse::InternalServerError
            {
                body,
                api_version
            }
        => {
            *response.status_mut() = StatusCode::from_u16(500).expect("Unable to turn 500 into a StatusCode");
            if let Some(api_version) = api_version {
            let api_version = match header::IntoHeaderValue(api_version).try_into() {
                Ok(val) => val,
                Err(e) => return Err(crate::Rejection::ResponseHeader { name: "API-version", message: format!("{e}") }.into()),
            };
            response.headers_mut().insert(HeaderName::from_static("api-version"), api_version);
            }
            response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
            *response.body_mut() = BoxBody::new(Full::new(body.0));
        },
    }
    Ok(response)
}

/// Request parser for `Api`.
pub struct ApiRequestParser;
impl<T> RequestParser<T> for ApiRequestParser {
    fn parse_operation_id(request: &Request<T>) -> Option<&'static str> {
        let path = paths::GLOBAL_REGEX_SET.matches(request.uri().path());
        match *request.method() {
            // KlantCreate - POST /klanten
            hyper::Method::POST if path.matched(paths::ID_KLANTEN) => Some("KlantCreate"),
            // KlantList - GET /klanten
            hyper::Method::GET if path.matched(paths::ID_KLANTEN) => Some("KlantList"),
            // AudittrailList - GET /klanten/{klant_uuid}/audittrail
            hyper::Method::GET if path.matched(paths::ID_KLANTEN_KLANT_UUID_AUDITTRAIL) => Some("AudittrailList"),
            // KlantDelete - DELETE /klanten/{uuid}
            hyper::Method::DELETE if path.matched(paths::ID_KLANTEN_UUID) => Some("KlantDelete"),
            // KlantPartialUpdate - PATCH /klanten/{uuid}
            hyper::Method::PATCH if path.matched(paths::ID_KLANTEN_UUID) => Some("KlantPartialUpdate"),
            // KlantRead - GET /klanten/{uuid}
            hyper::Method::GET if path.matched(paths::ID_KLANTEN_UUID) => Some("KlantRead"),
            // KlantUpdate - PUT /klanten/{uuid}
            hyper::Method::PUT if path.matched(paths::ID_KLANTEN_UUID) => Some("KlantUpdate"),
            // AudittrailRead - GET /klanten/{klant_uuid}/audittrail/{uuid}
            hyper::Method::GET if path.matched(paths::ID_KLANTEN_KLANT_UUID_AUDITTRAIL_UUID) => Some("AudittrailRead"),
            _ => None,
        }
    }
}
