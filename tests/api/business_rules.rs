//! kla-001 under concurrency and kla-002 against a real HTTP mock (README, Deviations from the reference, items 2
//! and 9).
use std::collections::HashSet;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::helpers::*;

db_test!(sixteen_concurrent_creates_of_one_pair_give_one_201);
async fn sixteen_concurrent_creates_of_one_pair_give_one_201(backend: Backend) {
    let app = spawn_app(&backend).await;
    let body = klant("950428139", "777");
    let answers = futures::future::join_all((0..16).map(|_| app.post(&body))).await;
    let created = answers.iter().filter(|a| a.status == 201).count();
    assert_eq!(created, 1, "{backend:?}");
    for a in answers.iter().filter(|a| a.status != 201) {
        assert_eq!(a.status, 400, "{}", a.text);
        assert_eq!(a.params(), [("nonFieldErrors".into(), "unique".into())]);
    }
    assert_eq!(app.get("/api/v1/klanten").await.json()["count"], 1);
}

db_test!(sixteen_concurrent_creates_without_klantnummer_get_distinct_numbers);
async fn sixteen_concurrent_creates_without_klantnummer_get_distinct_numbers(backend: Backend) {
    let app = spawn_app(&backend).await;
    let mut body = klant("950428139", "");
    body.as_object_mut().unwrap().remove("klantnummer");
    let answers = futures::future::join_all((0..16).map(|_| app.post(&body))).await;
    let numbers: HashSet<String> = answers
        .iter()
        .map(|a| {
            assert_eq!(a.status, 201, "{}", a.text);
            a.json()["klantnummer"].as_str().unwrap().to_string()
        })
        .collect();
    assert_eq!(numbers.len(), 16, "{backend:?}");
    let expected: HashSet<String> = (1..=16).map(|i| i.to_string()).collect();
    assert_eq!(numbers, expected);
}

fn with_subject(subject: &str) -> Value {
    json!({"bronorganisatie": "950428139", "klantnummer": "1", "websiteUrl": "http://x.nl", "subject": subject})
}

#[tokio::test]
async fn subject_must_answer_200() {
    let mock = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/ok"))
        .respond_with(ResponseTemplate::new(200).set_body_string("<html>"))
        .mount(&mock)
        .await;
    Mock::given(method("GET")).and(path("/404")).respond_with(ResponseTemplate::new(404)).mount(&mock).await;
    Mock::given(method("GET")).and(path("/500")).respond_with(ResponseTemplate::new(500)).mount(&mock).await;
    Mock::given(method("GET")).and(path("/204")).respond_with(ResponseTemplate::new(204)).mount(&mock).await;
    Mock::given(method("GET"))
        .and(path("/redirect-ok"))
        .respond_with(ResponseTemplate::new(301).insert_header("Location", format!("{}/ok", mock.uri())))
        .mount(&mock)
        .await;
    Mock::given(method("GET"))
        .and(path("/redirect-404"))
        .respond_with(ResponseTemplate::new(302).insert_header("Location", "/404"))
        .mount(&mock)
        .await;
    Mock::given(method("GET"))
        .and(path("/loop"))
        .respond_with(ResponseTemplate::new(302).insert_header("Location", "/loop"))
        .mount(&mock)
        .await;
    let backend = Backend::Sqlite;
    let app = spawn_app(&backend).await;
    let base = mock.uri();

    let a = app.post(&with_subject(&format!("{base}/ok"))).await;
    assert_eq!(a.status, 201, "{}", a.text);
    assert_eq!(app.post(&json!({"bronorganisatie": "950428139", "klantnummer": "2", "websiteUrl": "http://x.nl", "subject": format!("{base}/redirect-ok")})).await.status, 201);

    for (p, status) in [("/404", 404), ("/500", 500), ("/204", 204), ("/redirect-404", 404)] {
        let url = format!("{base}{p}");
        let a = app.post(&with_subject(&url)).await;
        assert_eq!(a.status, 400, "{p}");
        assert_eq!(
            a.json()["invalidParams"],
            json!([{"name": "subject", "code": "bad-url", "reason": format!("De URL {url} gaf als antwoord HTTP {status}. Geef een geldige URL op.")}]),
            "{p}"
        );
    }
    let a = app.post(&with_subject(&format!("{base}/loop"))).await;
    assert_eq!(a.params(), [("subject".into(), "bad-url".into())]);

    // refused connection: the reason has the reference's prefix and no internal error text
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let url = format!("http://127.0.0.1:{closed}/x");
    let a = app.post(&with_subject(&url)).await;
    assert_eq!(a.params(), [("subject".into(), "bad-url".into())]);
    let reason = a.json()["invalidParams"][0]["reason"].as_str().unwrap().to_string();
    assert!(reason.starts_with(&format!("De URL {url} kon niet opgehaald worden. Foutmelding: ")), "{reason}");
    assert!(!reason.contains("os error") && !reason.contains("tcp"), "{reason}");

    // a malformed subject: the fetch fails first, then the format check (two entries, as the reference)
    let a = app.post(&with_subject("notaurl")).await;
    assert_eq!(a.params(), [("subject".into(), "bad-url".into()), ("subject".into(), "invalid".into())]);

    // link-local / metadata addresses are never fetched
    let a = app.post(&with_subject("http://169.254.169.254/latest/meta-data")).await;
    assert_eq!(a.params(), [("subject".into(), "bad-url".into())]);

    // also on PUT and PATCH, whenever subject is non-blank
    let (p, _) = app.create(&klant("950428139", "9")).await;
    let a = app.patch(&p, &json!({"subject": format!("{base}/404")})).await;
    assert_eq!(a.params(), [("subject".into(), "bad-url".into())]);
    assert_eq!(app.patch(&p, &json!({"subject": format!("{base}/ok")})).await.status, 200);
}

