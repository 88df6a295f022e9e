//! The subject server of the kla-002 steps: `/ok` 200, `/not-found` 404, `/error` 500, `/redirect-ok` 302 to `/ok`,
//! `/redirect-not-found` 302 to `/not-found`, `/slow` 200 after the configured delay; any other path 404.
use std::time::Duration;

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::{Request, Response, StatusCode};

use super::response;

fn redirect(to: String) -> Response<Full<Bytes>> {
    let mut r = response(StatusCode::FOUND, "text/plain", Bytes::new());
    if let Ok(v) = to.parse() {
        r.headers_mut().insert(hyper::header::LOCATION, v);
    }
    r
}

pub(super) async fn answer(req: Request<Incoming>, base: &str, slow: Duration) -> Response<Full<Bytes>> {
    let html = "text/html; charset=utf-8";
    match req.uri().path() {
        "/ok" => response(StatusCode::OK, html, "<html>subject</html>"),
        "/not-found" => response(StatusCode::NOT_FOUND, html, "<html>not found</html>"),
        "/error" => response(StatusCode::INTERNAL_SERVER_ERROR, html, "<html>error</html>"),
        "/redirect-ok" => redirect(format!("{base}/ok")),
        "/redirect-not-found" => redirect(format!("{base}/not-found")),
        "/slow" => {
            tokio::time::sleep(slow).await;
            response(StatusCode::OK, html, "<html>slow subject</html>")
        }
        _ => response(StatusCode::NOT_FOUND, html, "<html>no such subject</html>"),
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::fetch;
    use super::super::{MockOptions, Mocks};
    use std::time::Duration;

    #[tokio::test]
    async fn the_subject_mock_answers_each_path() {
        let mocks = Mocks::start(&MockOptions::new(Duration::from_millis(300), vec![])).await.unwrap();
        let base = mocks.subject_base();
        assert_eq!(fetch("GET", &format!("{base}/ok"), None).await.0, 200);
        assert_eq!(fetch("GET", &format!("{base}/not-found"), None).await.0, 404);
        assert_eq!(fetch("GET", &format!("{base}/error"), None).await.0, 500);
        let (s, l, _, _) = fetch("GET", &format!("{base}/redirect-ok"), None).await;
        assert_eq!((s, l), (302, Some(format!("{base}/ok"))));
        let (s, l, _, _) = fetch("GET", &format!("{base}/redirect-not-found"), None).await;
        assert_eq!((s, l), (302, Some(format!("{base}/not-found"))));
        let started = std::time::Instant::now();
        assert_eq!(fetch("GET", &format!("{base}/slow"), None).await.0, 200);
        assert!(started.elapsed() >= Duration::from_millis(300));
        // the subject mock records nothing
        assert!(mocks.log.is_empty());
    }
}
