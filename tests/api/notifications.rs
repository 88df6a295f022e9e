//! Notifications through the outbox (README, Notifications; Deviations from the reference, item 13) against a
//! wiremock Notificaties API: exact bodies and order, the NRC down, failing, hanging, a restart with undelivered
//! rows, two instances on one PostgreSQL database, the kanaal registration and `klanten outbox list|replay`.
use std::collections::HashMap;
use std::time::{Duration, Instant};

use base64::Engine;
use hmac::{Hmac, Mac};
use klanten::store::entity::outbox;
use klanten::Config;
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, DbBackend, EntityTrait, QueryOrder, Statement};
use serde_json::{json, Value};
use sha2::Sha256;
use wiremock::matchers::{method, path, path_regex, query_param};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

use crate::helpers::*;

const NRC_CLIENT: &str = "klanten-server";
const NRC_SECRET: &str = "nrc-geheim";
const NOTIFICATIES: &str = "/api/v1/notificaties";

/// Points `config` at the NRC on `base` with this server's credentials and test-sized retries.
fn nrc(config: &mut Config, base: &str) {
    config.notificaties_api = Some(format!("{base}/api/v1"));
    config.notificaties_client_id = Some(NRC_CLIENT.into());
    config.notificaties_secret = Some(NRC_SECRET.into());
    config.notificaties_retry_base_ms = 50;
    config.notificaties_retry_cap_ms = 400;
    config.notificaties_timeout_ms = 1000;
    config.notificaties_poll_interval_ms = 100;
}

/// A free port that nothing listens on (yet).
fn reserve_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// The NRC answers the first `times` notifications with `status` and `body` (before `accept_notifications`).
async fn fail_first(server: &MockServer, times: u64, status: u16, body: &str) {
    Mock::given(method("POST"))
        .and(path(NOTIFICATIES))
        .respond_with(ResponseTemplate::new(status).set_body_string(body))
        .up_to_n_times(times)
        .with_priority(1)
        .mount(server)
        .await;
}

async fn accept_notifications(server: &MockServer) {
    Mock::given(method("POST"))
        .and(path(NOTIFICATIES))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({})))
        .mount(server)
        .await;
}

async fn nrc_accepting() -> MockServer {
    let server = MockServer::start().await;
    accept_notifications(&server).await;
    server
}

/// The notifications the NRC received so far, in arrival order (failed attempts included).
async fn received(server: &MockServer) -> Vec<Request> {
    let all = server.received_requests().await.unwrap_or_default();
    all.into_iter().filter(|r| r.method.as_str() == "POST" && r.url.path() == NOTIFICATIES).collect()
}