#[tokio::test]
async fn a_subject_that_never_answers_is_bounded_by_the_timeout() {
    let mock = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(30)))
        .mount(&mock)
        .await;
    let backend = Backend::Sqlite;
    let app = spawn_app_with(&backend, |c| c.subject_timeout_ms = 500).await;
    let started = Instant::now();
    let slow_body = with_subject(&format!("{}/slow", mock.uri()));
    let slow = app.post(&slow_body);
    // a slow subject does not hold up other requests
    let other = async {
        tokio::time::sleep(Duration::from_millis(50)).await;
        let t = Instant::now();
        let a = app.get("/api/v1/klanten").await;
        (a.status, t.elapsed())
    };
    let (a, (other_status, other_took)) = tokio::join!(slow, other);
    assert_eq!(a.params(), [("subject".into(), "bad-url".into())]);
    assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
    assert_eq!(other_status, 200);
    assert!(other_took < Duration::from_millis(400), "{other_took:?}");
}

#[tokio::test]
async fn subject_host_allow_list() {
    let mock = MockServer::start().await;
    Mock::given(method("GET")).respond_with(ResponseTemplate::new(200)).mount(&mock).await;
    let backend = Backend::Sqlite;
    let app = spawn_app_with(&backend, |c| c.subject_allowed_hosts = Some(vec!["localhost".into()])).await;
    let port = mock.address().port();
    assert_eq!(app.post(&with_subject(&format!("http://localhost:{port}/x"))).await.status, 201);
    let a = app.post(&json!({"bronorganisatie": "950428139", "klantnummer": "2", "websiteUrl": "http://x.nl", "subject": format!("http://127.0.0.1:{port}/x")})).await;
    assert_eq!(a.params(), [("subject".into(), "bad-url".into())]);
}

