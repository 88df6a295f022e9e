//! The Notificaties API (NRC) as this server talks to it: `POST {NRC}/notificaties` with the stored body, and the
//! optional start-up registration of the kanaal `klanten`. Every request carries `Authorization: Bearer <JWT>`,
//! HS256 with this server's own client id and secret, shaped as the reference's zds client does (README,
//! Notifications): header `{"typ":"JWT","alg":"HS256","client_identifier":<id>}`, payload
//! `{iss, iat, client_id, user_id, user_representation}`.
use serde_json::{json, Value};

use super::config_error::NotifyConfigError;
use super::Settings;
use crate::domain::notification::KANAAL;

/// Where the kanaal `klanten` is documented (sent as `documentatieLink` when it is registered).
pub const DOCUMENTATIE_LINK: &str = "https://github.com/VNG-Realisatie/klanten-api/blob/master/src/notificaties.md";

/// Longest part of an NRC answer kept in `last_error`.
const ERROR_BODY_CHARS: usize = 200;

#[derive(Clone)]
pub struct NrcClient {
    http: reqwest::Client,
    base: String,
    client_id: String,
    secret: String,
    timeout_ms: u128,
}

/// What the kanaal registration found or did.
#[derive(Debug, PartialEq, Eq)]
pub enum Kanaal {
    Exists,
    Created,
}

impl NrcClient {
    pub fn new(settings: &Settings) -> Result<NrcClient, NotifyConfigError> {
        let http = reqwest::Client::builder()
            .timeout(settings.timeout)
            .connect_timeout(settings.timeout)
            // a redirect is not a delivery: it counts as a failure and is retried
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(NotifyConfigError::HttpClient)?;
        Ok(NrcClient {
            http,
            base: settings.api.clone(),
            client_id: settings.client_id.clone(),
            secret: settings.secret.clone(),
            timeout_ms: settings.timeout.as_millis(),
        })
    }

    /// A fresh token (`iat` now).
    pub fn token(&self) -> String {
        sign(&self.client_id, self.secret.as_bytes(), chrono::Utc::now().timestamp())
    }

    /// Sends one stored notification body as it is. Any 2xx is a delivery; anything else (another status, no
    /// connection, the timeout) is an error with a short reason for `last_error` (never a token or secret).
    pub async fn send(&self, payload: &str) -> Result<(), String> {
        let request = self
            .http
            .post(format!("{}/notificaties", self.base))
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header(reqwest::header::ACCEPT, "application/json")
            .bearer_auth(self.token())
            .body(payload.to_string());
        let response = request.send().await.map_err(|e| self.describe(e))?;
        let status = response.status();
        if status.is_success() {
            return Ok(());
        }
        let body = response.text().await.unwrap_or_default();
        Err(status_error(status, &body))
    }

    /// `GET {NRC}/kanaal?naam=klanten`; when there is none, `POST {NRC}/kanaal` with
    /// `{"naam":"klanten","documentatieLink":…,"filters":[]}`.
    pub async fn ensure_kanaal(&self) -> Result<Kanaal, String> {
        if self.kanaal_exists().await? {
            return Ok(Kanaal::Exists);
        }
        self.create_kanaal().await
    }

    /// `GET {NRC}/kanaal?naam=klanten`: whether the kanaal exists (also how `klanten check` sees that the API
    /// answers with our credentials).
    pub async fn kanaal_exists(&self) -> Result<bool, String> {
        let response = self
            .http
            .get(format!("{}/kanaal", self.base))
            .query(&[("naam", KANAAL)])
            .header(reqwest::header::ACCEPT, "application/json")
            .bearer_auth(self.token())
            .send()
            .await
            .map_err(|e| self.describe(e))?;
        let status = response.status();
        let body = response.text().await.unwrap_or_default();
        if !status.is_success() {
            return Err(format!("GET kanaal: {}", status_error(status, &body)));
        }
        let found: Value = serde_json::from_str(&body).map_err(|_| "GET kanaal: the answer is not JSON".to_string())?;
        // NRC 1.0 answers a plain list; a paginated `{"results": [...]}` is read too.
        let list = found.get("results").unwrap_or(&found);
        let exists = list
            .as_array()
            .is_some_and(|items| items.iter().any(|k| k.get("naam").and_then(Value::as_str) == Some(KANAAL)));
        Ok(exists)
    }

