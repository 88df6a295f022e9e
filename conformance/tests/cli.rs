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
    assert!(out.contains("--nrc-bind"), "{out}");
    let (code, out, _) = tool(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("EMPTY registry"), "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}
