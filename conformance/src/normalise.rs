//! Normalisation of a recording, so that two servers' answers compare equal unless they really differ (README,
//! Conformance testing, "What is compared").
//!
//! - the server's origin (from the recording's base URL) becomes `<origin>`, the mocks' `<subject>`, `<nrc>` and
//!   `<ac>`;
//! - UUIDs are numbered by first appearance across the whole recording (`<uuid-1>`, …);
//! - ISO-8601 date-times in strings become `<timestamp>`;
//! - a problem body's `instance` becomes `<instance>`;
//! - ETags are numbered per distinct value by first appearance (`<etag-1>`, …);
//! - a klantnummer the server generated (the create sent none, `null` or a blank one) becomes `<klantnummer-N>`,
//!   wherever that value appears later as a `klantnummer`;
//! - of what the NRC mock received, only the notifications are kept (recordings of earlier versions of this tool
//!   listed every request to it there).
//!
//! Only the headers in [`COMPARED_HEADERS`] (and `access-control-*`) are kept.
use std::collections::HashMap;
use std::sync::OnceLock;

use regex::Regex;
use serde_json::{Map, Value};

use crate::record::{Exchange, Recording};

/// The response headers compared (besides every `access-control-*`). All others (`date`, `server`,
/// `x-request-id`, `content-length`, `connection`, `transfer-encoding`, `keep-alive`, and whatever else a server
/// or its framework adds) are left out.
pub const COMPARED_HEADERS: [&str; 9] = [
    "content-type",
    "allow",
    "etag",
    "location",
    "api-version",
    "vary",
    "x-frame-options",
    "www-authenticate",
    "retry-after",
];

pub fn is_compared_header(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    COMPARED_HEADERS.contains(&name.as_str()) || name.starts_with("access-control-")
}

/// One exchange as it is compared.
#[derive(Clone, Debug, PartialEq)]
pub struct Normalised {
    pub step: String,
    /// `METHOD url`, normalised: shown, not compared.
    pub request: String,
    /// `error: …` or `skipped: …` when there is no answer.
    pub outcome: Option<String>,
    pub status: Option<u16>,
    /// The compared headers, in the order received; several of one name joined with `, `.
    pub headers: Vec<(String, String)>,
    /// The JSON body, a string for a non-JSON body, `null` for none.
    pub body: Value,
    /// The notifications of the exchange: `{"method", "path", "body"}` each.
    pub notifications: Vec<Value>,
}

fn uuid_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}").expect("valid regex")
    })
}

fn timestamp_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}([.,][0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?",
        )
        .expect("valid regex")
    })
}

/// The origin (`scheme://host[:port]`) of a URL, without a trailing slash.
fn origin(url: &str) -> Option<String> {
    let u = reqwest::Url::parse(url).ok()?;
    let o = u.origin();
    o.is_tuple().then(|| o.ascii_serialization())
}

