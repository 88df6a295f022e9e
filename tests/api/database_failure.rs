//! A database that is down or full (README, "When the database is down or full"): while clients keep writing,
//! every answer comes within the bound (`--database-timeout-ms`), a failing one is a 503 `database-unavailable`
//! or `storage-full` with `Retry-After` (never a generic 500, never a hang), `/ready` says why, reads that need no
//! write go on; afterwards writes work again without a restart, every acknowledged write is there whole, and no
//! write answered 503 is.
//!
//! PostgreSQL: a private cluster of this test (initdb in a temporary directory, on a free port), stopped with
//! `pg_ctl stop -m immediate` and `-m fast` under load, never the machine's shared server. SQLite: the database
//! on a small tmpfs of this test, filled up by a file. Both need root (initdb runs as the `postgres` user through
//! `runuser`; `mount`); where that cannot work the test fails saying why, it never passes untested.
use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement};
use serde_json::{json, Value};

use crate::helpers::*;

/// `--database-timeout-ms` of these tests.
const BOUND: Duration = Duration::from_millis(1000);
/// The longest any answer may take: a write can wait the bound for the writer to take it up and then the bound
/// once more for its own transaction (the lookup of a commit whose connection was lost included); a read, the
/// bound for a connection. Beyond this a request counts as hung.
const ANSWER_WITHIN: Duration = Duration::from_millis(2 * 1000 + 700);
/// The client's own deadline of a request: past it the test fails (a hang), whatever the server does.
const DEADLINE: Duration = Duration::from_secs(10);

/// One answer as the test saw it.
#[derive(Clone, Debug)]
struct Seen {
    status: u16,
    code: String,
    retry_after: Option<String>,
    took: Duration,
}

async fn send(req: reqwest::RequestBuilder) -> Result<(Seen, Value), String> {
    let started = Instant::now();
    let resp = req.timeout(DEADLINE).send().await.map_err(|e| format!("no answer within {DEADLINE:?}: {e}"))?;
    let status = resp.status().as_u16();
    let retry_after = resp.headers().get("retry-after").and_then(|h| h.to_str().ok()).map(str::to_string);
    let text = resp.text().await.map_err(|e| format!("body: {e}"))?;
    let took = started.elapsed();
    let body: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
    let code = body["code"].as_str().unwrap_or_default().to_string();
    Ok((Seen { status, code, retry_after, took }, body))
}

/// A server of this test, with its admin port.
struct Server {
    api: String,
    admin: String,
    token: String,
    client: reqwest::Client,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
    _dir: tempfile::TempDir,
}

impl Server {
    async fn start(database_url: &str) -> Server {
        let dir = tempfile::tempdir().expect("tempdir");
        let clients = dir.path().join("clients.toml");
        std::fs::write(&clients, CLIENTS).expect("clients file");
        let mut config = test_config(database_url.to_string(), clients);
        config.admin_bind = Some("127.0.0.1:0".into());
        config.database_timeout_ms = BOUND.as_millis() as u64;
        let token = token_for(&config, "alles");
        let app = klanten::App::build(config).await.expect("build app");
        let (api, admin) = (app.port(), app.admin_port().expect("admin port"));
        let task = tokio::spawn(app.run_until(std::future::pending()));
        Server {
            api: format!("http://127.0.0.1:{api}"),
            admin: format!("http://127.0.0.1:{admin}"),
            token,
            client: reqwest::Client::new(),
            task,
            _dir: dir,
        }
    }

    fn authed(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        self.client.request(method, format!("{}{path}", self.api)).bearer_auth(&self.token)
    }

    async fn create(&self, klantnummer: &str) -> Result<(Seen, Value), String> {
        send(self.authed(reqwest::Method::POST, "/api/v1/klanten").json_body(&klant("950428139", klantnummer))).await
    }

    async fn patch(&self, path: &str, voornaam: &str) -> Result<(Seen, Value), String> {
        send(self.authed(reqwest::Method::PATCH, path).json_body(&json!({ "voornaam": voornaam }))).await
    }