/// Without `--subject-allow-loopback` (the default) a subject on this machine is refused before any connection, in
/// every spelling, even when it would answer 200; so are the metadata address's IPv6 forms.
#[tokio::test]
async fn loopback_and_metadata_subjects_are_refused_by_default() {
    let mock = MockServer::start().await;
    Mock::given(method("GET")).respond_with(ResponseTemplate::new(200)).expect(0).mount(&mock).await;
    let app = spawn_app_with(&Backend::Sqlite, |c| c.subject_allow_loopback = false).await;
    let port = mock.address().port();
    for (i, host) in ["127.0.0.1", "localhost", "[::1]", "[::ffff:127.0.0.1]", "[::a9fe:a9fe]", "[64:ff9b::a9fe:a9fe]"]
        .into_iter()
        .enumerate()
    {
        let url = format!("http://{host}:{port}/x");
        let a = app
            .post(&json!({"bronorganisatie": "950428139", "klantnummer": format!("{}", i + 10), "websiteUrl": "http://x.nl", "subject": url}))
            .await;
        assert_eq!(a.status, 400, "{url}: {}", a.text);
        assert_eq!(a.params(), [("subject".into(), "bad-url".into())], "{url}");
        let reason = a.json()["invalidParams"][0]["reason"].as_str().unwrap().to_string();
        assert!(reason.ends_with("deze host mag niet worden opgevraagd."), "{url}: {reason}");
    }
}

db_test!(sustained_concurrent_generation_never_gives_up);
async fn sustained_concurrent_generation_never_gives_up(backend: Backend) {
    let app = spawn_app(&backend).await;
    let mut body = klant("950428139", "");
    body.as_object_mut().unwrap().remove("klantnummer");
    let worker = |_| async {
        let mut numbers = Vec::new();
        for _ in 0..25 {
            let a = app.post(&body).await;
            assert_eq!(a.status, 201, "{}", a.text);
            numbers.push(a.json()["klantnummer"].as_str().unwrap().to_string());
        }
        numbers
    };
    let all: Vec<String> = futures::future::join_all((0..16).map(worker)).await.into_iter().flatten().collect();
    let distinct: HashSet<&String> = all.iter().collect();
    assert_eq!(distinct.len(), 400, "{backend:?}");
}

db_test!(generated_numbers_follow_changes_and_deletes);
/// A generated klantnummer is the bronorganisatie's highest numeric one plus one, whatever the writes before it did
/// to that highest (the SQLite writer remembers it between groups: a change or delete that lowers it must be seen).
async fn generated_numbers_follow_changes_and_deletes(backend: Backend) {
    let app = &spawn_app(&backend).await;
    let mut generated = klant("950428139", "");
    generated.as_object_mut().unwrap().remove("klantnummer");
    let next = || async { app.create(&generated).await };
    let number = |k: &Value| k["klantnummer"].as_str().unwrap().to_string();
    for expected in ["1", "2", "3"] {
        assert_eq!(number(&next().await.1), expected, "{backend:?}");
    }
    let (third, _) = next().await; // 4
    let raised = app.patch(&third, &json!({"klantnummer": "10"})).await;
    assert_eq!(raised.status, 200, "{}", raised.text);
    assert_eq!(number(&next().await.1), "11", "a changed klantnummer raises the highest; {backend:?}");
    let path_of = |n: &'static str| async move {
        let list = app.get(&format!("/api/v1/klanten?klantnummer={n}")).await.json();
        list["results"][0]["url"].as_str().unwrap().trim_start_matches(&app.address).to_string()
    };
    let eleven = path_of("11").await;
    let lowered = app.patch(&eleven, &json!({"klantnummer": "5"})).await;
    assert_eq!(lowered.status, 200, "{}", lowered.text);
    assert_eq!(number(&next().await.1), "11", "10 is now the highest; {backend:?}");
    assert_eq!(app.delete(&path_of("11").await).await.status, 204);
    assert_eq!(app.delete(&third).await.status, 204); // klantnummer 10
    assert_eq!(number(&next().await.1), "6", "after the deletes 5 is the highest; {backend:?}");
    assert_eq!(app.create(&klant("950428139", "20")).await.1["klantnummer"], "20");
    assert_eq!(number(&next().await.1), "21", "a client's klantnummer raises the highest; {backend:?}");
    let mut other = klant("123456782", "");
    other.as_object_mut().unwrap().remove("klantnummer");
    let other = app.create(&other).await.1;
    assert_eq!(number(&other), "1", "each bronorganisatie has its own numbers; {backend:?}");
}

