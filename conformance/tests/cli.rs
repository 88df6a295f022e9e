//! The binary's exit codes and messages: 2 with a clear message for bad input, never a panic; `diff` exits 0
//! when nothing unexpected differs and 1 otherwise, with the counts as its last line.
use std::process::Command;

fn tool(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_klanten-conformance")).args(args).output().expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const META: &str = r#"{"kind":"meta","scenario":"t","baseUrl":"http://127.0.0.1:1000/api/v1","subject":"http://127.0.0.1:1001","nrc":"http://127.0.0.1:1002/api/v1"}"#;

fn exchange(step: &str, status: u16) -> String {
    format!(
        r#"{{"kind":"exchange","step":"{step}","request":{{"method":"GET","url":"http://127.0.0.1:1000/api/v1/klanten","headers":[]}},"response":{{"status":{status},"headers":[["content-type","application/json"]],"body":{{"count":0}},"elapsedMs":1}},"notifications":[]}}"#
    )
}

fn write(dir: &std::path::Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

fn no_panic(stderr: &str) {
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn diff_exit_codes_and_last_line() {
    let dir = std::env::temp_dir().join(format!("klanten-conformance-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let a = write(&dir, "a.jsonl", &format!("{META}\n{}\n{}\n", exchange("x", 200), exchange("y", 200)));
    let same = write(&dir, "same.jsonl", &format!("{META}\n{}\n{}\n", exchange("x", 200), exchange("y", 200)));
    let other = write(&dir, "other.jsonl", &format!("{META}\n{}\n{}\n", exchange("x", 200), exchange("y", 500)));
    let (code, out, err) = tool(&["diff", &a, &same]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(out.lines().last(), Some("2 same, 0 different, 0 expected"));
    let (code, out, _) = tool(&["diff", &a, &other]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("y | status | 200 | 500"), "{out}");
    assert_eq!(out.lines().last(), Some("1 same, 1 different, 0 expected"));
    let (code, out, _) = tool(&["diff", &a, &other, "--json"]);
    assert_eq!(code, 1);
    let doc: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert_eq!(doc["different"], 1);
    assert_eq!(out.lines().last(), Some("1 same, 1 different, 0 expected"));
    // an expectation turns it into an expected difference
    let expected = write(
        &dir,
        "expected.json",
        r#"{"expected": [{"step": "y", "part": "status", "deviation": 3, "reason": "test"}]}"#,
    );
    let (code, out, _) = tool(&["diff", &a, &other, "--expected", &expected]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("expected (deviation 3): test"), "{out}");
    assert_eq!(out.lines().last(), Some("1 same, 0 different, 1 expected"));

    for (args, says) in [
        (vec!["diff", &a, "/nonexistent/b.jsonl"], "cannot read recording /nonexistent/b.jsonl"),
        (vec!["diff", &a, &expected], "is not the meta line"),
        (vec!["diff", &a, &same, "--expected", &a], "expected differences"),
    ] {
        let (code, _, err) = tool(&args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
        no_panic(&err);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn run_refuses_bad_input_with_exit_2() {
    let dir = std::env::temp_dir().join(format!("klanten-conformance-run-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("out.jsonl").display().to_string();
    let bad = write(&dir, "bad.json", "{\"steps\": [");
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let unreachable = format!("http://127.0.0.1:{closed}/api/v1");
    let common = ["--client-id", "c", "--secret", "s", "--out"];
    for (extra, base, says) in [
        (
            vec!["--scenario", "/nonexistent/s.json"],
            "http://127.0.0.1:1/api/v1",
            "cannot read scenario /nonexistent/s.json",
        ),
        (vec!["--scenario", bad.as_str()], "http://127.0.0.1:1/api/v1", "not a valid scenario"),
        (vec![], unreachable.as_str(), "cannot reach the server"),
        (vec![], "geen url", "is not a URL"),
    ] {
        let mut args = vec!["run", "--base-url", base];
        args.extend(common);
        args.push(&out);
        args.extend(extra);
        let (code, _, err) = tool(&args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
        no_panic(&err);
    }
    let (code, _, err) = tool(&["run", "--base-url", "http://x"]);
    assert_eq!(code, 2, "{err}");
    let (code, out, _) = tool(&["run", "--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("--nrc-bind") && out.contains("--ac-bind") && out.contains("--no-expected"), "{out}");
    let (code, out, _) = tool(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("EMPTY registry"), "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A server with the habits of the reference under uWSGI that matter to `run`: one answer per connection, closed
/// without `Connection: close` (a second request on it is counted and reset); GET 200, any other method 500.
/// Returns its base URL and the count of requests that came on a connection already answered.
fn closing_server() -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use std::io::{Read, Write};
    use std::sync::atomic::Ordering;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}/api/v1", listener.local_addr().unwrap());
    let reused = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = reused.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let counter = counter.clone();
            std::thread::spawn(move || {
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                let head_end = loop {
                    if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                        break i;
                    }
                    match stream.read(&mut chunk) {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buf.extend_from_slice(&chunk[..n]),
                    }
                };
                let head = String::from_utf8_lossy(&buf[..head_end]).to_ascii_lowercase();
                let length: usize = head
                    .lines()
                    .find_map(|l| l.strip_prefix("content-length:"))
                    .and_then(|v| v.trim().parse().ok())
                    .unwrap_or(0);
                while buf.len() < head_end + 4 + length {
                    match stream.read(&mut chunk) {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buf.extend_from_slice(&chunk[..n]),
                    }
                }
                let (status, body) = if head.starts_with("get ") {
                    ("200 OK", r#"{"count":0}"#)
                } else {
                    ("500 Internal Server Error", r#"{"code":"error"}"#)
                };
                let answer = format!(
                    "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                    body.len()
                );
                if stream.write_all(answer.as_bytes()).is_err() {
                    return;
                }
                stream.set_read_timeout(Some(std::time::Duration::from_millis(150))).unwrap();
                if matches!(stream.read(&mut chunk), Ok(n) if n > 0) {
                    counter.fetch_add(1, Ordering::SeqCst);
                }
            });
        }
    });
    (base, reused)
}

#[test]
fn run_says_plainly_what_went_wrong_and_exits_1() {
    let dir = std::env::temp_dir().join(format!("klanten-conformance-problems-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (base, reused) = closing_server();
    let out = dir.join("out.jsonl").display().to_string();
    let reads = write(
        &dir,
        "reads.json",
        r#"{"steps": [{"id": "list", "method": "GET", "path": "/klanten", "repeat": 5},
                      {"id": "other", "method": "GET", "path": "/klanten", "query": {"page": "2"}}]}"#,
    );
    let run = |scenario: &str, extra: &[&str]| {
        let mut args = vec!["run", "--base-url", &base, "--client-id", "c", "--secret", "s", "--out", &out];
        args.extend(["--scenario", scenario]);
        args.extend(extra);
        tool(&args)
    };
    // a server that closes every connection: every request answered, none sent on a closed connection
    let (code, _, err) = run(&reads, &[]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("6 exchanges: 0 without an answer, 0 not sent, 0 answered 5xx; 0 of 0 expected"), "{err}");
    assert_eq!(err.lines().last(), Some("no problems"), "{err}");
    assert_eq!(reused.load(std::sync::atomic::Ordering::SeqCst), 0);

    let writes = write(
        &dir,
        "writes.json",
        r#"{"steps": [{"id": "create", "method": "POST", "path": "/klanten", "body": {}, "notifications": 1,
                       "capture": {"k.url": "body/url"}},
                      {"id": "read", "method": "GET", "path": "{{k.url}}"}]}"#,
    );
    let (code, _, err) = run(&writes, &["--no-expected"]);
    assert_eq!(code, 1, "{err}");
    no_panic(&err);
    assert!(err.contains("2 exchanges: 0 without an answer, 1 not sent, 1 answered 5xx; 0 of 1 expected"), "{err}");
    assert!(err.contains("PROBLEM: create: answered 500\n"), "{err}");
    assert!(err.contains("PROBLEM: create: 0 of 1 expected notifications arrived\n"), "{err}");
    assert!(err.contains("PROBLEM: read: not sent (variable \"k.url\" was not captured)\n"), "{err}");
    assert!(err.lines().last().unwrap().starts_with("3 PROBLEMS the expected differences do not explain"), "{err}");

    // expected differences that name the step's 500 explain it, and the rest of that step and the next
    let expected = write(
        &dir,
        "expected.json",
        r#"{"expected": [
            {"step": "create", "part": "status", "values": ["500", "201"], "deviation": 3, "reason": "test"},
            {"step": "create", "deviation": 3, "reason": "test"},
            {"step": "read", "deviation": 3, "reason": "test"}]}"#,
    );
    let (code, _, err) = run(&writes, &["--expected", &expected]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("expected (deviation 3): create: answered 500 (test)\n"), "{err}");
    assert_eq!(err.lines().last(), Some("no problems but 3 the expected differences explain"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
