use async_trait::async_trait;
use bytes::Bytes;
use futures::{Stream, future, future::BoxFuture, stream, future::TryFutureExt, future::FutureExt, stream::StreamExt};
use http_body_util::{combinators::BoxBody, Full};
use hyper::header::{HeaderName, HeaderValue, CONTENT_TYPE};
use hyper::{body::{Body, Incoming}, Request, Response, service::Service, Uri};
use percent_encoding::{utf8_percent_encode, AsciiSet};
use std::borrow::Cow;
use std::convert::{TryInto, Infallible};
use std::io::{ErrorKind, Read};
use std::error::Error;
use std::future::Future;
use std::fmt;
use std::marker::PhantomData;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::str;
use std::str::FromStr;
use std::string::ToString;
use std::task::{Context, Poll};
use swagger::{ApiError, AuthData, BodyExt, Connector, DropContextService, Has, XSpanIdString};
use url::form_urlencoded;
use tower_service::Service as _;


use crate::models;
use crate::header;

/// https://url.spec.whatwg.org/#fragment-percent-encode-set
#[allow(dead_code)]
const FRAGMENT_ENCODE_SET: &AsciiSet = &percent_encoding::CONTROLS
    .add(b' ').add(b'"').add(b'<').add(b'>').add(b'`');

/// This encode set is used for object IDs
///
/// Aside from the special characters defined in the `PATH_SEGMENT_ENCODE_SET`,
/// the vertical bar (|) is encoded.
#[allow(dead_code)]
const ID_ENCODE_SET: &AsciiSet = &FRAGMENT_ENCODE_SET.add(b'|');

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

/// Convert input into a base path, e.g. "http://example:123". Also checks the scheme as it goes.
fn into_base_path(input: impl TryInto<Uri, Error=hyper::http::uri::InvalidUri>, correct_scheme: Option<&'static str>) -> Result<String, ClientInitError> {
    // First convert to Uri, since a base path is a subset of Uri.
    let uri = input.try_into()?;

    let scheme = uri.scheme_str().ok_or(ClientInitError::InvalidScheme)?;

    // Check the scheme if necessary
    if let Some(correct_scheme) = correct_scheme {
        if scheme != correct_scheme {
            return Err(ClientInitError::InvalidScheme);
        }
    }

    let host = uri.host().ok_or(ClientInitError::MissingHost)?;
    let port = uri.port_u16().map(|x| format!(":{x}")).unwrap_or_default();
    Ok(format!("{scheme}://{host}{port}{}", uri.path().trim_end_matches('/')))
}

/// A client that implements the API by making HTTP calls out to a server.
pub struct Client<S, C> where
    S: Service<
           (Request<BoxBody<Bytes, Infallible>>, C)> + Clone + Sync + Send + 'static,
    S::Future: Send + 'static,
    S::Error: Into<crate::ServiceError> + fmt::Display,
    C: Clone + Send + Sync + 'static
{
    /// Inner service
    client_service: S,

    /// Base path of the API
    base_path: String,

    /// Marker
    marker: PhantomData<fn(C)>,
}

impl<S, C> fmt::Debug for Client<S, C> where
    S: Service<
           (Request<BoxBody<Bytes, Infallible>>, C)> + Clone + Sync + Send + 'static,
    S::Future: Send + 'static,
    S::Error: Into<crate::ServiceError> + fmt::Display,
    C: Clone + Send + Sync + 'static
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Client {{ base_path: {} }}", self.base_path)
    }
}

impl<S, C> Clone for Client<S, C> where
    S: Service<
           (Request<BoxBody<Bytes, Infallible>>, C)> + Clone + Sync + Send + 'static,
    S::Future: Send + 'static,
    S::Error: Into<crate::ServiceError> + fmt::Display,
    C: Clone + Send + Sync + 'static
{
    fn clone(&self) -> Self {
        Self {
            client_service: self.client_service.clone(),
            base_path: self.base_path.clone(),
            marker: PhantomData,
        }
    }
}

impl<Connector, C> Client<
    DropContextService<
        hyper_util::service::TowerToHyperService<
            hyper_util::client::legacy::Client<
                Connector,
                BoxBody<Bytes, Infallible>
            >
        >,
        C
    >,
    C
> where
    Connector: hyper_util::client::legacy::connect::Connect + Clone + Send + Sync + 'static,
    C: Clone + Send + Sync + 'static,
{
    /// Create a client with a custom implementation of hyper::client::Connect.
    ///
    /// Intended for use with custom implementations of connect for e.g. protocol logging
    /// or similar functionality which requires wrapping the transport layer. When wrapping a TCP connection,
    /// this function should be used in conjunction with `swagger::Connector::builder()`.
    ///
    /// For ordinary tcp connections, prefer the use of `try_new_http`, `try_new_https`
    /// and `try_new_https_mutual`, to avoid introducing a dependency on the underlying transport layer.
    ///
    /// # Arguments
    ///
    /// * `base_path` - base path of the client API, i.e. "<http://www.my-api-implementation.com>"
    /// * `protocol` - Which protocol to use when constructing the request url, e.g. `Some("http")`
    /// * `connector` - Implementation of `hyper::client::Connect` to use for the client
    pub fn try_new_with_connector(
        base_path: &str,
        protocol: Option<&'static str>,
        connector: Connector,
    ) -> Result<Self, ClientInitError>
    {
        let client_service = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new()).build(connector);
        let client_service = DropContextService::new(hyper_util::service::TowerToHyperService::new(client_service));

        Ok(Self {
            client_service,
            base_path: into_base_path(base_path, protocol)?,
            marker: PhantomData,
        })
    }
}

