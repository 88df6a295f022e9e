//! Test harness: each test gets the real server on a random port with a fresh database.
//!
//! A test that depends on the database is written once, as `async fn name(backend: Backend)`, and declared with
//! [`db_test!`]: that makes one test case per database, `module::name::sqlite` and `module::name::postgres`, so that a
//! failure names its database. The PostgreSQL case reads its server from `KLANTEN_TEST_POSTGRES` (e.g.
//! `postgres://postgres@127.0.0.1:5432`, a server with trust authentication and a database `test`; `.ci/run` sets
//! it) and is ignored unless that variable was set when the tests were built (the cfg `klanten_pg` of build.rs).
//! Tests that do not depend on the database (authorisation, negotiation, validation, ...) run once, on SQLite.
//!
//! Each PostgreSQL test database is dropped when its test ends, pass or fail ([`TestDatabase`]); a database left by
//! a run that was killed is dropped by a later run, never one of a run still going ([`drop_stale_databases`]).
use std::sync::Arc;

use klanten::{App, Config};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection};
use serde_json::{json, Value};

#[derive(Clone, Debug)]
pub enum Backend {
    Sqlite,
    Postgres(String),
}

/// The PostgreSQL server of the tests, e.g. `postgres://postgres@127.0.0.1:5432`.
pub const TEST_POSTGRES: &str = "KLANTEN_TEST_POSTGRES";

impl Backend {
    /// The PostgreSQL server named by `KLANTEN_TEST_POSTGRES` when the test runs.
    pub fn postgres() -> Backend {
        match std::env::var(TEST_POSTGRES) {
            Ok(url) if !url.is_empty() => Backend::Postgres(url.trim_end_matches('/').to_string()),
            _ => panic!(
                "{TEST_POSTGRES} is not set: set it to a PostgreSQL server with trust authentication and a database \
                 `test` (e.g. postgres://postgres@127.0.0.1:5432) to run the PostgreSQL cases"
            ),
        }
    }
}

/// Makes each named `async fn name(backend: Backend)` of the module one test case per database: a module `name`
/// with the tests `sqlite` and `postgres`. The PostgreSQL case is ignored unless `KLANTEN_TEST_POSTGRES` was set
/// when the tests were built; `db_test!(postgres_only: name)` makes only that case, for a test that needs two servers
/// on one database.
///
/// ```ignore
/// db_test!(delete_then_404);
/// async fn delete_then_404(backend: Backend) {
///     let app = spawn_app(&backend).await;
///     // ...
/// }
/// ```
macro_rules! db_test {
    (postgres_only: $($name:ident),+ $(,)?) => {
        $(
            mod $name {
                #[tokio::test]
                #[cfg_attr(
                    not(klanten_pg),
                    ignore = "set KLANTEN_TEST_POSTGRES (e.g. postgres://postgres@127.0.0.1:5432) to run it"
                )]
                async fn postgres() {
                    super::$name($crate::helpers::Backend::postgres()).await
                }
            }
        )+
    };
    ($($name:ident),+ $(,)?) => {
        $(
            mod $name {
                #[tokio::test]
                async fn sqlite() {
                    super::$name($crate::helpers::Backend::Sqlite).await
                }

                #[tokio::test]
                #[cfg_attr(
                    not(klanten_pg),
                    ignore = "set KLANTEN_TEST_POSTGRES (e.g. postgres://postgres@127.0.0.1:5432) to run it"
                )]
                async fn postgres() {
                    super::$name($crate::helpers::Backend::postgres()).await
                }
            }
        )+
    };
}
pub(crate) use db_test;

#[allow(dead_code)]
pub struct TestApp {
    pub address: String,
    pub port: u16,
    pub client: reqwest::Client,
    /// A token of a client with all rights.
    pub token: String,
    pub backend: Backend,
    pub database_url: String,
    pub clients_file: std::path::PathBuf,
    _dir: tempfile::TempDir,
    /// Keeps the PostgreSQL database while this App's client may use it.
    _database: Option<Arc<TestDatabase>>,
}

pub const CLIENTS: &str = r#"
[[client]]
id = "alles"
secret = "geheim-alles"
all = true

[[client]]
id = "lezer"
secret = "geheim-lezer"
scopes = ["klanten.lezen"]

