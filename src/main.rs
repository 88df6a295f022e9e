use clap::{Parser, Subcommand};
use klanten::{App, Config};

/// Klanten API 1.0.0 server (VNG Realisatie).
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    config: Config,
}

#[derive(Subcommand)]
enum Command {
    /// Run the server (the default).
    Serve,
    /// Print a token for a client of the clients file.
    Token {
        #[arg(long)]
        client: String,
        #[arg(long, default_value = "")]
        user_id: String,
        #[arg(long, default_value = "")]
        user_representation: String,
    },
    /// Apply the database migrations and exit.
    Migrate,
    /// Validate the configuration and reach the database and each configured API; exits non-zero with the reason.
    Check,
    /// Add N klanten fast, stored as the API stores them (benchmarks and scale trials; run it while no server
    /// writes to the database).
    Seed {
        #[arg(long)]
        klanten: u64,
        /// The base URL the audit records name.
        #[arg(long, default_value = "http://127.0.0.1:8000")]
        base_url: String,
    },
    /// Write the whole registry (klanten, audit records, undelivered notifications) as a stream of JSON lines
    /// (docs/export-format.md) to FILE, or to standard output with `-`; a read of one snapshot.
    Export { file: String },
    /// Read a stream written by `klanten export` from FILE (`-`: standard input) into the database, as one
    /// transaction; refuses a database that holds klanten unless --append.
    Import {
        file: String,
        /// Add to the klanten the database holds (a uuid or klantnummer it holds fails the whole import).
        #[arg(long)]
        append: bool,
    },
    /// Read the database of the reference Klanten API 1.0.0 (or Open Klant 1.x) at POSTGRES_URL into the
    /// database (README, Operating); with --out the stream is written to FILE instead (`-`: standard output).
    ImportReference {
        postgres_url: String,
        #[arg(long)]
        out: Option<String>,
        /// Add to the klanten the database holds.
        #[arg(long)]
        append: bool,
    },
    /// Copy a SQLite database consistently to FILE while servers use it (VACUUM INTO); FILE must not exist.
    Backup { file: String },
    /// Inspect the notification outbox and replay failed notifications (uses --database-url).
    Outbox {
        #[command(subcommand)]
        command: OutboxCommand,
    },
}

#[derive(Subcommand)]
enum OutboxCommand {
    /// List outbox rows, oldest first: id, status, attempts, created_at, actie, resourceUrl, last_error.
    List {
        /// Only rows with this status.
        #[arg(long, value_parser = ["pending", "delivered", "failed"])]
        status: Option<String>,
    },
    /// Put failed rows back in the queue (attempts 0, due now); a running server delivers them.
    Replay {
        /// A failed row to replay (repeatable).
        #[arg(long = "id", required_unless_present = "all_failed", conflicts_with = "all_failed")]
        ids: Vec<i32>,
        /// Replay every failed row.
        #[arg(long)]
        all_failed: bool,
    },
}

async fn outbox(config: &Config, command: OutboxCommand) -> Result<(), String> {
    use klanten::notify::outbox;
    let store = klanten::store::Store::connect_with(
        &config.database_url,
        klanten::store::StoreOptions { read_cache_bytes: 0, ..config.store_options() },
    )
    .await
    .map_err(|e| e.to_string())?;
    match command {
        OutboxCommand::List { status } => {
            let rows = outbox::list(store.connection(), status.as_deref()).await.map_err(|e| e.to_string())?;
            println!("{}", outbox::LIST_HEADER);
            for row in &rows {
                println!("{}", outbox::format_row(row));
            }
        }
        OutboxCommand::Replay { ids, all_failed } => {
            let wanted = (!all_failed).then_some(ids.as_slice());
            let replayed = outbox::replay(&store, wanted).await.map_err(|e| e.to_string())?;
            for id in ids.iter().filter(|id| !replayed.contains(id)) {
                eprintln!("klanten: outbox row {id} is not a failed row; left as it is");
            }
            let list: Vec<String> = replayed.iter().map(i32::to_string).collect();
            println!(
                "replayed {} row(s): {}",
                replayed.len(),
                if list.is_empty() { "-".into() } else { list.join(" ") }
            );
        }
    }
    Ok(())
}

/// A bulk command's summary on standard error (standard output may be the stream).
fn summary(result: Result<String, String>) -> Result<(), String> {
    result.map(|s| eprintln!("klanten: {s}"))
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    // Logs go to stderr: stdout is for what a subcommand prints (`klanten token`, `klanten outbox list`).
    // Human-readable lines by default, one JSON object per line with KLANTEN_LOG_FORMAT=json; colours only on a
    // terminal. Each request is one line (target `klanten::request`) with a request id that the answer carries in
    // `X-Request-ID` (README, "Logs").
    let filter = tracing_subscriber::EnvFilter::try_from_env("KLANTEN_LOG").unwrap_or_else(|_| {
        // sqlx's "no transaction in progress" notice follows a client that hung up mid-request: not news
        "info,sqlx=warn,sqlx::postgres::notice=error,sea_orm_migration=warn".into()
    });
    let logs = tracing_subscriber::fmt().with_writer(std::io::stderr).with_env_filter(filter);
    if std::env::var("KLANTEN_LOG_FORMAT").is_ok_and(|f| f.eq_ignore_ascii_case("json")) {
        logs.json().init();
    } else {
        use std::io::IsTerminal;
        logs.with_ansi(std::io::stderr().is_terminal()).init();
    }
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => match App::build(cli.config).await {
            Ok(app) => app.run().await.map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        },
        Command::Token { client, .. } if cli.config.clients_file.is_none() => Err(format!(
            "no clients file is configured, so there is no client '{client}' to sign for: give one with \
             --clients-file FILE or KLANTEN_CLIENTS_FILE=FILE (README, Run the server)"
        )),
        Command::Token { client, user_id, user_representation } => {
            klanten::auth::Authoriser::new(klanten::auth_config(&cli.config))
                .map_err(|e| e.to_string())
                .and_then(|a| a.issue_token(&client, &user_id, &user_representation))
                .map(|t| println!("{t}"))
        }
        Command::Migrate => klanten::store::Store::connect_with(
            &cli.config.database_url,
            klanten::store::StoreOptions { read_cache_bytes: 0, ..cli.config.store_options() },
        )
        .await
        .map(|_| println!("migrations applied"))
        .map_err(|e| e.to_string()),
        Command::Check => klanten::check::check(&cli.config).await,
        Command::Outbox { command } => outbox(&cli.config, command).await,
        Command::Export { file } => summary(klanten::transfer::export(&cli.config.database_url, &file).await),
        Command::Import { file, append } => {
            summary(klanten::transfer::import(&cli.config.database_url, &file, append).await)
        }
        Command::ImportReference { postgres_url, out, append } => summary(
            klanten::transfer::import_reference(&postgres_url, &cli.config.database_url, out.as_deref(), append).await,
        ),
        Command::Backup { file } => summary(klanten::transfer::backup(&cli.config.database_url, &file).await),
        Command::Seed { klanten, base_url } => {
            let started = std::time::Instant::now();
            klanten::store::seed(&cli.config.database_url, klanten, &base_url)
                .await
                .map(|_| println!("seeded {klanten} klanten in {:.1} s", started.elapsed().as_secs_f64()))
                .map_err(|e| e.to_string())
        }
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("klanten: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
