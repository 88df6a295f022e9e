//! The per-request context handed to the generated router and on to the `Api` implementation: what the generated
//! code cannot know (the request's base URL, the authenticated client, the stored `subjectType` a write's body is
//! validated against). Answers and errors are the operations' return values, never kept here.
use swagger::auth::Authorization;
use swagger::{Has, XSpanIdString};

use crate::auth::Principal;

#[derive(Clone)]
pub struct RequestContext {
    pub x_span_id: XSpanIdString,
    pub authorization: Option<Authorization>,
    /// `http://HOST` of this request: every URL the server writes is built from the request's `Host`, as the
    /// reference does, with the scheme of `--scheme` (README, Configuration).
    pub base_url: String,
    pub principal: Option<Principal>,
    /// PUT and PATCH: the stored `subjectType` of the klant, looked up before its body was read (404 before 415 and
    /// 400, as the reference); the body is validated against it.
    pub stored_type: Option<Option<String>>,
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