/// Replaces `needle` in `text` by `with` where it is not followed by a digit (so that `http://h:1800` is not
/// found in `http://h:18001`).
fn replace_origin(text: &str, needle: &str, with: &str) -> String {
    if needle.is_empty() || !text.contains(needle) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(needle) {
        let after = &rest[at + needle.len()..];
        out.push_str(&rest[..at]);
        if after.starts_with(|c: char| c.is_ascii_digit()) {
            out.push_str(needle);
        } else {
            out.push_str(with);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

struct Normaliser {
    origins: Vec<(String, &'static str)>,
    uuids: HashMap<String, usize>,
    etags: HashMap<String, usize>,
    klantnummers: HashMap<String, String>,
}

impl Normaliser {
    fn text(&mut self, s: &str) -> String {
        let mut t = s.to_string();
        for (o, with) in &self.origins {
            t = replace_origin(&t, o, with);
        }
        let uuids = &mut self.uuids;
        let t = uuid_re().replace_all(&t, |c: &regex::Captures| {
            let key = c[0].to_ascii_lowercase();
            let next = uuids.len() + 1;
            format!("<uuid-{}>", uuids.entry(key).or_insert(next))
        });
        timestamp_re().replace_all(&t, "<timestamp>").into_owned()
    }

    fn value(&mut self, v: &Value, key: Option<&str>) -> Value {
        match v {
            Value::String(s) => {
                if key == Some("klantnummer") {
                    if let Some(mask) = self.klantnummers.get(s) {
                        return Value::String(mask.clone());
                    }
                }
                Value::String(self.text(s))
            }
            Value::Array(a) => Value::Array(a.iter().map(|x| self.value(x, None)).collect()),
            Value::Object(m) => {
                let mut out = Map::new();
                for (k, x) in m {
                    out.insert(self.text(k), self.value(x, Some(k)));
                }
                Value::Object(out)
            }
            other => other.clone(),
        }
    }

    fn etag(&mut self, v: &str) -> String {
        let next = self.etags.len() + 1;
        format!("<etag-{}>", self.etags.entry(v.to_string()).or_insert(next))
    }

    /// A create whose request had no klantnummer, `null` or a blank one: the answer's klantnummer is the server's
    /// (README, Deviations from the reference, item 2).
    fn note_generated_klantnummer(&mut self, e: &Exchange) {
        let (Some(req), Some(resp)) = (&e.request, &e.response) else { return };
        if req.method != "POST" || resp.status != 201 {
            return;
        }
        let Some(Value::Object(sent)) = &req.body else { return };
        let generated = match sent.get("klantnummer") {
            None | Some(Value::Null) => true,
            Some(Value::String(s)) => s.trim().is_empty(),
            _ => false,
        };
        if let (true, Some(Value::String(k))) = (generated, resp.body.as_ref().and_then(|b| b.get("klantnummer"))) {
            let next = self.klantnummers.len() + 1;
            self.klantnummers.entry(k.clone()).or_insert_with(|| format!("<klantnummer-{next}>"));
        }
    }

    fn exchange(&mut self, e: &Exchange) -> Normalised {
        let request = e.request.as_ref().map(|r| format!("{} {}", r.method, self.text(&r.url))).unwrap_or_default();
        let outcome = match (&e.error, &e.skipped) {
            (Some(err), _) => Some(format!("error: {}", self.text(err))),
            (None, Some(why)) => Some(format!("skipped: {}", self.text(why))),
            _ => None,
        };
        self.note_generated_klantnummer(e);
        let mut n = Normalised {
            step: e.step.clone(),
            request,
            outcome,
            status: None,
            headers: Vec::new(),
            body: Value::Null,
            notifications: Vec::new(),
        };
        if let Some(resp) = &e.response {
            n.status = Some(resp.status);
            for (k, v) in &resp.headers {
                let k = k.to_ascii_lowercase();
                if !is_compared_header(&k) {
                    continue;
                }
                let v = if k == "etag" { self.etag(v) } else { self.text(v) };
                match n.headers.iter_mut().find(|(name, _)| *name == k) {
                    Some((_, existing)) => {
                        existing.push_str(", ");
                        existing.push_str(&v);
                    }
                    None => n.headers.push((k, v)),
                }
            }
            n.body = match (&resp.body, &resp.text) {
                (Some(b), _) => {
                    let mut b = self.value(b, None);
                    if let Some(Value::String(_)) = b.get("instance") {
                        b["instance"] = Value::String("<instance>".into());
                    }
                    b
                }
                (None, Some(t)) => Value::String(self.text(t)),
                (None, None) => Value::Null,
            };
        }
        for r in e.notifications.iter().filter(|r| r.is_notification()) {
            let mut m = Map::new();
            m.insert("method".into(), Value::String(r.method.clone()));
            m.insert("path".into(), Value::String(self.text(&r.path)));
            m.insert("body".into(), self.value(&r.body, None));
            n.notifications.push(Value::Object(m));
        }
        n
    }
}

/// Every exchange of a recording, normalised (in recording order: the numbering follows it).
pub fn normalise(recording: &Recording) -> Vec<Normalised> {
    let mut origins = Vec::new();
    for (url, with) in [
        (&recording.meta.subject, "<subject>"),
        (&recording.meta.nrc, "<nrc>"),
        (&recording.meta.ac, "<ac>"),
        (&recording.meta.base_url, "<origin>"),
    ] {
        if let Some(o) = origin(url) {
            origins.push((o, with));
        }
    }
    let mut n = Normaliser { origins, uuids: HashMap::new(), etags: HashMap::new(), klantnummers: HashMap::new() };
    recording.exchanges.iter().map(|e| n.exchange(e)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mocks::Received;
    use crate::record::{Meta, RecordedRequest, RecordedResponse};
    use serde_json::json;

    fn meta(base: &str) -> Meta {
        Meta {
            kind: "meta".into(),
            scenario: "t".into(),
            base_url: format!("{base}/api/v1"),
            subject: "http://127.0.0.1:9001".into(),
            nrc: "http://127.0.0.1:9002/api/v1".into(),
            ac: "http://127.0.0.1:9003/api/v1".into(),
        }
    }

    fn exchange(
        step: &str,
        method: &str,
        url: &str,
        sent: Option<Value>,
        status: u16,
        headers: &[(&str, &str)],
        body: Value,
    ) -> Exchange {
        Exchange {
            kind: "exchange".into(),
            step: step.into(),
            request: Some(RecordedRequest {
                method: method.into(),
                url: url.into(),
                headers: vec![],
                body: sent,
                raw_body: None,
            }),
            response: Some(RecordedResponse {
                status,
                headers: headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
                body: Some(body),
                text: None,
                elapsed_ms: 1,
            }),
            notifications: vec![],
            mock_requests: vec![],
            error: None,
            skipped: None,
        }
    }

    #[test]
    fn origins_uuids_timestamps_and_instances_are_masked() {
        let base = "http://127.0.0.1:1800";
        let u = "5F0C2A0E-1111-4222-8333-444455556666";
        let v = "aaaaaaaa-1111-4222-8333-444455556666";
        let url = format!("{base}/api/v1/klanten/{u}");
        let mut e = exchange(
            "create",
            "POST",
            &format!("{base}/api/v1/klanten"),
            Some(json!({"klantnummer": "1"})),
            201,
            &[("Location", &url), ("Date", "x"), ("X-Request-ID", "y")],
            json!({"url": url, "other": format!("http://127.0.0.1:18001/{v}"), "subject": "http://127.0.0.1:9001/ok",
                   "aanmaakdatum": "2026-12-04T13:00:01.123456Z", "geboortedatum": "1990-01-01", "instance": "urn:uuid:x"}),
        );
        e.notifications.push(Received {
            method: "POST".into(),
            path: "/api/v1/notificaties".into(),
            body: json!({"hoofdObject": url.to_lowercase(), "aanmaakdatum": "2026-12-04T13:00:01Z"}),
        });
        // an earlier version of the tool listed the NRC's OAS document among the notifications: it is left out
        e.notifications.insert(
            0,
            Received { method: "GET".into(), path: "/api/v1/schema/openapi.yaml?v=3".into(), body: Value::Null },
        );
        let n = normalise(&Recording { meta: meta(base), exchanges: vec![e] });
        let n = &n[0];
        assert_eq!(n.notifications.len(), 1);
        assert_eq!(n.request, "POST <origin>/api/v1/klanten");
        assert_eq!(n.headers, [("location".to_string(), "<origin>/api/v1/klanten/<uuid-1>".to_string())]);
        assert_eq!(
            n.body,
            json!({"url": "<origin>/api/v1/klanten/<uuid-1>", "other": "http://127.0.0.1:18001/<uuid-2>",
                   "subject": "<subject>/ok", "aanmaakdatum": "<timestamp>", "geboortedatum": "1990-01-01",
                   "instance": "<instance>"})
        );
        assert_eq!(n.notifications[0]["body"]["hoofdObject"], "<origin>/api/v1/klanten/<uuid-1>");
        assert_eq!(n.notifications[0]["body"]["aanmaakdatum"], "<timestamp>");
    }

    #[test]
    fn etags_are_numbered_per_distinct_value() {
        let base = "http://h:1";
        let ex = |s: &str, tag: &str| exchange(s, "GET", "http://h:1/x", None, 200, &[("ETag", tag)], json!({}));
        let r = Recording { meta: meta(base), exchanges: vec![ex("a", "\"x\""), ex("b", "\"y\""), ex("c", "\"x\"")] };
        let tags: Vec<String> = normalise(&r).iter().map(|n| n.headers[0].1.clone()).collect();
        assert_eq!(tags, ["<etag-1>", "<etag-2>", "<etag-1>"]);
    }

    #[test]
    fn generated_klantnummers_are_masked_where_they_appear_later_as_klantnummer() {
        let base = "http://h:1";
        let created = exchange(
            "c",
            "POST",
            "http://h:1/k",
            Some(json!({"bronorganisatie": "1"})),
            201,
            &[],
            json!({"klantnummer": "17"}),
        );
        let given = exchange(
            "d",
            "POST",
            "http://h:1/k",
            Some(json!({"klantnummer": "18"})),
            201,
            &[],
            json!({"klantnummer": "18"}),
        );
        let listed = exchange(
            "l",
            "GET",
            "http://h:1/k",
            None,
            200,
            &[],
            json!({"results": [{"klantnummer": "17"}, {"klantnummer": "18"}], "count": 17}),
        );
        let blank = exchange(
            "b",
            "POST",
            "http://h:1/k",
            Some(json!({"bronorganisatie": "1", "klantnummer": " "})),
            201,
            &[],
            json!({"klantnummer": "19"}),
        );
        let r = Recording { meta: meta(base), exchanges: vec![created, given, listed, blank] };
        let n = normalise(&r);
        assert_eq!(n[3].body, json!({"klantnummer": "<klantnummer-2>"}));
        assert_eq!(n[0].body, json!({"klantnummer": "<klantnummer-1>"}));
        assert_eq!(n[1].body, json!({"klantnummer": "18"}));
        assert_eq!(
            n[2].body,
            json!({"results": [{"klantnummer": "<klantnummer-1>"}, {"klantnummer": "18"}], "count": 17})
        );
    }

    #[test]
    fn only_the_compared_headers_are_kept() {
        assert!(is_compared_header("Content-Type"));
        assert!(is_compared_header("access-control-allow-origin"));
        assert!(!is_compared_header("date"));
        assert!(!is_compared_header("x-request-id"));
        assert!(!is_compared_header("content-length"));
    }

    #[test]
    fn an_origin_is_not_found_inside_a_longer_port() {
        assert_eq!(
            replace_origin("http://h:1800/a http://h:18001/b", "http://h:1800", "<o>"),
            "<o>/a http://h:18001/b"
        );
    }
}