fn subject_reason(a: &Answer) -> String {
    assert_eq!(a.params(), [("subject".into(), "bad-url".into())], "{}", a.text);
    a.json()["invalidParams"][0]["reason"].as_str().unwrap().to_string()
}

/// By default a subject on a private or unique-local network is refused before any connection, also when a public
/// name or a redirect leads there; `--subject-allow-private-networks` lets it be fetched, and then an unreachable
/// host is one answer whether its port is closed or filtered (no port scan of the server's network).
#[tokio::test]
async fn private_network_subjects_are_refused_unless_allowed() {
    let mock = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/to-private"))
        .respond_with(ResponseTemplate::new(302).insert_header("Location", "http://10.255.255.1:8080/x"))
        .mount(&mock)
        .await;
    Mock::given(method("GET"))
        .and(path("/to-ula"))
        .respond_with(ResponseTemplate::new(302).insert_header("Location", "http://[fd00::1]:8080/x"))
        .mount(&mock)
        .await;
    let app = spawn_app(&Backend::Sqlite).await;
    let refused = "deze host mag niet worden opgevraagd.";
    let subjects = [
        "http://10.255.255.1:8080/x".to_string(),
        "http://192.168.255.1:8080/x".to_string(),
        "http://172.16.0.1:8080/x".to_string(),
        "http://100.64.0.1:8080/x".to_string(),
        "http://[fd00::1]:8080/x".to_string(),
        "http://[::ffff:10.0.0.1]:8080/x".to_string(),
        format!("{}/to-private", mock.uri()),
        format!("{}/to-ula", mock.uri()),
    ];
    for (i, subject) in subjects.iter().enumerate() {
        let started = Instant::now();
        let a = app.post(&json!({"bronorganisatie": "950428139", "klantnummer": format!("p{i}"), "websiteUrl": "http://x.nl", "subject": subject})).await;
        assert!(subject_reason(&a).ends_with(refused), "{subject}: {}", a.text);
        assert!(started.elapsed() < Duration::from_millis(900), "{subject}: {:?}", started.elapsed());
    }

    // allowed: fetched (whatever the network then answers, it is no refusal)
    let app = spawn_app_with(&Backend::Sqlite, |c| {
        c.subject_allow_private_networks = true;
        c.subject_connect_timeout_ms = 300;
        c.subject_timeout_ms = 600;
    })
    .await;
    let a = app.post(&json!({"bronorganisatie": "950428139", "klantnummer": "q0", "websiteUrl": "http://x.nl", "subject": "http://10.255.255.1:8080/x"})).await;
    let reason = subject_reason(&a);
    assert!(!reason.ends_with(refused), "{reason}");

    // a closed port and one that accepts but never answers give the same reason
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let silent_port = silent.local_addr().unwrap().port();
    let mut reasons = Vec::new();
    for (i, port) in [closed, silent_port].into_iter().enumerate() {
        let subject = format!("http://127.0.0.1:{port}/x");
        let a = app.post(&json!({"bronorganisatie": "950428139", "klantnummer": format!("r{i}"), "websiteUrl": "http://x.nl", "subject": subject})).await;
        let reason = subject_reason(&a);
        reasons.push(reason.split("Foutmelding: ").nth(1).unwrap_or(&reason).to_string());
    }
    assert_eq!(reasons[0], reasons[1], "closed and silent look the same");
    assert_eq!(reasons[0], "de server kon niet (op tijd) bereikt worden.");
    drop(silent);
}

/// A host on `--subject-allowed-hosts` may be on this machine or a private network: the operator named it.
#[tokio::test]
async fn an_allow_listed_host_may_be_loopback() {
    let mock = MockServer::start().await;
    Mock::given(method("GET")).respond_with(ResponseTemplate::new(200)).mount(&mock).await;
    let app = spawn_app_with(&Backend::Sqlite, |c| {
        c.subject_allow_loopback = false;
        c.subject_allowed_hosts = Some(vec!["127.0.0.1".into()]);
    })
    .await;
    let a = app.post(&with_subject(&format!("{}/x", mock.uri()))).await;
    assert_eq!(a.status, 201, "{}", a.text);
}