/// Waits at most `within` until the NRC has received `n` notifications; returns all it received.
async fn wait_for(server: &MockServer, n: usize, within: Duration) -> Vec<Request> {
    let deadline = Instant::now() + within;
    loop {
        let got = received(server).await;
        if got.len() >= n {
            return got;
        }
        assert!(
            Instant::now() < deadline,
            "{} of {n} notifications within {within:?}: {:?}",
            got.len(),
            got.iter().map(text).collect::<Vec<_>>()
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

fn text(r: &Request) -> String {
    String::from_utf8(r.body.clone()).expect("UTF-8 body")
}

fn body(r: &Request) -> Value {
    serde_json::from_slice(&r.body).expect("JSON body")
}

fn uuid_of(url: &str) -> String {
    url.rsplit('/').next().unwrap().to_string()
}

/// (actie, klant uuid) of each notification, with repeated attempts of one row (identical bodies in a row)
/// counted once.
fn sequence(requests: &[Request]) -> Vec<(String, String)> {
    let mut bodies: Vec<String> = requests.iter().map(text).collect();
    bodies.dedup();
    bodies
        .iter()
        .map(|b| {
            let v: Value = serde_json::from_str(b).unwrap();
            (v["actie"].as_str().unwrap().to_string(), uuid_of(v["resourceUrl"].as_str().unwrap()))
        })
        .collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected.iter().map(|(a, u)| (a.to_string(), uuid_of(u))).collect()
}

async fn connect(database_url: &str) -> DatabaseConnection {
    Database::connect(database_url).await.expect("connect to the test database")
}

async fn rows(db: &DatabaseConnection) -> Vec<outbox::Model> {
    outbox::Entity::find().order_by_asc(outbox::Column::Id).all(db).await.unwrap()
}

/// Waits at most `within` until the outbox satisfies `done`.
async fn wait_rows(
    db: &DatabaseConnection,
    within: Duration,
    done: impl Fn(&[outbox::Model]) -> bool,
) -> Vec<outbox::Model> {
    let deadline = Instant::now() + within;
    loop {
        let r = rows(db).await;
        if done(&r) {
            return r;
        }
        assert!(Instant::now() < deadline, "outbox not as expected within {within:?}: {r:#?}");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// The request's bearer token is the one the reference sends (README, Notifications), signed with this server's NRC
/// secret.
fn assert_nrc_token(r: &Request) {
    let auth = r.headers.get("authorization").expect("Authorization header").to_str().unwrap();
    let token = auth.strip_prefix("Bearer ").expect("a bearer token");
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let parts: Vec<&str> = token.split('.').collect();
    assert_eq!(parts.len(), 3, "{token}");
    assert_eq!(
        String::from_utf8(b64.decode(parts[0]).unwrap()).unwrap(),
        format!(r#"{{"typ":"JWT","alg":"HS256","client_identifier":"{NRC_CLIENT}"}}"#)
    );
    let claims: Value = serde_json::from_slice(&b64.decode(parts[1]).unwrap()).unwrap();
    let keys: Vec<&str> = claims.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["iss", "iat", "client_id", "user_id", "user_representation"]);
    assert_eq!(claims["iss"], NRC_CLIENT);
    assert_eq!(claims["client_id"], NRC_CLIENT);
    assert_eq!(claims["user_id"], "");
    assert_eq!(claims["user_representation"], "");
    let iat = claims["iat"].as_i64().expect("numeric iat");
    assert!((iat - chrono::Utc::now().timestamp()).abs() < 120, "iat {iat}");
    let mut mac = Hmac::<Sha256>::new_from_slice(NRC_SECRET.as_bytes()).unwrap();
    mac.update(format!("{}.{}", parts[0], parts[1]).as_bytes());
    mac.verify_slice(&b64.decode(parts[2]).unwrap()).expect("signed with the NRC secret");
}

db_test!(create_put_patch_delete_send_the_exact_notifications_in_order);
async fn create_put_patch_delete_send_the_exact_notifications_in_order(backend: Backend) {
    let iso = regex::Regex::new(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$").unwrap();
    let server = nrc_accepting().await;
    let app = spawn_app_with(&backend, |c| nrc(c, &server.uri())).await;
    let (path, created) = app.create(&klant("950428139", "1")).await;
    let url = created["url"].as_str().unwrap().to_string();
    let mut replacement = klant("950428139", "1");
    replacement["voornaam"] = json!("Jan");
    assert_eq!(app.put(&path, &replacement).await.status, 200);
    assert_eq!(app.patch(&path, &json!({"achternaam": "Jansen"})).await.status, 200);
    assert_eq!(app.delete(&path).await.status, 204);

    let got = wait_for(&server, 4, Duration::from_secs(10)).await;
    let mut previous = String::new();
    let mut bodies = Vec::new();
    for r in &got[..4] {
        assert_eq!(r.headers.get("content-type").unwrap(), "application/json");
        assert_eq!(r.headers.get("accept").unwrap(), "application/json");
        assert_nrc_token(r);
        let b = body(r);
        let keys: Vec<&str> = b.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys, ["kanaal", "hoofdObject", "resource", "resourceUrl", "actie", "aanmaakdatum", "kenmerken"]);
        let aanmaakdatum = b["aanmaakdatum"].as_str().unwrap().to_string();
        assert!(iso.is_match(&aanmaakdatum), "{aanmaakdatum}");
        assert!(aanmaakdatum >= previous, "{aanmaakdatum} before {previous}");
        assert_eq!(b["hoofdObject"], url.as_str(), "{backend:?}");
        assert_eq!(b["resourceUrl"], url.as_str(), "{backend:?}");
        // byte for byte: key order, no whitespace (the snapshot below holds the values)
        assert_eq!(text(r), b.to_string(), "{backend:?}");
        previous = aanmaakdatum;
        bodies.push(b);
    }
    insta::assert_json_snapshot!("notifications_of_create_put_patch_delete", bodies, {
        "[].hoofdObject" => "[url]",
        "[].resourceUrl" => "[url]",
        "[].aanmaakdatum" => "[timestamp]",
    });
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(received(&server).await.len(), 4, "{backend:?}: nothing sent twice");
    let db = connect(&app.database_url).await;
    let r = wait_rows(&db, Duration::from_secs(5), |r| r.iter().all(|r| r.status == "delivered")).await;
    assert_eq!(r.len(), 4);
    assert!(r.iter().all(|r| r.attempts == 1 && r.delivered_at.is_some() && r.locked_by.is_none()), "{r:#?}");
}

db_test!(without_a_notificaties_api_no_outbox_rows_are_written);
async fn without_a_notificaties_api_no_outbox_rows_are_written(backend: Backend) {
    let app = spawn_app(&backend).await;
    let (path, _) = app.create(&klant("950428139", "1")).await;
    assert_eq!(app.patch(&path, &json!({"voornaam": "Jan"})).await.status, 200);
    assert_eq!(app.delete(&path).await.status, 204);
    assert!(rows(&connect(&app.database_url).await).await.is_empty(), "{backend:?}");
}

db_test!(a_notificaties_api_without_credentials_or_with_a_bad_url_is_a_start_up_error);
async fn a_notificaties_api_without_credentials_or_with_a_bad_url_is_a_start_up_error(backend: Backend) {
    let site = site(&backend).await;
    type Tweak = fn(&mut Config);
    let cases: [(Tweak, &str); 3] = [
        (|c| c.notificaties_client_id = None, "--notificaties-client-id"),
        (|c| c.notificaties_secret = None, "--notificaties-secret"),
        (|c| c.notificaties_api = Some("nrc.local/api/v1".into()), "--notificaties-api"),
    ];
    for (tweak, expected) in cases {
        let mut config = test_config(site.database_url.clone(), site.clients_file.clone());
        nrc(&mut config, "http://127.0.0.1:9");
        tweak(&mut config);
        match klanten::App::build(config).await {
            Ok(_) => panic!("{backend:?}: started without {expected}"),
            Err(e) => assert!(e.to_string().contains(expected), "{e}"),
        }
    }
}

db_test!(a_rolled_back_write_sends_nothing);
async fn a_rolled_back_write_sends_nothing(backend: Backend) {
    let server = nrc_accepting().await;
    let app = spawn_app_with(&backend, |c| nrc(c, &server.uri())).await;
    app.create(&klant("950428139", "7")).await;
    let clash = app.post(&klant("950428139", "7")).await;
    assert_eq!(clash.status, 400, "{}", clash.text);
    wait_for(&server, 1, Duration::from_secs(10)).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(received(&server).await.len(), 1, "{backend:?}");
    assert_eq!(rows(&connect(&app.database_url).await).await.len(), 1, "{backend:?}");
}

db_test!(writes_succeed_while_the_nrc_is_down_and_their_notifications_arrive_when_it_is_back);
async fn writes_succeed_while_the_nrc_is_down_and_their_notifications_arrive_when_it_is_back(backend: Backend) {
    let port = reserve_port();
    let app = spawn_app_with(&backend, |c| {
        nrc(c, &format!("http://127.0.0.1:{port}"));
        c.notificaties_max_attempts = 1000;
    })
    .await;
    let started = Instant::now();
    let (a, ka) = app.create(&klant("950428139", "1")).await;
    let (b, kb) = app.create(&klant("950428139", "2")).await;
    assert_eq!(app.patch(&a, &json!({"voornaam": "Jan"})).await.status, 200);
    assert_eq!(app.delete(&b).await.status, 204);
    assert!(started.elapsed() < Duration::from_secs(3), "writes waited: {:?}", started.elapsed());

    let db = connect(&app.database_url).await;
    let r = wait_rows(&db, Duration::from_secs(10), |r| r.len() == 4 && r[0].attempts >= 2).await;
    assert!(r.iter().all(|r| r.status == "pending"), "{r:#?}");
    assert!(r[0].last_error.starts_with("connection failed"), "{}", r[0].last_error);
    // a failing head holds back the rows after it
    assert!(r[1..].iter().all(|r| r.attempts == 0), "{r:#?}");

    let server =
        MockServer::builder().listener(std::net::TcpListener::bind(("127.0.0.1", port)).unwrap()).start().await;
    accept_notifications(&server).await;
    wait_rows(&db, Duration::from_secs(10), |r| r.iter().all(|r| r.status == "delivered")).await;
    let (ua, ub) = (ka["url"].as_str().unwrap(), kb["url"].as_str().unwrap());
    assert_eq!(
        sequence(&received(&server).await),
        pairs(&[("create", ua), ("create", ub), ("partial_update", ua), ("destroy", ub)]),
        "{backend:?}"
    );
}

db_test!(an_nrc_answering_500_is_retried_until_it_answers_201_and_holds_back_later_rows);
async fn an_nrc_answering_500_is_retried_until_it_answers_201_and_holds_back_later_rows(backend: Backend) {
    let server = MockServer::start().await;
    fail_first(&server, 2, 500, "stuk").await;
    accept_notifications(&server).await;
    let app = spawn_app_with(&backend, |c| nrc(c, &server.uri())).await;
    let (_, ka) = app.create(&klant("950428139", "1")).await;
    let (_, kb) = app.create(&klant("950428139", "2")).await;
    let got = wait_for(&server, 4, Duration::from_secs(10)).await;
    let (ua, ub) = (ka["url"].as_str().unwrap(), kb["url"].as_str().unwrap());
    let order: Vec<String> = got.iter().map(|r| uuid_of(body(r)["resourceUrl"].as_str().unwrap())).collect();
    assert_eq!(order, [ua, ua, ua, ub].map(uuid_of), "{backend:?}");
    assert_eq!(text(&got[0]), text(&got[2]), "a retry sends the stored body again");
    let db = connect(&app.database_url).await;
    let r = wait_rows(&db, Duration::from_secs(5), |r| r.iter().all(|r| r.status == "delivered")).await;
    assert_eq!((r[0].attempts, r[0].last_error.as_str()), (3, "HTTP 500: stuk"));
    assert_eq!((r[1].attempts, r[1].last_error.as_str()), (1, ""));
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(received(&server).await.len(), 4, "{backend:?}");
}

db_test!(a_hanging_nrc_is_cut_off_by_the_timeout_and_never_slows_writes);
async fn a_hanging_nrc_is_cut_off_by_the_timeout_and_never_slows_writes(backend: Backend) {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(NOTIFICATIES))
        .respond_with(ResponseTemplate::new(201).set_delay(Duration::from_secs(5)))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    accept_notifications(&server).await;
    // the test config's timeout is 1 s
    let app = spawn_app_with(&backend, |c| nrc(c, &server.uri())).await;
    let (a, ka) = app.create(&klant("950428139", "1")).await;
    wait_for(&server, 1, Duration::from_secs(10)).await;
    let hang_started = Instant::now();
    // the worker now waits on the NRC; writes do not
    for i in 0..3 {
        let started = Instant::now();
        assert_eq!(app.patch(&a, &json!({"voornaam": format!("Jan {i}")})).await.status, 200);
        assert!(started.elapsed() < Duration::from_millis(800), "write took {:?}", started.elapsed());
    }
    let db = connect(&app.database_url).await;
    let r =
        wait_rows(&db, Duration::from_secs(10), |r| r.len() == 4 && r.iter().all(|r| r.status == "delivered")).await;
    // the 5 s hang was cut off after 1 s
    assert!(hang_started.elapsed() < Duration::from_secs(4), "not bounded: {:?}", hang_started.elapsed());
    assert_eq!((r[0].attempts, r[0].last_error.as_str()), (2, "timeout after 1000 ms"));
    let ua = ka["url"].as_str().unwrap();
    assert_eq!(
        sequence(&received(&server).await),
        pairs(&[("create", ua), ("partial_update", ua), ("partial_update", ua), ("partial_update", ua)]),
        "{backend:?}"
    );
}

db_test!(rows_left_undelivered_by_a_stopped_server_are_delivered_after_a_restart);
async fn rows_left_undelivered_by_a_stopped_server_are_delivered_after_a_restart(backend: Backend) {
    let site = site(&backend).await;
    let port = reserve_port();
    let nrc_url = format!("http://127.0.0.1:{port}");
    let (first, task) = start_on(&site, |c| {
        nrc(c, &nrc_url);
        c.notificaties_timeout_ms = 500;
    })
    .await;
    let (a, ka) = first.create(&klant("950428139", "1")).await;
    let (_, kb) = first.create(&klant("950428139", "2")).await;
    assert_eq!(first.patch(&a, &json!({"voornaam": "Jan"})).await.status, 200);
    let db = connect(&site.database_url).await;
    wait_rows(&db, Duration::from_secs(10), |r| r.len() == 3 && r[0].attempts >= 1).await;
    task.abort();
    let _ = task.await;
    assert!(rows(&db).await.iter().all(|r| r.status == "pending"));

    let server =
        MockServer::builder().listener(std::net::TcpListener::bind(("127.0.0.1", port)).unwrap()).start().await;
    accept_notifications(&server).await;
    let (_second, task) = start_on(&site, |c| nrc(c, &nrc_url)).await;
    // a row the first server was sending when it stopped waits for its lease (timeout + 10 s) to expire
    wait_rows(&db, Duration::from_secs(20), |r| r.iter().all(|r| r.status == "delivered")).await;
    let (ua, ub) = (ka["url"].as_str().unwrap(), kb["url"].as_str().unwrap());
    assert_eq!(
        sequence(&received(&server).await),
        pairs(&[("create", ua), ("create", ub), ("partial_update", ua)]),
        "{backend:?}"
    );
    task.abort();
}

db_test!(postgres_only: two_instances_on_one_postgresql_database_deliver_each_notification_exactly_once);
async fn two_instances_on_one_postgresql_database_deliver_each_notification_exactly_once(backend: Backend) {
    // each instance has its own path to the one NRC, so the NRC sees who sent what
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path_regex(r"^/(one|two)/api/v1/notificaties$"))
        .respond_with(ResponseTemplate::new(201).set_delay(Duration::from_millis(20)))
        .mount(&server)
        .await;
    let notifications = || async {
        let all = server.received_requests().await.unwrap_or_default();
        all.into_iter().filter(|r| r.url.path().ends_with("/api/v1/notificaties")).collect::<Vec<_>>()
    };
    let site = site(&backend).await;
    // a long poll: an instance sends when its own writes wake it (or when it found the other one sending)
    let setup = |name: &'static str| {
        let uri = format!("{}/{name}", server.uri());
        move |c: &mut Config| {
            nrc(c, &uri);
            c.notificaties_poll_interval_ms = 60_000;
        }
    };
    let (one, t1) = start_on(&site, setup("one")).await;
    let (two, t2) = start_on(&site, setup("two")).await;
    let instance = |i: usize| if i.is_multiple_of(2) { &one } else { &two };

    // one write at a time (the next after the previous is delivered): the instance that wrote it sends it, once
    // both have finished their start-up round (an instance that found the lock taken tries again after 200 ms)
    let db = connect(&site.database_url).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    for i in 0..4 {
        instance(i).create(&klant("950428139", &(10 + i).to_string())).await;
        wait_rows(&db, Duration::from_secs(10), |r| r.len() == i + 1 && r[i].status == "delivered").await;
        // and the sender's round is over (its advisory lock released)
        let deadline = Instant::now() + Duration::from_secs(10);
        while outbox_lock_held(&db).await {
            assert!(Instant::now() < deadline, "the outbox lock is still held");
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        let got = notifications().await;
        assert_eq!(got.len(), i + 1);
        assert!(got[i].url.path().starts_with(["/one/", "/two/"][i % 2]), "{}: {}", i, got[i].url);
    }

    // bursts through both at once: the instances contend for the outbox
    let bodies: Vec<Value> = (0..20).map(|i| klant("950428139", &(100 + i).to_string())).collect();
    let created = futures::future::join_all(bodies.iter().enumerate().map(|(i, b)| instance(i).create(b))).await;
    let patch = json!({"voornaam": "Jan"});
    let patched =
        futures::future::join_all(created.iter().enumerate().map(|(i, (path, _))| instance(i + 1).patch(path, &patch)))
            .await;
    assert!(patched.iter().all(|a| a.status == 200));

    wait_rows(&db, Duration::from_secs(20), |r| r.len() == 44 && r.iter().all(|r| r.status == "delivered")).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let got = notifications().await;
    let mut counts: HashMap<(String, String), usize> = HashMap::new();
    let mut position: HashMap<(String, String), usize> = HashMap::new();
    for (i, r) in got.iter().enumerate() {
        let b = body(r);
        let key = (b["actie"].as_str().unwrap().to_string(), uuid_of(b["resourceUrl"].as_str().unwrap()));
        *counts.entry(key.clone()).or_default() += 1;
        position.insert(key, i);
    }
    assert_eq!(got.len(), 44, "{counts:?}");
    assert!(counts.values().all(|&n| n == 1), "{counts:?}");
    for (_, k) in &created {
        let uuid = uuid_of(k["url"].as_str().unwrap());
        assert!(position[&("create".into(), uuid.clone())] < position[&("partial_update".into(), uuid)]);
    }
    t1.abort();
    t2.abort();
}

db_test!(failed_rows_are_listed_and_replayed_with_klanten_outbox);
async fn failed_rows_are_listed_and_replayed_with_klanten_outbox(backend: Backend) {
    let server = MockServer::start().await;
    fail_first(&server, 2, 400, "kanaal onbekend").await;
    accept_notifications(&server).await;
    let app = spawn_app_with(&backend, |c| {
        nrc(c, &server.uri());
        c.notificaties_max_attempts = 2;
    })
    .await;
    let (_, k) = app.create(&klant("950428139", "1")).await;
    let url = k["url"].as_str().unwrap();
    let db = connect(&app.database_url).await;
    let r = wait_rows(&db, Duration::from_secs(10), |r| r.len() == 1 && r[0].status == "failed").await;
    let id = r[0].id.to_string();

    let (out, _) = cli(&app.database_url, &["outbox", "list", "--status", "failed"]).await;
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "id\tstatus\tattempts\tcreated_at\tactie\tresourceUrl\tlast_error");
    assert_eq!(lines.len(), 2, "{out}");
    let fields: Vec<&str> = lines[1].split('\t').collect();
    assert_eq!(
        [fields[0], fields[1], fields[2], fields[4], fields[5], fields[6]],
        [id.as_str(), "failed", "2", "create", url, "HTTP 400: kanaal onbekend"]
    );
    let (out, _) = cli(&app.database_url, &["outbox", "list", "--status", "delivered"]).await;
    assert_eq!(out.lines().count(), 1, "{out}");

    let (out, err) = cli(&app.database_url, &["outbox", "replay", "--id", "999"]).await;
    assert_eq!(out.trim(), "replayed 0 row(s): -");
    assert!(err.contains("999"), "{err}");
    // nothing is sent while the row is failed
    assert_eq!(received(&server).await.len(), 2);

    let (out, _) = cli(&app.database_url, &["outbox", "replay", "--all-failed"]).await;
    assert_eq!(out.trim(), format!("replayed 1 row(s): {id}"));
    let r = wait_rows(&db, Duration::from_secs(10), |r| r[0].status == "delivered").await;
    assert_eq!(r[0].attempts, 1, "attempts start again at 0");
    assert_eq!(received(&server).await.len(), 3, "{backend:?}");
}

db_test!(a_leased_row_is_not_taken_by_another_worker_until_its_lease_expires);
async fn a_leased_row_is_not_taken_by_another_worker_until_its_lease_expires(backend: Backend) {
    use klanten::notify::outbox::{claim, record, Outcome};
    let site = site(&backend).await;
    let store = klanten::store::Store::connect(&site.database_url).await.unwrap();
    let now = chrono::Utc::now().timestamp_micros();
    let row = outbox::ActiveModel::pending("{}".into(), now);
    let id = outbox::Entity::insert(row).exec(store.connection()).await.unwrap().last_insert_id;
    let second = 1_000_000;
    assert!(claim(&store, &[id], "a", now, now + 10 * second).await.unwrap());
    assert!(!claim(&store, &[id], "b", now + second, now + 11 * second).await.unwrap(), "{backend:?}");
    assert!(claim(&store, &[id], "a", now + second, now + 11 * second).await.unwrap(), "the holder renews");
    // expired: another worker may take it, and the old holder can no longer record an outcome
    assert!(claim(&store, &[id], "b", now + 12 * second, now + 22 * second).await.unwrap());
    let model = rows(store.connection()).await.remove(0);
    assert_eq!(model.locked_by.as_deref(), Some("b"));
    assert!(!record(&store, &model, "a", Outcome::Delivered).await.unwrap());
    assert!(record(&store, &model, "b", Outcome::Delivered).await.unwrap());
    let model = rows(store.connection()).await.remove(0);
    assert_eq!((model.status.as_str(), model.attempts, model.locked_by), ("delivered", 1, None));
    assert!(!claim(&store, &[id], "a", now + 30 * second, now + 40 * second).await.unwrap(), "delivered");
}

/// Whether an outbox sender holds its advisory lock in the current PostgreSQL database (a bigint key is held as
/// classid = high 32 bits, objid = low 32 bits, objsubid = 1).
async fn outbox_lock_held(db: &DatabaseConnection) -> bool {
    let key = klanten::notify::worker::ADVISORY_LOCK_KEY;
    let row = db
        .query_one(Statement::from_string(
            DbBackend::Postgres,
            format!(
                "SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND granted \
                 AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) \
                 AND classid::bigint = {} AND objid::bigint = {} AND objsubid = 1",
                key >> 32,
                key & 0xffff_ffff
            ),
        ))
        .await
        .unwrap()
        .unwrap();
    row.try_get::<i64>("", "n").unwrap() > 0
}

/// Runs the `klanten` binary on `database_url`; returns its stdout and stderr (and asserts it succeeded).
async fn cli(database_url: &str, args: &[&str]) -> (String, String) {
    let database_url = database_url.to_string();
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    tokio::task::spawn_blocking(move || {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_klanten"))
            .args(&args)
            .env("DATABASE_URL", &database_url)
            .env("KLANTEN_LOG", "warn")
            .output()
            .expect("run klanten");
        let (stdout, stderr) =
            (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned());
        assert!(out.status.success(), "klanten {args:?}: {stdout}{stderr}");
        (stdout, stderr)
    })
    .await
    .unwrap()
}

db_test!(the_kanaal_is_registered_at_start_up_when_the_nrc_does_not_have_it);
async fn the_kanaal_is_registered_at_start_up_when_the_nrc_does_not_have_it(backend: Backend) {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v1/kanaal"))
        .and(query_param("naam", "klanten"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([])))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/api/v1/kanaal"))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({})))
        .mount(&server)
        .await;
    let _app = spawn_app_with(&backend, |c| {
        nrc(c, &server.uri());
        c.notificaties_kanaal_registreren = true;
    })
    .await;
    let post = wait_request(&server, "POST", "/api/v1/kanaal").await;
    assert_nrc_token(&post);
    assert_eq!(
        text(&post),
        r#"{"naam":"klanten","documentatieLink":"https://github.com/VNG-Realisatie/klanten-api/blob/master/src/notificaties.md","filters":[]}"#
    );
    assert_eq!(post.headers.get("content-type").unwrap(), "application/json");
}

db_test!(an_existing_kanaal_is_left_alone_and_a_failing_registration_is_not_fatal);
async fn an_existing_kanaal_is_left_alone_and_a_failing_registration_is_not_fatal(backend: Backend) {
    // exists: looked up, not created
    let server = nrc_accepting().await;
    Mock::given(method("GET"))
        .and(path("/api/v1/kanaal"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([{"naam": "klanten", "filters": []}])))
        .mount(&server)
        .await;
    let _app = spawn_app_with(&backend, |c| {
        nrc(c, &server.uri());
        c.notificaties_kanaal_registreren = true;
    })
    .await;
    wait_request(&server, "GET", "/api/v1/kanaal").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let all = server.received_requests().await.unwrap();
    assert!(!all.iter().any(|r| r.method.as_str() == "POST" && r.url.path() == "/api/v1/kanaal"));

    // the NRC fails the look-up: the server runs and delivers all the same
    let server = nrc_accepting().await;
    Mock::given(method("GET"))
        .and(path("/api/v1/kanaal"))
        .respond_with(ResponseTemplate::new(500))
        .mount(&server)
        .await;
    let app = spawn_app_with(&backend, |c| {
        nrc(c, &server.uri());
        c.notificaties_kanaal_registreren = true;
    })
    .await;
    app.create(&klant("950428139", "1")).await;
    wait_for(&server, 1, Duration::from_secs(10)).await;
}

/// Waits at most 10 s for a request with this method and path.
async fn wait_request(server: &MockServer, method: &str, path: &str) -> Request {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let all = server.received_requests().await.unwrap_or_default();
        if let Some(r) = all.into_iter().find(|r| r.method.as_str() == method && r.url.path() == path) {
            return r;
        }
        assert!(Instant::now() < deadline, "no {method} {path} within 10 s");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}
