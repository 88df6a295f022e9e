//! Test harness: each test gets the real server on a random port with a fresh database, on SQLite always and on
//! PostgreSQL too when `KLANTEN_TEST_POSTGRES` is set (e.g. `postgres://postgres@127.0.0.1:5432`; `.ci/run` sets it).
use std::io::Write;
use std::sync::Once;

use klanten::{App, Config};
use sea_orm::{ConnectionTrait, Database};
use serde_json::{json, Value};

#[derive(Clone, Debug)]
pub enum Backend {
    Sqlite,
    Postgres(String),
}

static ANNOUNCE: Once = Once::new();
static PG_CLEAN: tokio::sync::OnceCell<()> = tokio::sync::OnceCell::const_new();

/// The databases every test runs against.
pub fn backends() -> Vec<Backend> {
    let mut b = vec![Backend::Sqlite];
    if let Ok(url) = std::env::var("KLANTEN_TEST_POSTGRES") {
        if !url.is_empty() {
            b.push(Backend::Postgres(url.trim_end_matches('/').to_string()));
        }
    }
    ANNOUNCE.call_once(|| {
        let names: Vec<&str> = b
            .iter()
            .map(|b| match b {
                Backend::Sqlite => "SQLite",
                Backend::Postgres(_) => "PostgreSQL",
            })
            .collect();
        // Written past the test harness's capture, so that every run says which databases it tested.
        let _ = writeln!(std::io::stderr(), "klanten integration tests run against: {}", names.join(", "));
    });
    b
}

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

async fn database_for(backend: &Backend, dir: &std::path::Path) -> String {
    match backend {
        Backend::Sqlite => format!("sqlite://{}", dir.join("klanten.sqlite3").display()),
        Backend::Postgres(server) => {
            let admin = Database::connect(format!("{server}/test")).await.expect("connect to PostgreSQL database test");
            PG_CLEAN
                .get_or_init(|| async {
                    // Databases of earlier runs of this test binary.
                    let rows = admin
                        .query_all(sea_orm::Statement::from_string(
                            admin.get_database_backend(),
                            "SELECT datname FROM pg_database WHERE datname LIKE 'klanten\\_test\\_%'",
                        ))
                        .await
                        .unwrap_or_default();
                    for r in rows {
                        if let Ok(name) = r.try_get::<String>("", "datname") {
                            let _ = admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\"")).await;
                        }
                    }
                })
                .await;
            let name = format!("klanten_test_{}", uuid::Uuid::new_v4().simple());
            admin.execute_unprepared(&format!("CREATE DATABASE \"{name}\"")).await.expect("create test database");
            format!("{server}/{name}")
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
    c
}

pub async fn spawn_app(backend: &Backend) -> TestApp {
    spawn_app_with(backend, |_| {}).await
}

pub async fn spawn_app_with(backend: &Backend, tweak: impl FnOnce(&mut Config)) -> TestApp {
    let dir = tempfile::tempdir().expect("tempdir");
    let clients_file = dir.path().join("clients.toml");
    std::fs::write(&clients_file, CLIENTS).expect("clients file");
    let database_url = database_for(backend, dir.path()).await;
    let mut config = test_config(database_url.clone(), clients_file.clone());
    tweak(&mut config);
    let app = App::build(config.clone()).await.expect("build app");
    let port = app.port();
    tokio::spawn(app.run());
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
}

#[allow(dead_code)]
pub async fn site(backend: &Backend) -> Site {
    let dir = tempfile::tempdir().expect("tempdir");
    let clients_file = dir.path().join("clients.toml");
    std::fs::write(&clients_file, CLIENTS).expect("clients file");
    let database_url = database_for(backend, dir.path()).await;
    Site { backend: backend.clone(), database_url, clients_file, dir }
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
    let task = tokio::spawn(app.run());
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
    };
    (test_app, task)
}
