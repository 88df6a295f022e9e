//! The conformance tool of this project (README, Conformance testing): `run` records a scenario of exchanges with
//! one server, with a subject mock and a Notificaties API mock on loopback; `diff` compares two recordings after
//! normalisation and labels the differences README's "Deviations from the reference" explains.
pub mod diff;
pub mod mocks;
pub mod normalise;
pub mod record;
pub mod report;
pub mod scenario;
pub mod token;

pub use diff::{diff, ExpectedDifferences, Report, Verdict};
pub use mocks::Mocks;
pub use record::{record, run, Recording, RunOptions, RunSummary};
pub use scenario::Scenario;
pub use token::{Credentials, TokenKind};

/// The default scenario, `conformance/scenarios/default.json`, as shipped.
pub fn default_scenario_path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/default.json")
}

/// The shipped expected differences, `conformance/expected-differences.json`.
pub fn default_expected_path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("expected-differences.json")
}
