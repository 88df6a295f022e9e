//! `klanten check`: the configuration validated and every outside party reached, before a server is started with it.
//! Each step prints one line; the first failure ends the check with its reason (and a non-zero exit status).
use sea_orm::{ConnectionTrait, Database};

use crate::{auth, auth_config, notify, store, Config};

/// Runs the checks, printing a line per step to stdout; `Err` with the reason of the first that failed.
pub async fn check(config: &Config) -> Result<(), String> {
    let authoriser = auth::Authoriser::new(auth_config(config)).map_err(|e| format!("authorisation: {e}"))?;
    println!("ok    clients: {} configured", authoriser.client_count());
    let notifications = notify::Settings::from_config(config).map_err(|e| format!("notifications: {e}"))?;
    println!("ok    settings");
    println!("{}", subject_check_line(config));

    let shown = crate::database_without_credentials(&config.database_url);
    if let Some(path) = sqlite_file(&config.database_url).filter(|p| !p.exists()) {
        let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(std::path::Path::new("."));
        if !dir.is_dir() {
            return Err(format!("database {shown}: the directory {} does not exist", dir.display()));
        }
        println!("ok    database {shown}: does not exist yet; `klanten serve` creates it");
    } else {
        // within `--database-timeout-ms`, as the server's own connections
        let mut options = sea_orm::ConnectOptions::new(config.database_url.as_str());
        options.acquire_timeout(std::time::Duration::from_millis(config.database_timeout_ms)).sqlx_logging(false);
        let db = Database::connect(options).await.map_err(|e| format!("database {shown}: cannot connect: {e}"))?;
        db.execute_unprepared("SELECT 1").await.map_err(|e| format!("database {shown}: does not answer: {e}"))?;
        let pending = {
            use migration::MigratorTrait;
            store::Migrator::get_pending_migrations(&db).await.map(|m| m.len()).unwrap_or(usize::MAX)
        };
        match pending {
            0 => println!("ok    database {shown}: reached, migrations applied"),
            usize::MAX => println!("ok    database {shown}: reached, not migrated yet (`klanten serve` migrates it)"),
            n => println!("ok    database {shown}: reached, {n} migrations to apply at the next start"),
        }
    }

    match authoriser.check_ac().await {
        None => println!("-     Autorisaties API: none configured"),
        Some(Ok(())) => println!("ok    Autorisaties API: answers with these credentials"),
        Some(Err(e)) => return Err(format!("Autorisaties API: {e}")),
    }
    match notifications {
        None => println!("-     Notificaties API: none configured (no notifications are sent)"),
        Some(settings) => {
            let client = notify::client::NrcClient::new(&settings).map_err(|e| format!("notifications: {e}"))?;
            let exists = client.kanaal_exists().await.map_err(|e| format!("Notificaties API {}: {e}", settings.api))?;
            println!(
                "ok    Notificaties API {}: answers; kanaal klanten {}",
                settings.api,
                if exists { "exists" } else { "does not exist yet (--notificaties-kanaal-registreren creates it)" }
            );
        }
    }
    Ok(())
}

/// What the kla-002 subject check may fetch: a warning when no `--subject-allowed-hosts` limits it, since then a
/// client with write rights makes this server fetch any host (README, Deviations from the reference, item 9).
fn subject_check_line(config: &Config) -> String {
    let extra = match (config.subject_allow_private_networks, config.subject_allow_loopback) {
        (false, false) => "",
        (true, false) => " and private networks",
        (false, true) => " and this machine",
        (true, true) => ", private networks and this machine",
    };
    match &config.subject_allowed_hosts {
        None => format!(
            "warn  subject check: no --subject-allowed-hosts, so clients with write rights can make this server \
             fetch any host on the public internet{extra}; name the hosts subjects may point at"
        ),
        Some(hosts) => format!("ok    subject check: only {} ({})", hosts.join(", "), hosts.len()),
    }
}

/// The file of a `sqlite://` URL (not `:memory:`).
fn sqlite_file(url: &str) -> Option<std::path::PathBuf> {
    let rest = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && !path.contains(":memory:")).then(|| std::path::PathBuf::from(path))
}
