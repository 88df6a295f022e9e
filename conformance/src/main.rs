//! `klanten-conformance run|diff` (README, Conformance testing).
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};
use klanten_conformance::{report, Credentials, ExpectedDifferences, Recording, RunOptions, Scenario};

const ABOUT: &str = "Records a scenario of Klanten API exchanges against a server, and compares two recordings \
(e.g. of the reference implementation and of this server).";

const LONG_ABOUT: &str = "Records a scenario of Klanten API exchanges against a server, and compares two recordings \
(e.g. of the reference implementation and of this server).

The default scenario assumes an EMPTY registry at the start: run it against a server with a fresh database (it \
creates some 120 klanten and counts them in lists).

During `run` the tool starts a subject server (kla-002), a Notificaties API mock and an Autorisaties API mock on \
loopback; point the server under test at the NRC and AC mocks (this server: --notificaties-api http://NRC-ADDR/api/v1 \
--autorisaties-api http://AC-ADDR/api/v1 with any client ids and secrets, and --subject-allow-loopback for the \
subject mock). Fix their addresses with --subject-bind, --nrc-bind and --ac-bind so that the server can be \
configured before the run. The tool opens one connection per request.

`run` ends with the problems of the recording (requests without an answer, steps not sent, 5xx answers, expected \
notifications that did not arrive); it exits 1 when the expected differences do not explain all of them, 0 \
otherwise, 2 when it cannot record at all.

`diff` prints a table of the differences, the expected ones (README's deviations) in a section of their own, and \
as its last line `N same, M different, K expected`; it exits 1 when anything unexpected differs, 0 otherwise, 2 on \
bad usage or unreadable files.";

#[derive(Parser)]
#[command(name = "klanten-conformance", version, about = ABOUT, long_about = LONG_ABOUT)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Runs a scenario against one server (which must start with an empty registry) and writes one JSON line per
    /// exchange (after a first line describing the run).
    Run(Box<RunArgs>),
    /// Compares two recordings; exits 1 when something differs that the expected differences do not explain.
    Diff(DiffArgs),
}

#[derive(Args)]
struct RunArgs {
    /// The server's API root, e.g. http://127.0.0.1:8000/api/v1
    #[arg(long)]
    base_url: String,
    /// Client with all scopes.
    #[arg(long)]
    client_id: String,
    #[arg(long)]
    secret: String,
    /// Client with only klanten.lezen (for the missing-scope steps; they are skipped without it).
    #[arg(long, requires = "limited_secret")]
    limited_client_id: Option<String>,
    #[arg(long, requires = "limited_client_id")]
    limited_secret: Option<String>,
    /// The scenario file [default: conformance/scenarios/default.json of this repository]
    #[arg(long)]
    scenario: Option<PathBuf>,
    /// The recording to write.
    #[arg(long)]
    out: PathBuf,
    /// Address of the subject mock.
    #[arg(long, default_value = "127.0.0.1:0")]
    subject_bind: String,
    /// Address of the Notificaties API mock (its base URL is http://ADDR/api/v1).
    #[arg(long, default_value = "127.0.0.1:0")]
    nrc_bind: String,
    /// Address of the Autorisaties API mock (its base URL is http://ADDR/api/v1).
    #[arg(long, default_value = "127.0.0.1:0")]
    ac_bind: String,
    /// Longest wait for the notifications of one write, in ms.
    #[arg(long, default_value_t = 1500)]
    notification_wait_ms: u64,
    /// Notifications have settled when none arrived for this long, in ms (steps without an expected count).
    #[arg(long, default_value_t = 200)]
    notification_quiet_ms: u64,
    /// Delay of the subject mock's /slow, in ms.
    #[arg(long, default_value_t = 1000)]
    slow_subject_ms: u64,
    /// Timeout of one request, in ms.
    #[arg(long, default_value_t = 30000)]
    request_timeout_ms: u64,
    /// The expected differences that explain problems of the run [default: conformance/expected-differences.json of
    /// this repository]
    #[arg(long)]
    expected: Option<PathBuf>,
    /// No expected differences: every problem counts.
    #[arg(long, conflicts_with = "expected")]
    no_expected: bool,
}

#[derive(Args)]
struct DiffArgs {
    /// The first recording (e.g. the reference).
    a: PathBuf,
    /// The second recording (e.g. this server).
    b: PathBuf,
    /// The expected differences [default: conformance/expected-differences.json of this repository]
    #[arg(long)]
    expected: Option<PathBuf>,
    /// No expected differences at all (every difference counts).
    #[arg(long, conflicts_with = "expected")]
    no_expected: bool,
    /// Print the report as one JSON line (still followed by the counts line).
    #[arg(long)]
    json: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Run(args) => run(*args),
        Command::Diff(args) => diff(args),
    };
    match outcome {
        Ok(code) => code,
        Err(message) => {
            eprintln!("klanten-conformance: {message}");
            ExitCode::from(2)
        }
    }
}

fn expected_differences(path: Option<PathBuf>, none: bool) -> Result<ExpectedDifferences, String> {
    if none {
        return Ok(ExpectedDifferences::default());
    }
    ExpectedDifferences::load(&path.unwrap_or_else(klanten_conformance::default_expected_path))
}

fn run(args: RunArgs) -> Result<ExitCode, String> {
    let expected = expected_differences(args.expected, args.no_expected)?;
    let scenario_path = args.scenario.unwrap_or_else(klanten_conformance::default_scenario_path);
    let scenario = Scenario::load(&scenario_path)?;
    let full = Credentials { client_id: args.client_id, secret: args.secret };
    let mut options = RunOptions::new(&args.base_url, full, scenario, args.out.clone());
    options.limited = match (args.limited_client_id, args.limited_secret) {
        (Some(client_id), Some(secret)) => Some(Credentials { client_id, secret }),
        _ => None,
    };
    options.scenario_name = scenario_path.display().to_string();
    options.subject_bind = args.subject_bind;
    options.nrc_bind = args.nrc_bind;
    options.ac_bind = args.ac_bind;
    options.notification_wait = Duration::from_millis(args.notification_wait_ms);
    options.notification_quiet = Duration::from_millis(args.notification_quiet_ms);
    options.slow_subject = Duration::from_millis(args.slow_subject_ms);
    options.request_timeout = Duration::from_millis(args.request_timeout_ms);
    let runtime = tokio::runtime::Runtime::new().map_err(|e| format!("cannot start the runtime: {e}"))?;
    let summary = runtime.block_on(klanten_conformance::run(options))?;
    let (text, fit) = klanten_conformance::problems::report(&summary, &expected);
    eprintln!("recorded to {}", args.out.display());
    eprint!("{text}");
    Ok(if fit { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

fn diff(args: DiffArgs) -> Result<ExitCode, String> {
    let a = Recording::load(&args.a)?;
    let b = Recording::load(&args.b)?;
    let expected = expected_differences(args.expected, args.no_expected)?;
    let report = klanten_conformance::diff(&a, &b, &expected);
    let text = if args.json { report::json(&report) } else { report::text(&report) };
    print!("{text}");
    Ok(if report.different > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
