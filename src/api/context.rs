//! The per-request context handed to the generated router and on to the `Api` implementation: what the generated
//! code cannot know (the request's base URL, the authenticated client, the validated body) and a slot for answers
//! the generated response enums have no variant for (404 on a list page, for example).
use std::sync::{Arc, Mutex};

use swagger::auth::Authorization;
use swagger::{Has, XSpanIdString};

use crate::auth::Principal;
use crate::domain::validation::Validated;
use crate::error::RequestError;

#[derive(Clone)]
pub struct RequestContext {
    pub x_span_id: XSpanIdString,
    pub authorization: Option<Authorization>,
    /// `http://HOST` of this request: every URL the server writes is built from the request's `Host`, as the
    /// reference does, with the scheme of `--scheme` (README, Configuration).
    pub base_url: String,
    pub principal: Option<Principal>,
    /// The body as validated by `http::body` (writes only).
    pub validated: Option<Arc<Validated>>,
    /// The list request's original query pairs (for `next`/`previous`) and whether `page=last` was asked.
    pub list_query: Option<Arc<super::query::ListQuery>>,
    /// An answer that replaces whatever the generated layer renders.
    pub override_response: Arc<Mutex<Option<RequestError>>>,
    /// The write's JSON body as received (for a second validation when the stored `subjectType` changed).
    pub body: Option<Arc<serde_json::Value>>,
    /// The stored `subjectType` the body was validated against (PUT and PATCH).
    pub validated_type: Option<Option<String>>,
}

impl RequestContext {
    pub fn respond_with(&self, p: RequestError) {
        if let Ok(mut slot) = self.override_response.lock() {
            *slot = Some(p);
        }
    }

    pub fn take_override(&self) -> Option<RequestError> {
        self.override_response.lock().ok().and_then(|mut s| s.take())
    }
}

impl Has<XSpanIdString> for RequestContext {
    fn get(&self) -> &XSpanIdString {
        &self.x_span_id
    }
    fn get_mut(&mut self) -> &mut XSpanIdString {
        &mut self.x_span_id
    }
    fn set(&mut self, value: XSpanIdString) {
        self.x_span_id = value;
    }
}

impl Has<Option<Authorization>> for RequestContext {
    fn get(&self) -> &Option<Authorization> {
        &self.authorization
    }
    fn get_mut(&mut self) -> &mut Option<Authorization> {
        &mut self.authorization
    }
    fn set(&mut self, value: Option<Authorization>) {
        self.authorization = value;
    }
}
