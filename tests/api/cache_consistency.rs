//! Two instances on one PostgreSQL database (README, Consistency under concurrent requests): a read through one
//! instance never answers a state older than one a write through the other acknowledged before the read began,
//! from its read cache or its cache of list pages, with `If-None-Match` (a 304 for an ETag that is no longer
//! current) or without; also while the connection that carries the other instance's invalidations stalls. With
//! `--read-cache-validation notify` a cached answer may miss only the writes of the last two heartbeat intervals.
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::helpers::*;

/// Rounds of the write-then-read tests.
const ROUNDS: usize = 300;

async fn get_if_none_match(app: &TestApp, path: &str, etag: &str) -> Answer {
    app.send(app.authed(reqwest::Method::GET, path).header("If-None-Match", etag)).await
}

/// A read of `path` through `b` after `functie` was acknowledged: what it answered that is older, if anything.
/// `etag_before` is the ETag of the version before that write: `If-None-Match` with it must answer 200 with the
/// new body, never 304.
async fn stale_reads(b: &TestApp, path: &str, functie: &str, etag_before: &str) -> (Vec<String>, String) {
    let mut stale = Vec::new();
    let conditional = get_if_none_match(b, path, etag_before).await;
    if conditional.status == 304 {
        stale.push("304 for the ETag of the version before".to_string());
    } else {
        assert_eq!(conditional.status, 200, "{}", conditional.text);
        if conditional.json()["functie"] != json!(functie) {
            stale.push(format!("conditional GET answered functie {}", conditional.json()["functie"]));
        }
    }
    let plain = b.get(path).await;
    assert_eq!(plain.status, 200, "{}", plain.text);
    if plain.json()["functie"] != json!(functie) {
        stale.push(format!("GET answered functie {}", plain.json()["functie"]));
    }
    let etag = plain.header("etag").expect("an ETag").to_string();
    if etag == etag_before {
        stale.push("GET answered the ETag of the version before".to_string());
    }
    (stale, etag)
}

/// The `functie` of `path`'s klant on the unfiltered list page 1 as `app` answers it.
async fn functie_on_list(app: &TestApp, path: &str) -> Value {
    let list = app.get("/api/v1/klanten").await;
    assert_eq!(list.status, 200, "{}", list.text);
    let url = app.url(path);
    let json = list.json();
    let found = json["results"].as_array().unwrap().iter().find(|k| k["url"] == json!(url)).cloned();
    found.expect("the klant is on page 1")["functie"].clone()
}

/// PATCHes `path` through `a` and returns the new `functie`.
async fn patch_functie(a: &TestApp, path: &str, round: usize) -> String {
    let functie = format!("f{round}");
    let p = a.patch(path, &json!({"functie": functie})).await;
    assert_eq!(p.status, 200, "round {round}: {}", p.text);
    functie
}

db_test!(postgres_only: reads_through_another_instance_never_answer_a_state_older_than_an_acknowledged_write);
/// The default mode (`exact`): every GET and conditional GET through B after a PATCH acknowledged by A answers
/// that PATCH's version, round after round, although B holds the klant in its read cache throughout.
async fn reads_through_another_instance_never_answer_a_state_older_than_an_acknowledged_write(backend: Backend) {
    let site = site(&backend).await;
    let (a, _ta) = start_on(&site, |_| {}).await;
    let (b, _tb) = start_on(&site, |_| {}).await;
    let (path, _) = a.create(&klant("950428139", "1")).await;
    let mut etag = b.get(&path).await.header("etag").unwrap().to_string();
    let mut stale = Vec::new();
    for round in 0..ROUNDS {
        let functie = patch_functie(&a, &path, round).await;
        let (found, now) = stale_reads(&b, &path, &functie, &etag).await;
        stale.extend(found.into_iter().map(|s| format!("round {round}: {s}")));
        etag = now;
    }
    assert!(stale.is_empty(), "{} stale answers in {ROUNDS} rounds: {stale:?}", stale.len());
}