[[client]]
id = "aanmaker"
secret = "geheim-aanmaker"
scopes = ["klanten.aanmaken"]

[[client]]
id = "bijwerker"
secret = "geheim-bijwerker"
scopes = ["klanten.bijwerken"]

[[client]]
id = "verwijderaar"
secret = "geheim-verwijderaar"
scopes = ["klanten.verwijderen"]

[[client]]
id = "auditor"
secret = "geheim-auditor"
scopes = ["audittrails.lezen"]
"#;

/// A fresh database for one test: a file in `dir` on SQLite; on PostgreSQL a new database, with the guard that drops
/// it again.
async fn database_for(backend: &Backend, dir: &std::path::Path) -> (String, Option<Arc<TestDatabase>>) {
    match backend {
        Backend::Sqlite => (format!("sqlite://{}", dir.join("klanten.sqlite3").display()), None),
        Backend::Postgres(server) => {
            let admin = Database::connect(format!("{server}/test")).await.expect("connect to PostgreSQL database test");
            STALE_DROPPED.get_or_init(|| drop_stale_databases(&admin)).await;
            let name = test_database_name();
            admin.execute_unprepared(&format!("CREATE DATABASE \"{name}\"")).await.expect("create test database");
            let _ = admin.close().await;
            let url = format!("{server}/{name}");
            (url, Some(Arc::new(TestDatabase { server: server.clone(), name })))
        }
    }
}

/// The first part of every test database's name.
const TEST_DATABASE_PREFIX: &str = "klanten_test_";

/// Whether this run has dropped the databases earlier runs left behind.
static STALE_DROPPED: tokio::sync::OnceCell<()> = tokio::sync::OnceCell::const_new();

/// `klanten_test_<pid>_<host>_<uuid>`: the test process, a tag of the machine it runs on (see [`host_tag`]) and a
/// random part; at most 62 bytes, within PostgreSQL's 63.
fn test_database_name() -> String {
    format!("{TEST_DATABASE_PREFIX}{}_{}_{}", std::process::id(), host_tag(), uuid::Uuid::new_v4().simple())
}

/// 8 hex digits of the md5 of this machine's host name: a run tells its own machine's databases, whose process ids
/// it can look up, from those of runs elsewhere on the same PostgreSQL server.
fn host_tag() -> String {
    use md5::Digest;
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default();
    md5::Md5::digest(host.trim().as_bytes())[..4].iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether a database named `name` was left behind by a run that has ended: one of the old naming
/// (`klanten_test_<uuid>`, from before the names carried a process id), or one of this machine whose process no
/// longer runs. Never a database of a running process, nor one made on another machine.
fn is_stale(name: &str, host: &str) -> bool {
    let Some(rest) = name.strip_prefix(TEST_DATABASE_PREFIX) else { return false };
    let hex = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_hexdigit());
    let parts: Vec<&str> = rest.split('_').collect();
    match parts[..] {
        [uuid] => hex(uuid, 32),
        [pid, tag, uuid] if tag == host && hex(uuid, 32) => {
            pid.parse::<u32>().is_ok_and(|pid| !std::path::Path::new(&format!("/proc/{pid}")).exists())
        }
        _ => false,
    }
}

/// Drops the test databases that earlier runs left behind (a run that was killed, or one of the harness before
/// databases were dropped at the end of their test); see [`is_stale`]. Without `/proc` (not Linux) a run cannot
/// tell a running process from an ended one and drops nothing.
async fn drop_stale_databases(admin: &DatabaseConnection) {
    if !std::path::Path::new("/proc/self").exists() {
        return;
    }
    let rows = admin
        .query_all(sea_orm::Statement::from_string(
            admin.get_database_backend(),
            "SELECT datname FROM pg_database WHERE datname LIKE 'klanten\\_test\\_%'",
        ))
        .await
        .unwrap_or_default();
    let host = host_tag();
    for r in rows {
        if let Ok(name) = r.try_get::<String>("", "datname") {
            if is_stale(&name, &host) {
                let _ = admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)")).await;
            }
        }
    }
}