#[cfg(all(feature = "client-tls", any(target_os = "macos", target_os = "windows", target_os = "ios")))]
type HyperHttpsConnector = hyper_tls::HttpsConnector<hyper_util::client::legacy::connect::HttpConnector>;

#[cfg(all(feature = "client-tls", not(any(target_os = "macos", target_os = "windows", target_os = "ios"))))]
type HyperHttpsConnector = hyper_openssl::client::legacy::HttpsConnector<hyper_util::client::legacy::connect::HttpConnector>;

#[derive(Debug, Clone)]
pub enum HyperClient {
    Http(hyper_util::client::legacy::Client<hyper_util::client::legacy::connect::HttpConnector, BoxBody<Bytes, Infallible>>),
    #[cfg(feature = "client-tls")]
    Https(hyper_util::client::legacy::Client<HyperHttpsConnector, BoxBody<Bytes, Infallible>>),
}

impl Service<Request<BoxBody<Bytes, Infallible>>> for HyperClient {
    type Response = Response<Incoming>;
    type Error = hyper_util::client::legacy::Error;
    type Future = hyper_util::client::legacy::ResponseFuture;

    fn call(&self, req: Request<BoxBody<Bytes, Infallible>>) -> Self::Future {
       match self {
          HyperClient::Http(client) => client.request(req),
          #[cfg(feature = "client-tls")]
          HyperClient::Https(client) => client.request(req),
       }
    }
}

impl<C> Client<DropContextService<HyperClient, C>, C> where
    C: Clone + Send + Sync + 'static,
{
    /// Create an HTTP client.
    ///
    /// # Arguments
    /// * `base_path` - base path of the client API, i.e. "<http://www.my-api-implementation.com>"
    pub fn try_new(
        base_path: &str,
    ) -> Result<Self, ClientInitError> {
        let uri = Uri::from_str(base_path)?;

        let scheme = uri.scheme_str().ok_or(ClientInitError::InvalidScheme)?;
        let scheme = scheme.to_ascii_lowercase();

        let connector = Connector::builder();

        let client_service = match scheme.as_str() {
            "http" => {
                HyperClient::Http(hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new()).build(connector.build()))
            },
            #[cfg(feature = "client-tls")]
            "https" => {
                let https_connector = connector
                    .https()
                    .build()
                    .map_err(ClientInitError::SslError)?;
                HyperClient::Https(hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new()).build(https_connector))
            },
            #[cfg(not(feature = "client-tls"))]
            "https" => {
                return Err(ClientInitError::TlsNotEnabled);
            },
            _ => {
                return Err(ClientInitError::InvalidScheme);
            }
        };

        let client_service = DropContextService::new(client_service);

        Ok(Self {
            client_service,
            base_path: into_base_path(base_path, None)?,
            marker: PhantomData,
        })
    }
}

impl<C> Client<
    DropContextService<
        hyper_util::service::TowerToHyperService<
            hyper_util::client::legacy::Client<
                hyper_util::client::legacy::connect::HttpConnector,
                BoxBody<Bytes, Infallible>
            >
        >,
        C
    >,
    C
> where
    C: Clone + Send + Sync + 'static
{
    /// Create an HTTP client.
    ///
    /// # Arguments
    /// * `base_path` - base path of the client API, i.e. "<http://www.my-api-implementation.com>"
    pub fn try_new_http(
        base_path: &str,
    ) -> Result<Self, ClientInitError> {
        let http_connector = Connector::builder().build();

        Self::try_new_with_connector(base_path, Some("http"), http_connector)
    }
}

#[cfg(all(feature = "client-tls", any(target_os = "macos", target_os = "windows", target_os = "ios")))]
type HttpsConnector = hyper_tls::HttpsConnector<hyper_util::client::legacy::connect::HttpConnector>;

#[cfg(all(feature = "client-tls", not(any(target_os = "macos", target_os = "windows", target_os = "ios"))))]
type HttpsConnector = hyper_openssl::client::legacy::HttpsConnector<hyper_util::client::legacy::connect::HttpConnector>;

#[cfg(feature = "client-tls")]
impl<C> Client<
    DropContextService<
        hyper_util::service::TowerToHyperService<
            hyper_util::client::legacy::Client<
                HttpsConnector,
                BoxBody<Bytes, Infallible>
            >
        >,
        C
    >,
    C