db_test!(postgres_only: list_pages_through_another_instance_never_answer_a_state_older_than_an_acknowledged_write);
/// The same for a list page that B answered (and cached) just before A's write.
async fn list_pages_through_another_instance_never_answer_a_state_older_than_an_acknowledged_write(backend: Backend) {
    let site = site(&backend).await;
    let (a, _ta) = start_on(&site, |_| {}).await;
    let (b, _tb) = start_on(&site, |_| {}).await;
    let (path, _) = a.create(&klant("950428139", "1")).await;
    let mut stale = Vec::new();
    for round in 0..ROUNDS {
        // twice: the second is answered from B's cache of list pages, which the write must not leave standing
        functie_on_list(&b, &path).await;
        functie_on_list(&b, &path).await;
        let functie = patch_functie(&a, &path, round).await;
        let seen = functie_on_list(&b, &path).await;
        if seen != json!(functie) {
            stale.push(format!("round {round}: the list page showed functie {seen}, not {functie}"));
        }
        // a create changes the count of every page
        if round % 50 == 49 {
            let before = b.get("/api/v1/klanten").await.json()["count"].as_u64().unwrap();
            a.create(&klant("950428139", &format!("n{round}"))).await;
            let after = b.get("/api/v1/klanten").await.json()["count"].as_u64().unwrap();
            if after != before + 1 {
                stale.push(format!("round {round}: count {after} after a create, {before} before"));
            }
        }
    }
    assert!(stale.is_empty(), "{} stale list pages in {ROUNDS} rounds: {stale:?}", stale.len());
}

/// The backend application name of an instance's invalidation listener (`store::listen`).
const LISTENER: &str = "klanten read-cache listener";

/// The server process ids of the invalidation listeners connected to `database_url`'s database.
async fn listener_pids(database_url: &str) -> Vec<i32> {
    use sea_orm::{ConnectionTrait, Database, Statement};
    let (server, name) = database_url.rsplit_once('/').expect("a database url with a database name");
    let admin = Database::connect(format!("{server}/test")).await.expect("connect to the test database");
    let rows = admin
        .query_all(Statement::from_sql_and_values(
            sea_orm::DbBackend::Postgres,
            "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name = $2 ORDER BY pid",
            [name.into(), LISTENER.into()],
        ))
        .await
        .expect("pg_stat_activity");
    let _ = admin.close().await;
    rows.iter().map(|r| r.try_get::<i32>("", "pid").expect("a pid")).collect()
}

