//! The Notificaties API that `scripts/bench.sh` sends notifications to: `201 {}` to every POST, `200 []` to every
//! other request, and at `GET /_count` the number of POSTs received. Written on the same hyper stack as the
//! server, so that during a benchmark the receiving end takes as little of the machine as it can (a real NRC runs
//! elsewhere).
//!
//! Usage: `mock_nrc --bind 127.0.0.1:PORT`
use std::convert::Infallible;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::header::{HeaderValue, CONTENT_TYPE};
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::process::ExitCode {
    let mut args = std::env::args().skip(1);
    let bind = match (args.next().as_deref(), args.next()) {
        (Some("--bind"), Some(bind)) => bind,
        _ => {
            eprintln!("usage: mock_nrc --bind 127.0.0.1:PORT");
            return std::process::ExitCode::from(2);
        }
    };
    let listener = match TcpListener::bind(&bind).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("mock_nrc: cannot bind {bind}: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let received = Arc::new(AtomicU64::new(0));
    loop {
        let Ok((stream, _)) = listener.accept().await else { continue };
        let received = received.clone();
        let svc = service_fn(move |req: Request<hyper::body::Incoming>| {
            let received = received.clone();
            async move {
                let (status, body) = if req.method() == Method::POST {
                    let _ = req.into_body().collect().await;
                    received.fetch_add(1, Ordering::Relaxed);
                    (StatusCode::CREATED, Bytes::from_static(b"{}"))
                } else if req.uri().path() == "/_count" {
                    (StatusCode::OK, Bytes::from(received.load(Ordering::Relaxed).to_string()))
                } else {
                    (StatusCode::OK, Bytes::from_static(b"[]"))
                };
                let mut resp = Response::new(Full::new(body));
                *resp.status_mut() = status;
                resp.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                Ok::<_, Infallible>(resp)
            }
        });
        tokio::spawn(async move {
            let _ = hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), svc).await;
        });
    }
}
