//! The CORS preflight answered header for header as the reference answers it (README, Cross-origin requests): the
//! conformance tool compares `content-type`, `x-frame-options`, `allow`, `api-version` and every
//! `access-control-*` header of it.
use crate::helpers::*;

#[tokio::test]
async fn a_preflight_has_the_references_headers_and_empty_body() {
    let app = spawn_app(&Backend::Sqlite).await;
    for path in ["/api/v1/klanten".to_string(), format!("/api/v1/klanten/{}", uuid::Uuid::new_v4())] {
        let pre = app
            .send(
                app.client
                    .request(reqwest::Method::OPTIONS, app.url(&path))
                    .header("Origin", "http://app.conformance.example.com")
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "authorization, content-type"),
            )
            .await;
        assert_eq!(pre.status, 200, "{path}");
        assert_eq!(pre.text, "", "{path}");
        assert_eq!(pre.header("content-type"), Some("text/html; charset=utf-8"), "{path}");
        assert_eq!(pre.header("content-length"), Some("0"), "{path}");
        assert_eq!(pre.header("x-frame-options"), Some("SAMEORIGIN"), "{path}");
        assert_eq!(pre.header("access-control-allow-origin"), Some("*"), "{path}");
        assert_eq!(pre.header("api-version"), None, "{path}");
        assert_eq!(pre.header("allow"), None, "{path}");
    }
}