> where
    C: Clone + Send + Sync + 'static
{
    /// Create a client with a TLS connection to the server.
    ///
    /// # Arguments
    /// * `base_path` - base path of the client API, i.e. "<https://www.my-api-implementation.com>"
    #[cfg(any(target_os = "macos", target_os = "windows", target_os = "ios"))]
    pub fn try_new_https(base_path: &str) -> Result<Self, ClientInitError>
    {
        let https_connector = Connector::builder()
            .https()
            .build()
            .map_err(ClientInitError::SslError)?;
        Self::try_new_with_connector(base_path, Some("https"), https_connector)
    }

    /// Create a client with a TLS connection to the server using OpenSSL via swagger.
    ///
    /// # Arguments
    /// * `base_path` - base path of the client API, i.e. "<https://www.my-api-implementation.com>"
    #[cfg(not(any(target_os = "macos", target_os = "windows", target_os = "ios")))]
    pub fn try_new_https(base_path: &str) -> Result<Self, ClientInitError>
    {
        let https_connector = Connector::builder()
            .https()
            .build()
            .map_err(ClientInitError::SslError)?;
        Self::try_new_with_connector(base_path, Some("https"), https_connector)
    }

    /// Create a client with a TLS connection to the server using a pinned certificate.
    ///
    /// # Arguments
    /// * `base_path` - base path of the client API, i.e. "<https://www.my-api-implementation.com>"
    /// * `ca_certificate` - Path to CA certificate used to authenticate the server
    #[cfg(not(any(target_os = "macos", target_os = "windows", target_os = "ios")))]
    pub fn try_new_https_pinned<CA>(
        base_path: &str,
        ca_certificate: CA,
    ) -> Result<Self, ClientInitError>
    where
        CA: AsRef<Path>,
    {
        let https_connector = Connector::builder()
            .https()
            .pin_server_certificate(ca_certificate)
            .build()
            .map_err(ClientInitError::SslError)?;
        Self::try_new_with_connector(base_path, Some("https"), https_connector)
    }

    /// Create a client with a mutually authenticated TLS connection to the server.
    ///
    /// # Arguments
    /// * `base_path` - base path of the client API, i.e. "<https://www.my-api-implementation.com>"
    /// * `ca_certificate` - Path to CA certificate used to authenticate the server
    /// * `client_key` - Path to the client private key
    /// * `client_certificate` - Path to the client's public certificate associated with the private key
    #[cfg(not(any(target_os = "macos", target_os = "windows", target_os = "ios")))]
    pub fn try_new_https_mutual<CA, K, D>(
        base_path: &str,
        ca_certificate: CA,
        client_key: K,
        client_certificate: D,
    ) -> Result<Self, ClientInitError>
    where
        CA: AsRef<Path>,
        K: AsRef<Path>,
        D: AsRef<Path>,
    {
        let https_connector = Connector::builder()
            .https()
            .pin_server_certificate(ca_certificate)
            .client_authentication(client_key, client_certificate)
            .build()
            .map_err(ClientInitError::SslError)?;
        Self::try_new_with_connector(base_path, Some("https"), https_connector)
    }
}

impl<S, C> Client<S, C> where
    S: Service<
           (Request<BoxBody<Bytes, Infallible>>, C)> + Clone + Sync + Send + 'static,
    S::Future: Send + 'static,
    S::Error: Into<crate::ServiceError> + fmt::Display,
    C: Clone + Send + Sync + 'static
{
    /// Constructor for creating a `Client` by passing in a pre-made `hyper::service::Service` /
    /// `tower::Service`
    ///
    /// This allows adding custom wrappers around the underlying transport, for example for logging.
    pub fn try_new_with_client_service(
        client_service: S,
        base_path: &str,
    ) -> Result<Self, ClientInitError>
    {
        Ok(Self {
            client_service,
            base_path: into_base_path(base_path, None)?,
            marker: PhantomData,
        })
    }
}

/// Error type failing to create a Client
#[derive(Debug)]
pub enum ClientInitError {
    /// Invalid URL Scheme
    InvalidScheme,

    /// Invalid URI
    InvalidUri(hyper::http::uri::InvalidUri),

    /// Missing Hostname
    MissingHost,

    /// HTTPS requested but TLS features not enabled
    TlsNotEnabled,

    /// SSL Connection Error
    #[cfg(all(feature = "client-tls", any(target_os = "macos", target_os = "windows", target_os = "ios")))]
    SslError(native_tls::Error),

    /// SSL Connection Error
    #[cfg(all(feature = "client-tls", not(any(target_os = "macos", target_os = "windows", target_os = "ios"))))]
    SslError(openssl::error::ErrorStack),
}

impl From<hyper::http::uri::InvalidUri> for ClientInitError {
    fn from(err: hyper::http::uri::InvalidUri) -> ClientInitError {
        ClientInitError::InvalidUri(err)
    }
}

impl fmt::Display for ClientInitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s: &dyn fmt::Debug = self;
        s.fmt(f)
    }
}

impl Error for ClientInitError {
    fn description(&self) -> &str {
        "Failed to produce a hyper client."
    }
}

#[allow(dead_code)]
fn body_from_string(s: String) -> BoxBody<Bytes, Infallible> {
    BoxBody::new(Full::new(Bytes::from(s)))
}

#[allow(dead_code)]
fn body_from_bytes(b: Vec<u8>) -> BoxBody<Bytes, Infallible> {
    BoxBody::new(Full::new(Bytes::from(b)))
}