    async fn get(&self, path: &str) -> Result<(Seen, Value), String> {
        send(self.authed(reqwest::Method::GET, path)).await
    }

    async fn ready(&self) -> Result<(Seen, Value), String> {
        send(self.client.get(format!("{}/ready", self.admin))).await
    }

    /// A klant's path (`/api/v1/klanten/UUID`) from its body.
    fn path_of(&self, body: &Value) -> String {
        body["url"].as_str().expect("url").trim_start_matches(&self.api).to_string()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// What the clients were told, write by write.
#[derive(Default)]
struct Ledger {
    /// klantnummer of each create → its answer.
    creates: BTreeMap<String, Seen>,
    /// (klant path, voornaam) of each PATCH → its answer.
    patches: BTreeMap<(String, String), Seen>,
    /// Requests that got no answer within [`DEADLINE`].
    hung: Vec<String>,
    /// The time of each client's last acknowledged write.
    last_ok: BTreeMap<usize, Instant>,
    /// Each client's writes answered 503.
    refused: BTreeMap<usize, usize>,
}

/// Writes in a loop until `stop`: a create and a PATCH of the client's own klant, alternately; `round` keeps the
/// klantnummers and voornamen of each run of the client apart.
async fn client(
    server: Arc<Server>,
    (c, round): (usize, &'static str),
    own: String,
    stop: Arc<AtomicBool>,
    ledger: Arc<Mutex<Ledger>>,
) {
    let mut i = 0;
    while !stop.load(Ordering::Relaxed) {
        i += 1;
        let klantnummer = format!("{round}{c}-{i}");
        let created = server.create(&klantnummer).await;
        let voornaam = format!("{round}{c}-v{i}");
        let patched = server.patch(&own, &voornaam).await;
        let mut l = ledger.lock().unwrap();
        for (what, answer) in [(format!("POST {klantnummer}"), &created), (format!("PATCH {voornaam}"), &patched)] {
            match answer {
                Ok((seen, _)) if seen.status < 300 => {
                    l.last_ok.insert(c, Instant::now());
                }
                Ok((seen, _)) if seen.status == 503 => *l.refused.entry(c).or_default() += 1,
                Ok(_) => {}
                Err(e) => l.hung.push(format!("{what}: {e}")),
            }
        }
        if let Ok((seen, _)) = created {
            l.creates.insert(klantnummer, seen);
        }
        if let Ok((seen, _)) = patched {
            l.patches.insert((own.clone(), voornaam), seen);
        }
    }
}

/// Every answer is a success, a 503 with `code` and `Retry-After`, or (PostgreSQL, a connection lost during a
/// commit) the 500 of unknown outcome; each within [`ANSWER_WITHIN`].
fn check_answers<'a>(what: &str, answers: impl Iterator<Item = &'a Seen>, code: &str) -> (usize, usize, usize) {
    let (mut ok, mut refused, mut unknown) = (0, 0, 0);
    for seen in answers {
        assert!(seen.took <= ANSWER_WITHIN, "{what}: an answer took {:?}: {seen:?}", seen.took);
        match (seen.status, seen.code.as_str()) {
            (200 | 201, _) => ok += 1,
            (503, c) if c == code => {
                assert!(seen.retry_after.is_some(), "{what}: a 503 without Retry-After: {seen:?}");
                refused += 1;
            }
            (500, "database-outcome-unknown") => unknown += 1,
            _ => panic!("{what}: an answer that is neither a success nor a 503 {code}: {seen:?}"),
        }
    }
    (ok, refused, unknown)
}

/// A SQL query's first column as strings.
async fn strings(db: &DatabaseConnection, sql: &str) -> Vec<String> {
    db.query_all(Statement::from_string(db.get_database_backend(), sql))
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
        .iter()
        .map(|r| r.try_get_by_index::<String>(0).expect("a text column"))
        .collect()
}

/// What is stored against what the clients were told: every acknowledged create and PATCH is there, none answered
/// 503 is; each client's klant holds its last stored PATCH, and each stored PATCH has its audit record (written
/// with it, in one transaction). A write of unknown outcome may be either: how many of those are stored, of how many.
async fn check_stored(db: &DatabaseConnection, ledger: &Ledger, own: &[String], initial: usize) -> (usize, usize) {
    let mut unknown = (0, 0);
    let stored: BTreeSet<String> = strings(db, "SELECT klantnummer FROM klant").await.into_iter().collect();
    let mut seen_initial = 0;
    for k in &stored {
        match ledger.creates.get(k) {
            Some(s) => assert!(s.status == 201 || s.status == 500, "klant {k} is stored, but was answered {s:?}"),
            None => seen_initial += 1,
        }
    }
    assert_eq!(seen_initial, initial, "klanten stored that no client created");
    for (k, s) in &ledger.creates {
        if s.status == 201 {
            assert!(stored.contains(k), "the acknowledged create {k} is not stored");
        }
        if s.status == 500 {
            unknown.0 += usize::from(stored.contains(k));
            unknown.1 += 1;
        }
    }
    // each record's `nieuw` as the audit trail answers it: the next record's `oud`, or the klant now
    let rows = db
        .query_all(Statement::from_string(
            db.get_database_backend(),
            "SELECT a.klant_uuid, a.wijzigingen, a.hoofd_object, a.actie, k.representation FROM audit_trail a \
             LEFT JOIN klant k ON k.uuid = a.klant_uuid ORDER BY a.klant_uuid, a.aanmaakdatum, a.id",
        ))
        .await
        .expect("the audit trails");
    let text = |r: &sea_orm::QueryResult, c: &str| r.try_get::<Option<String>>("", c).unwrap().unwrap_or_default();
    let mut trails = Vec::new();
    for chunk in rows.chunk_by(|a, b| text(a, "klant_uuid") == text(b, "klant_uuid")) {
        let pairs: Vec<(String, String)> =
            chunk.iter().map(|r| (text(r, "wijzigingen"), text(r, "hoofd_object"))).collect();
        let refs: Vec<(&str, &str)> = pairs.iter().map(|(w, h)| (w.as_str(), h.as_str())).collect();
        let now = klanten::store::packing::optional_column(&chunk[0], "representation")
            .expect("the klant's representation unpacks")
            .unwrap_or_default();
        let done = klanten::domain::audit::completed(&refs, Some(now.as_str()).filter(|n| !n.is_empty()));
        for ((r, (w, _)), d) in chunk.iter().zip(&pairs).zip(done) {
            if text(r, "actie") == "partial_update" {
                trails.push(d.unwrap_or_else(|| w.clone()));
            }
        }
    }
    let mut in_trail: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for w in trails {
        let w: Value = serde_json::from_str(&w).expect("wijzigingen is JSON");
        let url = w["nieuw"]["url"].as_str().expect("nieuw.url").to_string();
        let uuid = url.rsplit('/').next().unwrap().to_string();
        in_trail.entry(uuid).or_default().push(w["nieuw"]["voornaam"].as_str().unwrap_or_default().to_string());
    }
    for path in own {
        let uuid = path.rsplit('/').next().unwrap();
        let trail = in_trail.get(uuid).cloned().unwrap_or_default();
        for ((p, voornaam), s) in &ledger.patches {
            if p != path {
                continue;
            }
            let present = trail.contains(voornaam);
            match s.status {
                200 => assert!(present, "the acknowledged PATCH {voornaam} has no audit record"),
                503 => assert!(!present, "the PATCH {voornaam} was answered 503 but is stored"),
                _ => {
                    unknown.0 += usize::from(present);
                    unknown.1 += 1;
                }
            }
        }
        let sql = format!("SELECT representation FROM klant WHERE uuid = '{uuid}'");
        let row =
            db.query_one(Statement::from_string(db.get_database_backend(), sql)).await.unwrap().expect("the klant");
        let representation = klanten::store::packing::column(&row, "representation").expect("it unpacks");
        let k: Value = serde_json::from_str(&representation).expect("representation is JSON");
        assert_eq!(
            k["voornaam"].as_str(),
            trail.last().map(String::as_str),
            "the klant holds the PATCH of its last audit record"
        );
    }
    unknown
}

/// The server binaries of PostgreSQL: `pg_config --bindir`, else the highest version under /usr/lib/postgresql.
fn postgres_bindir() -> std::path::PathBuf {
    let has_initdb = |d: &std::path::Path| d.join("initdb").is_file() && d.join("pg_ctl").is_file();
    if let Ok(out) = Command::new("pg_config").arg("--bindir").output() {
        let dir = std::path::PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        if out.status.success() && has_initdb(&dir) {
            return dir;
        }
    }
    let mut dirs: Vec<(u32, std::path::PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| Some((e.file_name().to_str()?.parse().ok()?, e.path().join("bin"))))
        .filter(|(_, d)| has_initdb(d))
        .collect();
    dirs.sort();
    dirs.pop().map(|(_, d)| d).unwrap_or_else(|| {
        panic!(
            "this test runs a private PostgreSQL cluster, but no initdb and pg_ctl were found (pg_config --bindir, \
             /usr/lib/postgresql/*/bin): install PostgreSQL's server package"
        )
    })
}

/// Runs `program` of `bindir` as the `postgres` OS user (initdb and postgres refuse root), failing the test with
/// its output when it fails.
fn as_postgres(bindir: &std::path::Path, program: &str, args: &[&str]) {
    let out = Command::new("runuser")
        .args(["-u", "postgres", "--"])
        .arg(bindir.join(program))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run runuser (this test needs root and the `postgres` OS user): {e}"));
    assert!(
        out.status.success(),
        "{program} {args:?} as the postgres user failed (this test needs root and the `postgres` OS user): {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A PostgreSQL cluster of this test only: its own data directory and port. Dropped, it is stopped.
struct PrivateCluster {
    bindir: std::path::PathBuf,
    dir: tempfile::TempDir,
    port: u16,
}

impl PrivateCluster {
    fn create() -> PrivateCluster {
        let bindir = postgres_bindir();
        let dir = tempfile::tempdir().expect("tempdir");
        let owned = Command::new("chown").arg("postgres").arg(dir.path()).status();
        assert!(
            owned.is_ok_and(|s| s.success()),
            "cannot give the cluster's directory to the `postgres` OS user (this test needs root and that user)"
        );
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let data = dir.path().join("data");
        as_postgres(&bindir, "initdb", &["-D", data.to_str().unwrap(), "-U", "postgres", "--auth=trust", "-N"]);
        PrivateCluster::pg_ctl_start(&bindir, dir.path(), port);
        PrivateCluster { bindir, dir, port }
    }

    fn data(&self) -> String {
        self.dir.path().join("data").display().to_string()
    }

    /// Starts the cluster, off the test's runtime (which also runs the server under test).
    async fn start(&self) {
        let (bindir, dir, port) = (self.bindir.clone(), self.dir.path().to_path_buf(), self.port);
        tokio::task::spawn_blocking(move || Self::pg_ctl_start(&bindir, &dir, port)).await.expect("pg_ctl start");
    }

    fn pg_ctl_start(bindir: &std::path::Path, dir: &std::path::Path, port: u16) {
        let data = dir.join("data").display().to_string();
        let options = format!("-p {port} -k {} -c listen_addresses=127.0.0.1", dir.display());
        let log = dir.join("log").display().to_string();
        as_postgres(bindir, "pg_ctl", &["-D", &data, "-o", &options, "-l", &log, "-w", "start"]);
    }

    /// Stops the cluster in `mode` (`immediate`, `fast`), off the test's runtime.
    async fn stop(&self, mode: &'static str) {
        let (bindir, data) = (self.bindir.clone(), self.data());
        tokio::task::spawn_blocking(move || as_postgres(&bindir, "pg_ctl", &["-D", &data, "-m", mode, "-w", "stop"]))
            .await
            .expect("pg_ctl stop");
    }

    fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }
}

impl Drop for PrivateCluster {
    fn drop(&mut self) {
        // never panics: this may run while a failing test unwinds
        let _ = Command::new("runuser")
            .args(["-u", "postgres", "--"])
            .arg(self.bindir.join("pg_ctl"))
            .args(["-D", &self.data(), "-m", "immediate", "-w", "stop"])
            .output();
    }
}

mod a_stopped_database {
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    #[cfg_attr(
        not(klanten_pg),
        ignore = "set KLANTEN_TEST_POSTGRES (e.g. postgres://postgres@127.0.0.1:5432) to run it"
    )]
    async fn postgres() {
        super::a_stopped_database().await
    }
}

async fn a_stopped_database() {
    let cluster = PrivateCluster::create();
    let server = Arc::new(Server::start(&cluster.url()).await);
    // a klant read before the outage (the read cache may hold it), and a klant of each client to PATCH
    let (first, body) = server.create("cached").await.expect("create");
    assert_eq!(first.status, 201, "{body}");
    let cached = server.path_of(&body);
    let before = server.get(&cached).await.expect("get").1;
    const CLIENTS: usize = 6;
    let mut own = Vec::new();
    for c in 0..CLIENTS {
        let (seen, body) = server.create(&format!("own-{c}")).await.expect("create");
        assert_eq!(seen.status, 201, "{body}");
        own.push(server.path_of(&body));
    }
    let stop = Arc::new(AtomicBool::new(false));
    let ledger = Arc::new(Mutex::new(Ledger::default()));
    let clients: Vec<_> = (0..CLIENTS)
        .map(|c| tokio::spawn(client(server.clone(), (c, "c"), own[c].clone(), stop.clone(), ledger.clone())))
        .collect();

    let mut during = Vec::new();
    for mode in ["immediate", "fast"] {
        tokio::time::sleep(Duration::from_millis(1500)).await;
        cluster.stop(mode).await;
        let stopped = Instant::now();
        // while it is down: /ready, a read of an unknown klant (the database is needed), the klant read before
        let unknown = format!("/api/v1/klanten/{}", uuid::Uuid::new_v4());
        let (ready, read, again) = tokio::join!(server.ready(), server.get(&unknown), server.get(&cached));
        let (ready, ready_body) = ready.expect("/ready answers");
        assert_eq!(ready.status, 503, "{mode}: /ready with the database stopped: {ready_body}");
        assert_eq!(ready_body["status"], "database unavailable", "{mode}: {ready_body}");
        assert!(ready.took <= BOUND + Duration::from_millis(500), "{mode}: /ready took {:?}", ready.took);
        let (read, read_body) = read.expect("a read answers");
        assert_eq!((read.status, read.code.as_str()), (503, "database-unavailable"), "{mode}: {read_body}");
        assert!(read.retry_after.is_some() && read.took <= BOUND + Duration::from_millis(500), "{mode}: {read:?}");
        // A klant read before: on PostgreSQL the read cache is off while its invalidation connection is down (it
        // cannot know what other instances changed), so it is read from the database, which is down.
        let (again, again_body) = again.expect("a read answers");
        assert!(
            (again.status == 200 && again_body == before)
                || (again.status, again.code.as_str()) == (503, "database-unavailable"),
            "{mode}: the klant read before: {again:?} {again_body}"
        );
        during.push((mode, ready.took, read.took, again.status, again.took));
        tokio::time::sleep(Duration::from_millis(2500).saturating_sub(stopped.elapsed())).await;
        cluster.start().await;
        let started = Instant::now();
        // writes work again without a restart of the server: every client has one acknowledged after the start
        loop {
            let recovered = {
                let l = ledger.lock().unwrap();
                (0..CLIENTS).all(|c| l.last_ok.get(&c).is_some_and(|t| *t > started))
            };
            if recovered {
                break;
            }
            assert!(started.elapsed() < Duration::from_secs(15), "{mode}: writes did not work again after the start");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        eprintln!("{mode}: writes of every client work again {:?} after the start", started.elapsed());
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    stop.store(true, Ordering::Relaxed);
    for c in clients {
        c.await.expect("client");
    }
    let ledger = Arc::try_unwrap(ledger).ok().expect("clients done").into_inner().unwrap();
    assert!(ledger.hung.is_empty(), "requests without an answer: {:?}", ledger.hung);
    let creates = check_answers("POST", ledger.creates.values(), "database-unavailable");
    let patches = check_answers("PATCH", ledger.patches.values(), "database-unavailable");
    let slowest = ledger.creates.values().chain(ledger.patches.values()).map(|s| s.took).max().unwrap_or_default();
    eprintln!(
        "PostgreSQL stopped twice under load: POST {creates:?}, PATCH {patches:?} (ok, 503, outcome unknown); \
         slowest answer {slowest:?}; while down (mode, /ready, uncached GET, cached GET status and time): {during:?}"
    );
    assert!(creates.1 + patches.1 > 0, "no write met the stopped database");
    // the server is ready again
    let (ready, body) = server.ready().await.expect("/ready");
    assert_eq!(ready.status, 200, "{body}");

    let db = Database::connect(cluster.url()).await.expect("connect to the private cluster");
    let (stored, unknown) = check_stored(&db, &ledger, &own, 1 + CLIENTS).await;
    eprintln!("of {unknown} writes of unknown outcome, {stored} turned out stored");
    let _ = db.close().await;
}

/// A tmpfs of `size` mounted on a directory of this test; dropped, it is unmounted (lazily: the server's threads
/// may still hold its files) and the directory removed.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount(size: &str) -> SmallDisk {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .output()
            .unwrap_or_else(|e| panic!("cannot run mount (this test needs root to mount a small tmpfs): {e}"));
        assert!(
            out.status.success(),
            "mounting a {size} tmpfs failed (this test needs root to mount one): {}",
            String::from_utf8_lossy(&out.stderr)
        );
        SmallDisk { dir }
    }

    fn path(&self) -> &std::path::Path {
        self.dir.path()
    }

    /// Writes a file until the filesystem has `room` bytes left (about: tmpfs counts in pages); its path.
    fn fill(&self, room: u64) -> std::path::PathBuf {
        use std::io::Write;
        let path = self.path().join("filler");
        let mut f = std::fs::File::create(&path).expect("filler file");
        let chunk = vec![0u8; 4096];
        loop {
            match f.write(&chunk) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) if e.raw_os_error() == Some(28) => break, // ENOSPC
                Err(e) => panic!("filling the tmpfs: {e}"),
            }
        }
        let len = f.metadata().expect("filler").len();
        f.set_len(len.saturating_sub(room)).expect("make room");
        path
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(self.dir.path()).output();
    }
}