/// A PostgreSQL database made for one test. Dropping the last reference (the test's [`TestApp`]s and [`Site`] hold
/// one each) drops the database, also when the test panicked: `DROP DATABASE ... WITH (FORCE)` ends the connections
/// of servers the test left running. The drop runs on a thread of its own with its own runtime, since `Drop` cannot
/// await and the test's runtime may be the one running it; the test ends when the database is gone.
pub struct TestDatabase {
    server: String,
    name: String,
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let (server, name) = (self.server.clone(), self.name.clone());
        let dropping = std::thread::Builder::new().name("drop test database".into()).spawn(move || {
            let runtime =
                tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(|e| e.to_string())?;
            runtime.block_on(async {
                let admin = Database::connect(format!("{server}/test")).await.map_err(|e| e.to_string())?;
                let sql = format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                let result = admin.execute_unprepared(&sql).await.map(|_| ()).map_err(|e| e.to_string());
                let _ = admin.close().await;
                result
            })
        });
        // never panic here: this may run while a failing test unwinds
        let outcome = match dropping {
            Ok(thread) => thread.join().unwrap_or_else(|_| Err("the dropping thread panicked".into())),
            Err(e) => Err(format!("no thread to drop it: {e}")),
        };
        if let Err(e) = outcome {
            eprintln!("could not drop the test database {}: {e}", self.name);
        }
    }
}

pub fn test_config(database_url: String, clients_file: std::path::PathBuf) -> Config {
    use clap::Parser;
    #[derive(Parser)]
    struct Wrapper {
        #[command(flatten)]
        config: Config,
    }
    let mut c = Wrapper::parse_from(["klanten"]).config;
    c.bind = "127.0.0.1:0".into();
    c.database_url = database_url;
    c.clients_file = Some(clients_file);
    c.subject_timeout_ms = 2000;
    c.subject_connect_timeout_ms = 1000;
    // the mock subject servers of the tests listen on 127.0.0.1
    c.subject_allow_loopback = true;
    c
}

pub async fn spawn_app(backend: &Backend) -> TestApp {
    spawn_app_with(backend, |_| {}).await
}

pub async fn spawn_app_with(backend: &Backend, tweak: impl FnOnce(&mut Config)) -> TestApp {
    let dir = tempfile::tempdir().expect("tempdir");
    let clients_file = dir.path().join("clients.toml");
    std::fs::write(&clients_file, CLIENTS).expect("clients file");
    let (database_url, database) = database_for(backend, dir.path()).await;
    let mut config = test_config(database_url.clone(), clients_file.clone());
    tweak(&mut config);
    let app = App::build(config.clone()).await.expect("build app");
    let port = app.port();
    tokio::spawn(app.run_until(std::future::pending()));
    // signed with the default clients file, whatever the test configured
    let token = token_for(&test_config(database_url.clone(), clients_file.clone()), "alles");
    TestApp {
        address: format!("http://127.0.0.1:{port}"),
        port,
        client: reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap(),
        token,
        backend: backend.clone(),
        database_url,
        clients_file,
        _dir: dir,
        _database: database,
    }
}

pub fn token_for(config: &Config, client: &str) -> String {
    klanten::auth::Authoriser::new(klanten::auth_config(config))
        .expect("auth config")
        .issue_token(client, "u1", "User One")
        .expect("token")
}

pub struct Answer {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub text: String,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text))
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|h| h.to_str().ok())
    }
    /// The `invalidParams` entries as (name, code) pairs.
    pub fn params(&self) -> Vec<(String, String)> {
        self.json()["invalidParams"]
            .as_array()
            .unwrap_or_else(|| panic!("no invalidParams: {}", self.text))
            .iter()
            .map(|p| (p["name"].as_str().unwrap().to_string(), p["code"].as_str().unwrap().to_string()))
            .collect()
    }
}