#[async_trait]
impl<S, C, B> Api<C> for Client<S, C> where
    S: Service<
       (Request<BoxBody<Bytes, Infallible>>, C),
       Response=Response<B>> + Clone + Sync + Send + 'static,
    S::Future: Send + 'static,
    S::Error: Into<crate::ServiceError> + fmt::Display,
    C: Has<XSpanIdString> + Has<Option<AuthData>> + Clone + Send + Sync + 'static,
    B: hyper::body::Body + Send + 'static + Unpin,
    B::Data: Send,
    B::Error: Into<Box<dyn Error + Send + Sync>>,
{

    #[allow(clippy::vec_init_then_push)]
    async fn klant_create(
        &self,
        param_content_type: models::KlantCreateContentTypeParameter,
        param_klant: models::Klant,
        param_x_nlx_logrecord_id: Option<String>,
        param_x_audit_toelichting: Option<String>,
        context: &C) -> Result<KlantCreateResponse, ApiError>
    {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/api/v1/klanten",
            self.base_path
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("POST")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new())) {
                Ok(req) => req,
                Err(e) => return Err(ApiError(format!("Unable to create request: {e}")))
        };

        // Consumes basic body
        // Body parameter
        let body = serde_json::to_string(&param_klant).expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/json";
        request.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(HeaderName::from_static("x-span-id"), match header {
            Ok(h) => h,
            Err(e) => return Err(ApiError(format!("Unable to create X-Span ID header value: {e}")))
        });

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(unreachable_patterns, clippy::single_match, clippy::match_single_binding)]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create Authorization header: {e}")))
                    };
                    request.headers_mut().insert(
                        hyper::header::AUTHORIZATION,
                        header.0.encode());
                },
                _ => {}
            }
        }

        // Header parameters
        request.headers_mut().append(
            HeaderName::from_static("content-type"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_content_type.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Invalid header content_type - {e}")));
                },
            });

        #[allow(clippy::single_match)]
        match param_x_nlx_logrecord_id {
            Some(param_x_nlx_logrecord_id) => {
        request.headers_mut().append(
            HeaderName::from_static("x-nlx-logrecord-id"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_x_nlx_logrecord_id.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Invalid header x_nlx_logrecord_id - {e}")));
                },
            });
            },
            None => {}
        }

        #[allow(clippy::single_match)]
        match param_x_audit_toelichting {
            Some(param_x_audit_toelichting) => {
        request.headers_mut().append(
            HeaderName::from_static("x-audit-toelichting"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_x_audit_toelichting.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Invalid header x_audit_toelichting - {e}")));
                },
            });
            },
            None => {}
        }

        let response = client_service.call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}"))).await?;

        match response.status().as_u16() {
            201 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 201 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };

                let response_location = match header.headers.get(HeaderName::from_static("location")) {
                    Some(response_location) => {
                        let response_location = response_location.clone();
                        let response_location = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_location) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header Location for response 201 - {e}")));
                            },
                        };
                        Some(response_location.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Klant>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantCreateResponse::Created
                    {
                        body,
                        api_version: response_api_version,
                        location: response_location,
                    }
                )
            }
            400 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 400 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::ValidatieFout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantCreateResponse::BadRequest
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 401 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantCreateResponse::Unauthorized
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            403 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 403 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantCreateResponse::Forbidden
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            406 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 406 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantCreateResponse::NotAcceptable
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            409 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 409 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantCreateResponse::Conflict
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            410 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 410 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantCreateResponse::Gone
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            415 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 415 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantCreateResponse::UnsupportedMediaType
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            429 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 429 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantCreateResponse::TooManyRequests
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            500 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 500 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantCreateResponse::InternalServerError
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                        .await
                        .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!("Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!("<Failed to read body: {}>", Into::<crate::ServiceError>::into(e)),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn klant_list(
        &self,
        param_bronorganisatie: Option<String>,
        param_klantnummer: Option<String>,
        param_bedrijfsnaam: Option<String>,
        param_functie: Option<String>,
        param_achternaam: Option<String>,
        param_telefoonnummer: Option<String>,
        param_emailadres: Option<String>,
        param_adres__straatnaam: Option<String>,
        param_adres__postcode: Option<String>,
        param_adres__woonplaats_naam: Option<String>,
        param_adres__landcode: Option<String>,
        param_subject: Option<String>,
        param_subject_type: Option<models::KlantListSubjectTypeParameter>,
        param_subject_natuurlijk_persoon__inp_bsn: Option<String>,
        param_subject_natuurlijk_persoon__anp_identificatie: Option<String>,
        param_subject_natuurlijk_persoon__inp_a_nummer: Option<String>,
        param_subject_niet_natuurlijk_persoon__inn_nnp_id: Option<String>,
        param_subject_niet_natuurlijk_persoon__ann_identificatie: Option<String>,
        param_subject_vestiging__vestigings_nummer: Option<String>,
        param_page: Option<i32>,
        context: &C) -> Result<KlantListResponse, ApiError>
    {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/api/v1/klanten",
            self.base_path
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            if let Some(param_bronorganisatie) = param_bronorganisatie {
                query_string.append_pair("bronorganisatie",
                    &param_bronorganisatie);
            }
            if let Some(param_klantnummer) = param_klantnummer {
                query_string.append_pair("klantnummer",
                    &param_klantnummer);
            }
            if let Some(param_bedrijfsnaam) = param_bedrijfsnaam {
                query_string.append_pair("bedrijfsnaam",
                    &param_bedrijfsnaam);
            }
            if let Some(param_functie) = param_functie {
                query_string.append_pair("functie",
                    &param_functie);
            }
            if let Some(param_achternaam) = param_achternaam {
                query_string.append_pair("achternaam",
                    &param_achternaam);
            }
            if let Some(param_telefoonnummer) = param_telefoonnummer {
                query_string.append_pair("telefoonnummer",
                    &param_telefoonnummer);
            }
            if let Some(param_emailadres) = param_emailadres {
                query_string.append_pair("emailadres",
                    &param_emailadres);
            }
            if let Some(param_adres__straatnaam) = param_adres__straatnaam {
                query_string.append_pair("adres__straatnaam",
                    &param_adres__straatnaam);
            }
            if let Some(param_adres__postcode) = param_adres__postcode {
                query_string.append_pair("adres__postcode",
                    &param_adres__postcode);
            }
            if let Some(param_adres__woonplaats_naam) = param_adres__woonplaats_naam {
                query_string.append_pair("adres__woonplaatsNaam",
                    &param_adres__woonplaats_naam);
            }
            if let Some(param_adres__landcode) = param_adres__landcode {
                query_string.append_pair("adres__landcode",
                    &param_adres__landcode);
            }
            if let Some(param_subject) = param_subject {
                query_string.append_pair("subject",
                    &param_subject);
            }
            if let Some(param_subject_type) = param_subject_type {
                query_string.append_pair("subjectType",
                    &param_subject_type.to_string());
            }
            if let Some(param_subject_natuurlijk_persoon__inp_bsn) = param_subject_natuurlijk_persoon__inp_bsn {
                query_string.append_pair("subjectNatuurlijkPersoon__inpBsn",
                    &param_subject_natuurlijk_persoon__inp_bsn);
            }
            if let Some(param_subject_natuurlijk_persoon__anp_identificatie) = param_subject_natuurlijk_persoon__anp_identificatie {
                query_string.append_pair("subjectNatuurlijkPersoon__anpIdentificatie",
                    &param_subject_natuurlijk_persoon__anp_identificatie);
            }
            if let Some(param_subject_natuurlijk_persoon__inp_a_nummer) = param_subject_natuurlijk_persoon__inp_a_nummer {
                query_string.append_pair("subjectNatuurlijkPersoon__inpA_nummer",
                    &param_subject_natuurlijk_persoon__inp_a_nummer);
            }
            if let Some(param_subject_niet_natuurlijk_persoon__inn_nnp_id) = param_subject_niet_natuurlijk_persoon__inn_nnp_id {
                query_string.append_pair("subjectNietNatuurlijkPersoon__innNnpId",
                    &param_subject_niet_natuurlijk_persoon__inn_nnp_id);
            }
            if let Some(param_subject_niet_natuurlijk_persoon__ann_identificatie) = param_subject_niet_natuurlijk_persoon__ann_identificatie {
                query_string.append_pair("subjectNietNatuurlijkPersoon__annIdentificatie",
                    &param_subject_niet_natuurlijk_persoon__ann_identificatie);
            }
            if let Some(param_subject_vestiging__vestigings_nummer) = param_subject_vestiging__vestigings_nummer {
                query_string.append_pair("subjectVestiging__vestigingsNummer",
                    &param_subject_vestiging__vestigings_nummer);
            }
            if let Some(param_page) = param_page {
                query_string.append_pair("page",
                    &param_page.to_string());
            }
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new())) {
                Ok(req) => req,
                Err(e) => return Err(ApiError(format!("Unable to create request: {e}")))
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(HeaderName::from_static("x-span-id"), match header {
            Ok(h) => h,
            Err(e) => return Err(ApiError(format!("Unable to create X-Span ID header value: {e}")))
        });

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(unreachable_patterns, clippy::single_match, clippy::match_single_binding)]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create Authorization header: {e}")))
                    };
                    request.headers_mut().insert(
                        hyper::header::AUTHORIZATION,
                        header.0.encode());
                },
                _ => {}
            }
        }

        let response = client_service.call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}"))).await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 200 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::KlantList200Response>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantListResponse::OK
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            400 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 400 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::ValidatieFout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantListResponse::BadRequest
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 401 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantListResponse::Unauthorized
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            403 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 403 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantListResponse::Forbidden
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            406 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 406 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantListResponse::NotAcceptable
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            409 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 409 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantListResponse::Conflict
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            410 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 410 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantListResponse::Gone
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            415 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 415 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantListResponse::UnsupportedMediaType
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            429 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 429 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantListResponse::TooManyRequests
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            500 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 500 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantListResponse::InternalServerError
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                        .await
                        .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!("Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!("<Failed to read body: {}>", Into::<crate::ServiceError>::into(e)),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn audittrail_list(
        &self,
        param_klant_uuid: uuid::Uuid,
        context: &C) -> Result<AudittrailListResponse, ApiError>
    {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/api/v1/klanten/{klant_uuid}/audittrail",
            self.base_path
            ,klant_uuid=utf8_percent_encode(&param_klant_uuid.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new())) {
                Ok(req) => req,
                Err(e) => return Err(ApiError(format!("Unable to create request: {e}")))
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(HeaderName::from_static("x-span-id"), match header {
            Ok(h) => h,
            Err(e) => return Err(ApiError(format!("Unable to create X-Span ID header value: {e}")))
        });

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(unreachable_patterns, clippy::single_match, clippy::match_single_binding)]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create Authorization header: {e}")))
                    };
                    request.headers_mut().insert(
                        hyper::header::AUTHORIZATION,
                        header.0.encode());
                },
                _ => {}
            }
        }

        let response = client_service.call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}"))).await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 200 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<Vec<models::AuditTrail>>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(AudittrailListResponse::OK
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 401 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(AudittrailListResponse::Unauthorized
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            403 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 403 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(AudittrailListResponse::Forbidden
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            406 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 406 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(AudittrailListResponse::NotAcceptable
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            409 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 409 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(AudittrailListResponse::Conflict
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            410 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 410 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(AudittrailListResponse::Gone
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            415 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 415 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(AudittrailListResponse::UnsupportedMediaType
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            429 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 429 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(AudittrailListResponse::TooManyRequests
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            500 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 500 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(AudittrailListResponse::InternalServerError
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                        .await
                        .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!("Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!("<Failed to read body: {}>", Into::<crate::ServiceError>::into(e)),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn klant_delete(
        &self,
        param_uuid: uuid::Uuid,
        param_x_nlx_logrecord_id: Option<String>,
        param_x_audit_toelichting: Option<String>,
        context: &C) -> Result<KlantDeleteResponse, ApiError>
    {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/api/v1/klanten/{uuid}",
            self.base_path
            ,uuid=utf8_percent_encode(&param_uuid.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("DELETE")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new())) {
                Ok(req) => req,
                Err(e) => return Err(ApiError(format!("Unable to create request: {e}")))
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(HeaderName::from_static("x-span-id"), match header {
            Ok(h) => h,
            Err(e) => return Err(ApiError(format!("Unable to create X-Span ID header value: {e}")))
        });

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(unreachable_patterns, clippy::single_match, clippy::match_single_binding)]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create Authorization header: {e}")))
                    };
                    request.headers_mut().insert(
                        hyper::header::AUTHORIZATION,
                        header.0.encode());
                },
                _ => {}
            }
        }

        // Header parameters
        #[allow(clippy::single_match)]
        match param_x_nlx_logrecord_id {
            Some(param_x_nlx_logrecord_id) => {
        request.headers_mut().append(
            HeaderName::from_static("x-nlx-logrecord-id"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_x_nlx_logrecord_id.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Invalid header x_nlx_logrecord_id - {e}")));
                },
            });
            },
            None => {}
        }

        #[allow(clippy::single_match)]
        match param_x_audit_toelichting {
            Some(param_x_audit_toelichting) => {
        request.headers_mut().append(
            HeaderName::from_static("x-audit-toelichting"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_x_audit_toelichting.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Invalid header x_audit_toelichting - {e}")));
                },
            });
            },
            None => {}
        }

        let response = client_service.call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}"))).await?;

        match response.status().as_u16() {
            204 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 204 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };

                Ok(
                    KlantDeleteResponse::NoContent
                    {
                        api_version: response_api_version,
                    }
                )
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 401 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantDeleteResponse::Unauthorized
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            403 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 403 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantDeleteResponse::Forbidden
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            404 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 404 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantDeleteResponse::NotFound
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            406 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 406 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantDeleteResponse::NotAcceptable
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            409 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 409 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantDeleteResponse::Conflict
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            410 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 410 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantDeleteResponse::Gone
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            415 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 415 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantDeleteResponse::UnsupportedMediaType
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            429 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 429 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantDeleteResponse::TooManyRequests
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            500 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 500 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantDeleteResponse::InternalServerError
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                        .await
                        .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!("Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!("<Failed to read body: {}>", Into::<crate::ServiceError>::into(e)),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn klant_partial_update(
        &self,
        param_uuid: uuid::Uuid,
        param_content_type: models::KlantCreateContentTypeParameter,
        param_klant: models::Klant,
        param_x_nlx_logrecord_id: Option<String>,
        param_x_audit_toelichting: Option<String>,
        context: &C) -> Result<KlantPartialUpdateResponse, ApiError>
    {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/api/v1/klanten/{uuid}",
            self.base_path
            ,uuid=utf8_percent_encode(&param_uuid.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("PATCH")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new())) {
                Ok(req) => req,
                Err(e) => return Err(ApiError(format!("Unable to create request: {e}")))
        };

        // Consumes basic body
        // Body parameter
        let body = serde_json::to_string(&param_klant).expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/json";
        request.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(HeaderName::from_static("x-span-id"), match header {
            Ok(h) => h,
            Err(e) => return Err(ApiError(format!("Unable to create X-Span ID header value: {e}")))
        });

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(unreachable_patterns, clippy::single_match, clippy::match_single_binding)]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create Authorization header: {e}")))
                    };
                    request.headers_mut().insert(
                        hyper::header::AUTHORIZATION,
                        header.0.encode());
                },
                _ => {}
            }
        }

        // Header parameters
        request.headers_mut().append(
            HeaderName::from_static("content-type"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_content_type.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Invalid header content_type - {e}")));
                },
            });

        #[allow(clippy::single_match)]
        match param_x_nlx_logrecord_id {
            Some(param_x_nlx_logrecord_id) => {
        request.headers_mut().append(
            HeaderName::from_static("x-nlx-logrecord-id"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_x_nlx_logrecord_id.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Invalid header x_nlx_logrecord_id - {e}")));
                },
            });
            },
            None => {}
        }

        #[allow(clippy::single_match)]
        match param_x_audit_toelichting {
            Some(param_x_audit_toelichting) => {
        request.headers_mut().append(
            HeaderName::from_static("x-audit-toelichting"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_x_audit_toelichting.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Invalid header x_audit_toelichting - {e}")));
                },
            });
            },
            None => {}
        }

        let response = client_service.call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}"))).await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 200 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Klant>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantPartialUpdateResponse::OK
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            400 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 400 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::ValidatieFout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantPartialUpdateResponse::BadRequest
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 401 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantPartialUpdateResponse::Unauthorized
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            403 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 403 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantPartialUpdateResponse::Forbidden
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            404 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 404 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantPartialUpdateResponse::NotFound
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            406 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 406 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantPartialUpdateResponse::NotAcceptable
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            409 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 409 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantPartialUpdateResponse::Conflict
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            410 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 410 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantPartialUpdateResponse::Gone
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            415 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 415 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantPartialUpdateResponse::UnsupportedMediaType
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            429 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 429 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantPartialUpdateResponse::TooManyRequests
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            500 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 500 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantPartialUpdateResponse::InternalServerError
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                        .await
                        .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!("Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!("<Failed to read body: {}>", Into::<crate::ServiceError>::into(e)),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn klant_read(
        &self,
        param_uuid: uuid::Uuid,
        param_if_none_match: Option<String>,
        context: &C) -> Result<KlantReadResponse, ApiError>
    {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/api/v1/klanten/{uuid}",
            self.base_path
            ,uuid=utf8_percent_encode(&param_uuid.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new())) {
                Ok(req) => req,
                Err(e) => return Err(ApiError(format!("Unable to create request: {e}")))
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(HeaderName::from_static("x-span-id"), match header {
            Ok(h) => h,
            Err(e) => return Err(ApiError(format!("Unable to create X-Span ID header value: {e}")))
        });

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(unreachable_patterns, clippy::single_match, clippy::match_single_binding)]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create Authorization header: {e}")))
                    };
                    request.headers_mut().insert(
                        hyper::header::AUTHORIZATION,
                        header.0.encode());
                },
                _ => {}
            }
        }

        // Header parameters
        #[allow(clippy::single_match)]
        match param_if_none_match {
            Some(param_if_none_match) => {
        request.headers_mut().append(
            HeaderName::from_static("if-none-match"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_if_none_match.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Invalid header if_none_match - {e}")));
                },
            });
            },
            None => {}
        }

        let response = client_service.call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}"))).await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_e_tag) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header ETag for response 200 - {e}")));
                            },
                        };
                        Some(response_e_tag.0)
                        },
                    None => None,
                };

                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 200 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Klant>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantReadResponse::OK
                    {
                        body,
                        e_tag: response_e_tag,
                        api_version: response_api_version,
                    }
                )
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 401 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantReadResponse::Unauthorized
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            403 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 403 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantReadResponse::Forbidden
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            404 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 404 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantReadResponse::NotFound
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            406 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 406 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantReadResponse::NotAcceptable
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            409 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 409 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantReadResponse::Conflict
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            410 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 410 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantReadResponse::Gone
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            415 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 415 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantReadResponse::UnsupportedMediaType
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            429 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 429 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantReadResponse::TooManyRequests
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            500 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 500 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantReadResponse::InternalServerError
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                        .await
                        .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!("Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!("<Failed to read body: {}>", Into::<crate::ServiceError>::into(e)),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn klant_update(
        &self,
        param_uuid: uuid::Uuid,
        param_content_type: models::KlantCreateContentTypeParameter,
        param_klant: models::Klant,
        param_x_nlx_logrecord_id: Option<String>,
        param_x_audit_toelichting: Option<String>,
        context: &C) -> Result<KlantUpdateResponse, ApiError>
    {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/api/v1/klanten/{uuid}",
            self.base_path
            ,uuid=utf8_percent_encode(&param_uuid.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("PUT")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new())) {
                Ok(req) => req,
                Err(e) => return Err(ApiError(format!("Unable to create request: {e}")))
        };

        // Consumes basic body
        // Body parameter
        let body = serde_json::to_string(&param_klant).expect("impossible to fail to serialize");
        *request.body_mut() = body_from_string(body);

        let header = "application/json";
        request.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static(header));

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(HeaderName::from_static("x-span-id"), match header {
            Ok(h) => h,
            Err(e) => return Err(ApiError(format!("Unable to create X-Span ID header value: {e}")))
        });

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(unreachable_patterns, clippy::single_match, clippy::match_single_binding)]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create Authorization header: {e}")))
                    };
                    request.headers_mut().insert(
                        hyper::header::AUTHORIZATION,
                        header.0.encode());
                },
                _ => {}
            }
        }

        // Header parameters
        request.headers_mut().append(
            HeaderName::from_static("content-type"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_content_type.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Invalid header content_type - {e}")));
                },
            });

        #[allow(clippy::single_match)]
        match param_x_nlx_logrecord_id {
            Some(param_x_nlx_logrecord_id) => {
        request.headers_mut().append(
            HeaderName::from_static("x-nlx-logrecord-id"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_x_nlx_logrecord_id.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Invalid header x_nlx_logrecord_id - {e}")));
                },
            });
            },
            None => {}
        }

        #[allow(clippy::single_match)]
        match param_x_audit_toelichting {
            Some(param_x_audit_toelichting) => {
        request.headers_mut().append(
            HeaderName::from_static("x-audit-toelichting"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_x_audit_toelichting.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Invalid header x_audit_toelichting - {e}")));
                },
            });
            },
            None => {}
        }

        let response = client_service.call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}"))).await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 200 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Klant>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantUpdateResponse::OK
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            400 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 400 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::ValidatieFout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantUpdateResponse::BadRequest
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 401 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantUpdateResponse::Unauthorized
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            403 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 403 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantUpdateResponse::Forbidden
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            404 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 404 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantUpdateResponse::NotFound
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            406 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 406 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantUpdateResponse::NotAcceptable
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            409 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 409 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantUpdateResponse::Conflict
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            410 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 410 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantUpdateResponse::Gone
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            415 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 415 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantUpdateResponse::UnsupportedMediaType
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            429 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 429 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantUpdateResponse::TooManyRequests
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            500 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 500 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(KlantUpdateResponse::InternalServerError
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                        .await
                        .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!("Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!("<Failed to read body: {}>", Into::<crate::ServiceError>::into(e)),
                    }
                )))
            }
        }
    }

    #[allow(clippy::vec_init_then_push)]
    async fn audittrail_read(
        &self,
        param_klant_uuid: uuid::Uuid,
        param_uuid: uuid::Uuid,
        param_if_none_match: Option<String>,
        context: &C) -> Result<AudittrailReadResponse, ApiError>
    {
        let mut client_service = self.client_service.clone();
        #[allow(clippy::uninlined_format_args)]
        let mut uri = format!(
            "{}/api/v1/klanten/{klant_uuid}/audittrail/{uuid}",
            self.base_path
            ,klant_uuid=utf8_percent_encode(&param_klant_uuid.to_string(), ID_ENCODE_SET)
            ,uuid=utf8_percent_encode(&param_uuid.to_string(), ID_ENCODE_SET)
        );

        // Query parameters
        let query_string = {
            let mut query_string = form_urlencoded::Serializer::new("".to_owned());
            query_string.finish()
        };
        if !query_string.is_empty() {
            uri += "?";
            uri += &query_string;
        }

        let uri = match Uri::from_str(&uri) {
            Ok(uri) => uri,
            Err(err) => return Err(ApiError(format!("Unable to build URI: {err}"))),
        };

        let mut request = match Request::builder()
            .method("GET")
            .uri(uri)
            .body(BoxBody::new(http_body_util::Empty::new())) {
                Ok(req) => req,
                Err(e) => return Err(ApiError(format!("Unable to create request: {e}")))
        };

        let header = HeaderValue::from_str(Has::<XSpanIdString>::get(context).0.as_str());
        request.headers_mut().insert(HeaderName::from_static("x-span-id"), match header {
            Ok(h) => h,
            Err(e) => return Err(ApiError(format!("Unable to create X-Span ID header value: {e}")))
        });

        #[allow(clippy::collapsible_match)]
        if let Some(auth_data) = Has::<Option<AuthData>>::get(context).as_ref() {
            use headers::authorization::Credentials;
            // The trailing `_` arm is unreachable when the spec declares every kind of
            // scheme `AuthData` can represent, and the workspace denies warnings.
            #[allow(unreachable_patterns, clippy::single_match, clippy::match_single_binding)]
            match auth_data {
                AuthData::Bearer(ref bearer_header) => {
                    let header = match headers::Authorization::bearer(&bearer_header.to_string()) {
                        Ok(h) => h,
                        Err(e) => return Err(ApiError(format!("Unable to create Authorization header: {e}")))
                    };
                    request.headers_mut().insert(
                        hyper::header::AUTHORIZATION,
                        header.0.encode());
                },
                _ => {}
            }
        }

        // Header parameters
        #[allow(clippy::single_match)]
        match param_if_none_match {
            Some(param_if_none_match) => {
        request.headers_mut().append(
            HeaderName::from_static("if-none-match"),
            #[allow(clippy::redundant_clone, clippy::clone_on_copy)]
            match header::IntoHeaderValue(param_if_none_match.clone()).try_into() {
                Ok(header) => header,
                Err(e) => {
                    return Err(ApiError(format!(
                        "Invalid header if_none_match - {e}")));
                },
            });
            },
            None => {}
        }

        let response = client_service.call((request, context.clone()))
            .map_err(|e| ApiError(format!("No response received: {e}"))).await?;

        match response.status().as_u16() {
            200 => {
                let (header, body) = response.into_parts();
                let response_e_tag = match header.headers.get(HeaderName::from_static("etag")) {
                    Some(response_e_tag) => {
                        let response_e_tag = response_e_tag.clone();
                        let response_e_tag = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_e_tag) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header ETag for response 200 - {e}")));
                            },
                        };
                        Some(response_e_tag.0)
                        },
                    None => None,
                };

                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 200 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::AuditTrail>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(AudittrailReadResponse::OK
                    {
                        body,
                        e_tag: response_e_tag,
                        api_version: response_api_version,
                    }
                )
            }
            401 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 401 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(AudittrailReadResponse::Unauthorized
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            403 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 403 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(AudittrailReadResponse::Forbidden
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            404 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 404 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(AudittrailReadResponse::NotFound
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            406 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 406 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(AudittrailReadResponse::NotAcceptable
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            409 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 409 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(AudittrailReadResponse::Conflict
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            410 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 410 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(AudittrailReadResponse::Gone
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            415 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 415 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(AudittrailReadResponse::UnsupportedMediaType
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            429 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 429 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(AudittrailReadResponse::TooManyRequests
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            500 => {
                let (header, body) = response.into_parts();
                let response_api_version = match header.headers.get(HeaderName::from_static("api-version")) {
                    Some(response_api_version) => {
                        let response_api_version = response_api_version.clone();
                        let response_api_version = match TryInto::<header::IntoHeaderValue<String>>::try_into(response_api_version) {
                            Ok(value) => value,
                            Err(e) => {
                                return Err(ApiError(format!("Invalid response header API-version for response 500 - {e}")));
                            },
                        };
                        Some(response_api_version.0)
                        },
                    None => None,
                };


                let body = http_body_util::BodyExt::collect(body)

                        .await
                        .map(|f| f.to_bytes().to_vec())
                        .map_err(|e| ApiError(format!("Failed to read response: {}", e.into())))?;

                let body = str::from_utf8(&body)
                    .map_err(|e| ApiError(format!("Response was not valid UTF8: {e}")))?;
                let body = serde_json::from_str::<models::Fout>(body)
                    .map_err(|e| ApiError(format!("Response body did not match the schema: {e}")))?;

                Ok(AudittrailReadResponse::InternalServerError
                    {
                        body,
                        api_version: response_api_version,
                    }
                )
            }
            code => {
                let headers = response.headers().clone();
                let body = http_body_util::BodyExt::collect(response.into_body())
                        .await
                        .map(|f| f.to_bytes().to_vec());
                Err(ApiError(format!("Unexpected response code {code}:\n{headers:?}\n\n{}",
                    match body {
                        Ok(body) => match String::from_utf8(body) {
                            Ok(body) => body,
                            Err(e) => format!("<Body was not UTF8: {e:?}>"),
                        },
                        Err(e) => format!("<Failed to read body: {}>", Into::<crate::ServiceError>::into(e)),
                    }
                )))
            }
        }
    }

}