mod a_full_disk {
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        super::a_full_disk().await
    }
}

async fn a_full_disk() {
    let disk = SmallDisk::mount("8m");
    let url = format!("sqlite://{}", disk.path().join("klanten.sqlite3").display());
    let server = Arc::new(Server::start(&url).await);
    const CLIENTS: usize = 4;
    let mut own = Vec::new();
    for c in 0..CLIENTS {
        let (seen, body) = server.create(&format!("own-{c}")).await.expect("create");
        assert_eq!(seen.status, 201, "{body}");
        own.push(server.path_of(&body));
    }
    let before = server.get(&own[0]).await.expect("get").1;
    // room for some writes: clients write until each has had writes refused
    let filler = disk.fill(256 << 10);
    let ledger = Arc::new(Mutex::new(Ledger::default()));
    let run = |round: &'static str, stop: &Arc<AtomicBool>| -> Vec<_> {
        (0..CLIENTS)
            .map(|c| tokio::spawn(client(server.clone(), (c, round), own[c].clone(), stop.clone(), ledger.clone())))
            .collect()
    };
    let stop = Arc::new(AtomicBool::new(false));
    let clients = run("f", &stop);
    let filling = Instant::now();
    while !(0..CLIENTS).all(|c| ledger.lock().unwrap().refused.get(&c).is_some_and(|n| *n >= 10)) {
        assert!(filling.elapsed() < Duration::from_secs(60), "writes did not fail on a full disk");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // reads go on
    let (read, body) =
        server.get(&format!("/api/v1/klanten/{}", own[1].rsplit('/').next().unwrap())).await.expect("get");
    assert_eq!(read.status, 200, "{body}");
    let (list, body) = server.get("/api/v1/klanten?klantnummer=own-0").await.expect("list");
    assert_eq!((list.status, body["count"].as_u64()), (200, Some(1)), "{body}");
    assert_eq!(body["results"][0]["url"], before["url"]);
    stop.store(true, Ordering::Relaxed);
    for c in clients {
        c.await.expect("client");
    }
    // /ready says why once the last write failed (a smaller write can still fit where a larger one failed, in
    // the write-ahead log's space: so the test writes until one is refused)
    let mut n = 0;
    loop {
        n += 1;
        let klantnummer = format!("x{n}");
        let (seen, body) = server.create(&klantnummer).await.expect("an answer");
        let refused = seen.status == 503;
        assert!(refused || seen.status == 201, "{body}");
        ledger.lock().unwrap().creates.insert(klantnummer, seen);
        if refused {
            break;
        }
        assert!(n < 100, "writes on the full disk kept succeeding");
    }
    let (ready, body) = server.ready().await.expect("/ready");
    assert_eq!((ready.status, body["status"].as_str()), (503, Some("storage full")), "{body}");

    // space freed: with no client writing, /ready tries a write once the failure is a few seconds old
    std::fs::remove_file(filler).expect("free the space");
    let freed = Instant::now();
    loop {
        let (ready, body) = server.ready().await.expect("/ready");
        if ready.status == 200 {
            break;
        }
        assert_eq!(body["status"], "storage full", "{body}");
        assert!(freed.elapsed() < Duration::from_secs(10), "not ready again after the space was freed: {body}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // and the clients' writes work again, without a restart
    let again = Instant::now();
    let stop = Arc::new(AtomicBool::new(false));
    let clients = run("r", &stop);
    tokio::time::sleep(Duration::from_millis(1000)).await;
    stop.store(true, Ordering::Relaxed);
    for c in clients {
        c.await.expect("client");
    }

    let ledger = Arc::try_unwrap(ledger).ok().expect("clients done").into_inner().unwrap();
    assert!(ledger.hung.is_empty(), "requests without an answer: {:?}", ledger.hung);
    assert!(
        (0..CLIENTS).all(|c| ledger.last_ok.get(&c).is_some_and(|t| *t > again)),
        "writes did not work again after the space was freed"
    );
    let creates = check_answers("POST", ledger.creates.values(), "storage-full");
    let patches = check_answers("PATCH", ledger.patches.values(), "storage-full");
    assert_eq!(creates.2 + patches.2, 0, "SQLite has no commit of unknown outcome");
    eprintln!("SQLite on a full disk and after: POST {creates:?}, PATCH {patches:?} (ok, 503, outcome unknown)");

    let db = Database::connect(&url).await.expect("open the database");
    assert_eq!(check_stored(&db, &ledger, &own, CLIENTS).await, (0, 0));
    let integrity = strings(&db, "PRAGMA integrity_check").await;
    assert_eq!(integrity, ["ok"], "PRAGMA integrity_check");
    let _ = db.close().await;
    drop(server);
}