    /// `POST {NRC}/kanaal` with `{"naam":"klanten","documentatieLink":…,"filters":[]}`.
    async fn create_kanaal(&self) -> Result<Kanaal, String> {
        let body = json!({"naam": KANAAL, "documentatieLink": DOCUMENTATIE_LINK, "filters": []});
        let response = self
            .http
            .post(format!("{}/kanaal", self.base))
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header(reqwest::header::ACCEPT, "application/json")
            .bearer_auth(self.token())
            .body(body.to_string())
            .send()
            .await
            .map_err(|e| self.describe(e))?;
        let status = response.status();
        if status.is_success() {
            Ok(Kanaal::Created)
        } else {
            let body = response.text().await.unwrap_or_default();
            Err(format!("POST kanaal: {}", status_error(status, &body)))
        }
    }

    /// A transport error without its URL (which could carry credentials) and without secrets.
    fn describe(&self, e: reqwest::Error) -> String {
        if e.is_timeout() {
            return format!("timeout after {} ms", self.timeout_ms);
        }
        let kind = if e.is_connect() { "connection failed" } else { "request failed" };
        let e = e.without_url();
        let mut cause: &dyn std::error::Error = &e;
        while let Some(next) = cause.source() {
            cause = next;
        }
        short(&format!("{kind}: {cause}"))
    }
}

fn status_error(status: reqwest::StatusCode, body: &str) -> String {
    let body = body.split_whitespace().collect::<Vec<_>>().join(" ");
    if body.is_empty() {
        format!("HTTP {}", status.as_u16())
    } else {
        short(&format!("HTTP {}: {body}", status.as_u16()))
    }
}

fn short(text: &str) -> String {
    match text.char_indices().nth(ERROR_BODY_CHARS) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}

/// The token the reference sends to the NRC (README, Notifications), signed with HS256.
pub fn sign(client_id: &str, secret: &[u8], iat: i64) -> String {
    let header = json!({"typ": "JWT", "alg": "HS256", "client_identifier": client_id});
    let claims = json!({
        "iss": client_id,
        "iat": iat,
        "client_id": client_id,
        "user_id": "",
        "user_representation": "",
    });
    // HMAC takes keys of any length and a `Value` always serialises, so this cannot fail
    crate::auth::sign_hs256_with_header(secret, &header.to_string(), &claims).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use base64::Engine;
    use hmac::{Hmac, Mac};
    use sha2::Sha256;

    use super::*;

    #[test]
    fn token_header_claims_and_signature() {
        let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        let token = sign("klanten", b"geheim", 1_700_000_000);
        let parts: Vec<&str> = token.split('.').collect();
        assert_eq!(parts.len(), 3);
        assert_eq!(b64.decode(parts[0]).unwrap(), br#"{"typ":"JWT","alg":"HS256","client_identifier":"klanten"}"#);
        assert_eq!(
            String::from_utf8(b64.decode(parts[1]).unwrap()).unwrap(),
            r#"{"iss":"klanten","iat":1700000000,"client_id":"klanten","user_id":"","user_representation":""}"#
        );
        let mut mac = Hmac::<Sha256>::new_from_slice(b"geheim").unwrap();
        mac.update(format!("{}.{}", parts[0], parts[1]).as_bytes());
        mac.verify_slice(&b64.decode(parts[2]).unwrap()).unwrap();
        // a client id that needs escaping stays valid JSON
        let odd = sign("a\"b", b"s", 1);
        let header: Value = serde_json::from_slice(&b64.decode(odd.split('.').next().unwrap()).unwrap()).unwrap();
        assert_eq!(header["client_identifier"], "a\"b");
    }

    #[test]
    fn errors_are_short_and_on_one_line() {
        let long = "x".repeat(1000);
        let e = status_error(reqwest::StatusCode::INTERNAL_SERVER_ERROR, &format!("a\n  b {long}"));
        assert!(e.starts_with("HTTP 500: a b xxx"), "{e}");
        assert!(e.chars().count() <= ERROR_BODY_CHARS + 1);
        assert_eq!(status_error(reqwest::StatusCode::BAD_GATEWAY, " \n"), "HTTP 502");
    }
}
