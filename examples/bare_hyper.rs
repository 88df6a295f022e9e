//! The ceiling `scripts/bench.sh` compares the Klanten API against: the same hyper 1 HTTP/1 stack on the same
//! tokio multi-thread runtime, with no routing, authorisation, database or JSON work at all. Every request gets
//! `200`, `Content-Type: application/json` and the bytes of `--body-file`, so a benchmark of this server with a
//! body of the same size as a Klanten response shows what the network, hyper and wrk cost by themselves.
//!
//! Usage: `bare_hyper --bind 127.0.0.1:PORT --body-file FILE`
use std::convert::Infallible;
use std::net::SocketAddr;

use bytes::Bytes;
use http_body_util::Full;
use hyper::header::{HeaderValue, CONTENT_TYPE};
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

const USAGE: &str = "usage: bare_hyper --bind 127.0.0.1:PORT --body-file FILE";

fn parse_args() -> Result<(SocketAddr, Bytes), String> {
    let (mut bind, mut body_file) = (None, None);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--bind" => bind = Some(args.next().ok_or("--bind needs a value")?),
            "--body-file" => body_file = Some(args.next().ok_or("--body-file needs a value")?),
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument '{other}'")),
        }
    }
    let bind = bind.ok_or("--bind is required")?;
    let bind: SocketAddr = bind.parse().map_err(|e| format!("--bind '{bind}': {e}"))?;
    let body_file = body_file.ok_or("--body-file is required")?;
    let body = std::fs::read(&body_file).map_err(|e| format!("--body-file '{body_file}': {e}"))?;
    Ok((bind, Bytes::from(body)))
}

#[tokio::main(flavor = "multi_thread")]
async fn main() -> std::process::ExitCode {
    let (bind, body) = match parse_args() {
        Ok(parsed) => parsed,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("bare_hyper: {e}");
            }
            eprintln!("{USAGE}");
            return std::process::ExitCode::from(2);
        }
    };
    let listener = match TcpListener::bind(bind).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("bare_hyper: cannot bind {bind}: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    eprintln!("bare_hyper listening on {bind}, {} byte body", body.len());
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(e) => {
                eprintln!("bare_hyper: accept failed: {e}");
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                continue;
            }
        };
        let body = body.clone();
        let svc = service_fn(move |_req: Request<hyper::body::Incoming>| {
            let mut resp = Response::new(Full::new(body.clone()));
            resp.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            async move { Ok::<_, Infallible>(resp) }
        });
        tokio::spawn(async move {
            // Same connection setup as the Klanten server, without its header read timeout.
            let _ = hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), svc).await;
        });
    }
}