impl TestApp {
    /// A client of a server that runs elsewhere (another process) on `site`.
    #[allow(dead_code)]
    pub fn for_address(address: &str, token: &str, site: &Site) -> TestApp {
        TestApp {
            address: address.to_string(),
            port: address.rsplit(':').next().and_then(|p| p.parse().ok()).unwrap_or(0),
            client: reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap(),
            token: token.to_string(),
            backend: site.backend.clone(),
            database_url: site.database_url.clone(),
            clients_file: site.clients_file.clone(),
            _dir: tempfile::tempdir_in(site.dir.path()).expect("tempdir"),
            _database: site.database.clone(),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn send(&self, req: reqwest::RequestBuilder) -> Answer {
        let resp = req.send().await.expect("request");
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let text = resp.text().await.unwrap_or_default();
        Answer { status, headers, text }
    }

    pub fn authed(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        self.client.request(method, self.url(path)).header("Authorization", format!("Bearer {}", self.token))
    }

    pub async fn get(&self, path: &str) -> Answer {
        self.send(self.authed(reqwest::Method::GET, path)).await
    }

    pub async fn post(&self, body: &Value) -> Answer {
        self.send(self.authed(reqwest::Method::POST, "/api/v1/klanten").json_body(body)).await
    }

    pub async fn put(&self, path: &str, body: &Value) -> Answer {
        self.send(self.authed(reqwest::Method::PUT, path).json_body(body)).await
    }

    pub async fn patch(&self, path: &str, body: &Value) -> Answer {
        self.send(self.authed(reqwest::Method::PATCH, path).json_body(body)).await
    }

    pub async fn delete(&self, path: &str) -> Answer {
        self.send(self.authed(reqwest::Method::DELETE, path)).await
    }

    /// Creates a klant and returns its path (`/api/v1/klanten/UUID`) and body.
    pub async fn create(&self, body: &Value) -> (String, Value) {
        let a = self.post(body).await;
        assert_eq!(a.status, 201, "create failed: {}", a.text);
        let json = a.json();
        let url = json["url"].as_str().unwrap().to_string();
        (url.trim_start_matches(&self.address).to_string(), json)
    }
}

pub trait JsonBody {
    fn json_body(self, body: &Value) -> Self;
}

impl JsonBody for reqwest::RequestBuilder {
    fn json_body(self, body: &Value) -> Self {
        self.header("Content-Type", "application/json").body(serde_json::to_vec(body).unwrap())
    }
}

/// A minimal valid klant: identified by a natuurlijk_persoon identificatie (no subject fetch needed).
pub fn klant(bronorganisatie: &str, klantnummer: &str) -> Value {
    json!({
        "bronorganisatie": bronorganisatie,
        "klantnummer": klantnummer,
        "websiteUrl": "http://some.website.com",
        "subjectType": "natuurlijk_persoon",
        "subjectIdentificatie": {"inpBsn": "111222333", "geslachtsnaam": "Jansen"}
    })
}

/// A database and clients file that outlive the Apps started on them: for tests that restart a server or run
/// several instances on one database.
#[allow(dead_code)]
pub struct Site {
    pub backend: Backend,
    pub database_url: String,
    pub clients_file: std::path::PathBuf,
    dir: tempfile::TempDir,
    database: Option<Arc<TestDatabase>>,
}

#[allow(dead_code)]
pub async fn site(backend: &Backend) -> Site {
    let dir = tempfile::tempdir().expect("tempdir");
    let clients_file = dir.path().join("clients.toml");
    std::fs::write(&clients_file, CLIENTS).expect("clients file");
    let (database_url, database) = database_for(backend, dir.path()).await;
    Site { backend: backend.clone(), database_url, clients_file, dir, database }
}

/// Builds and starts an App on `site`; aborting the returned task stops its server loop and its notification worker.
#[allow(dead_code)]
pub async fn start_on(
    site: &Site,
    tweak: impl FnOnce(&mut Config),
) -> (TestApp, tokio::task::JoinHandle<std::io::Result<()>>) {
    let mut config = test_config(site.database_url.clone(), site.clients_file.clone());
    tweak(&mut config);
    let app = App::build(config.clone()).await.expect("build app");
    let port = app.port();
    let task = tokio::spawn(app.run_until(std::future::pending()));
    let test_app = TestApp {
        address: format!("http://127.0.0.1:{port}"),
        port,
        client: reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap(),
        token: token_for(&config, "alles"),
        backend: site.backend.clone(),
        database_url: site.database_url.clone(),
        clients_file: site.clients_file.clone(),
        // the site owns the database directory
        _dir: tempfile::tempdir_in(site.dir.path()).expect("tempdir"),
        _database: site.database.clone(),
    };
    (test_app, task)
}