/// The listeners of `database_url`'s database once there are `n` (start-up connects them in the background).
async fn wait_for_listeners(database_url: &str, n: usize) -> Vec<i32> {
    for _ in 0..100 {
        let pids = listener_pids(database_url).await;
        if pids.len() == n {
            return pids;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("expected {n} invalidation listeners, found {:?}", listener_pids(database_url).await);
}

/// A PostgreSQL backend stopped with SIGSTOP, continued when this is dropped (also when the test fails: a stopped
/// backend would hold up the database's drop).
struct Stopped(i32);

fn signal(pid: i32, sig: &str) {
    let status = std::process::Command::new("kill").args([sig, &pid.to_string()]).status().expect("run kill");
    assert!(
        status.success(),
        "kill {sig} {pid}: the test must run on the PostgreSQL server's host, as root or postgres"
    );
}

impl Stopped {
    fn stop(pid: i32) -> Self {
        signal(pid, "-STOP");
        Stopped(pid)
    }
}

impl Drop for Stopped {
    fn drop(&mut self) {
        let _ = std::process::Command::new("kill").args(["-CONT", &self.0.to_string()]).status();
    }
}

/// How long the listener stays stopped.
const STALL: Duration = Duration::from_secs(5);
/// The heartbeat interval of the notify tests; a cached answer may miss the writes of two intervals.
const HEARTBEAT_MS: u64 = 100;

fn notify_mode(c: &mut klanten::Config) {
    c.read_cache_validation = "notify".into();
    c.read_cache_heartbeat_ms = HEARTBEAT_MS;
}

db_test!(postgres_only: exact_mode_depends_on_no_invalidation_connection);
/// The default mode has no invalidation connection that could stall: every read checks the database, so reads
/// through B after A's writes are current for a whole stall's length of rounds.
async fn exact_mode_depends_on_no_invalidation_connection(backend: Backend) {
    let site = site(&backend).await;
    let (a, _ta) = start_on(&site, |_| {}).await;
    let (b, _tb) = start_on(&site, |_| {}).await;
    let (path, _) = a.create(&klant("950428139", "1")).await;
    assert_eq!(listener_pids(&site.database_url).await, Vec::<i32>::new(), "exact mode listens for nothing");
    let mut etag = b.get(&path).await.header("etag").unwrap().to_string();
    let (mut stale, mut rounds) = (Vec::new(), 0);
    let started = Instant::now();
    while started.elapsed() < STALL {
        let functie = patch_functie(&a, &path, rounds).await;
        let (found, now) = stale_reads(&b, &path, &functie, &etag).await;
        stale.extend(found.into_iter().map(|s| format!("round {rounds}: {s}")));
        if functie_on_list(&b, &path).await != json!(functie) {
            stale.push(format!("round {rounds}: list page"));
        }
        etag = now;
        rounds += 1;
    }
    assert!(stale.is_empty(), "{} stale answers in {rounds} rounds: {stale:?}", stale.len());
}

db_test!(postgres_only: notify_mode_bypasses_the_caches_while_the_invalidation_connection_stalls);
/// `--read-cache-validation notify`: B's invalidation connection stops delivering (its backend stopped with
/// SIGSTOP, the socket open: nothing fails). A read that begins more than two heartbeat intervals after a write
/// was acknowledged answers that write's version, during the stall and after it; the reads right after a write
/// may be older (the documented bound), and are counted only.
async fn notify_mode_bypasses_the_caches_while_the_invalidation_connection_stalls(backend: Backend) {
    let site = site(&backend).await;
    let (a, _ta) = start_on(&site, notify_mode).await;
    let first = wait_for_listeners(&site.database_url, 1).await;
    let (b, _tb) = start_on(&site, notify_mode).await;
    let both = wait_for_listeners(&site.database_url, 2).await;
    let b_listener = *both.iter().find(|p| !first.contains(p)).expect("B's listener");
    let (path, _) = a.create(&klant("950428139", "1")).await;
    // B's caches hold the klant and the list page, and B's heartbeat is on time
    tokio::time::sleep(Duration::from_millis(4 * HEARTBEAT_MS)).await;
    let mut etag = b.get(&path).await.header("etag").unwrap().to_string();
    functie_on_list(&b, &path).await;

    let bound = Duration::from_millis(2 * HEARTBEAT_MS);
    let (mut stale_after_bound, mut stale_at_once, mut rounds) = (Vec::new(), 0, 0);
    {
        let _stopped = Stopped::stop(b_listener);
        let stalled = Instant::now();
        while stalled.elapsed() < STALL {
            let functie = patch_functie(&a, &path, rounds).await;
            let acknowledged = Instant::now();
            // at once: within the bound, may be older
            if b.get(&path).await.json()["functie"] != json!(functie) {
                stale_at_once += 1;
            }
            tokio::time::sleep(bound.saturating_sub(acknowledged.elapsed()) + Duration::from_millis(10)).await;
            let (found, now) = stale_reads(&b, &path, &functie, &etag).await;
            stale_after_bound.extend(found.into_iter().map(|s| format!("round {rounds}: {s}")));
            if functie_on_list(&b, &path).await != json!(functie) {
                stale_after_bound.push(format!("round {rounds}: list page"));
            }
            etag = now;
            rounds += 1;
        }
        // nothing arrived for 20 intervals: B gave the stalled connection up and listens on a new one
        let now = listener_pids(&site.database_url).await;
        assert!(
            now.iter().any(|p| !both.contains(p)),
            "B listens on a new connection after the stall: {both:?} then {now:?}"
        );
    }
    // continued: the rounds go on as before
    for _ in 0..10 {
        let functie = patch_functie(&a, &path, rounds).await;
        tokio::time::sleep(bound + Duration::from_millis(10)).await;
        let (found, now) = stale_reads(&b, &path, &functie, &etag).await;
        stale_after_bound.extend(found.into_iter().map(|s| format!("round {rounds} (continued): {s}")));
        etag = now;
        rounds += 1;
    }
    eprintln!("{rounds} rounds; {stale_at_once} reads at once after a write answered the version before");
    assert!(
        stale_after_bound.is_empty(),
        "{} stale answers to reads begun more than {bound:?} after the write: {stale_after_bound:?}",
        stale_after_bound.len()
    );
}
