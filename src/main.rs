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
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("KLANTEN_LOG").unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .init();
    let cli = Cli::parse();
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => match App::build(cli.config).await {
            Ok(app) => app.run().await.map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        },
        Command::Token { client, user_id, user_representation } => {
            klanten::auth::Authoriser::new(klanten::auth_config(&cli.config))
                .and_then(|a| a.issue_token(&client, &user_id, &user_representation))
                .map(|t| println!("{t}"))
        }
        Command::Migrate => klanten::store::Store::connect(&cli.config.database_url)
            .await
            .map(|_| println!("migrations applied"))
            .map_err(|e| e.to_string()),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("klanten: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
