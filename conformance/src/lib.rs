//! The conformance tool of this project (README, Conformance testing): `run` records a scenario of exchanges with
//! one server, with a subject mock, a Notificaties API mock and an Autorisaties API mock on loopback, and says what
//! went wrong; `diff` compares two recordings after normalisation and labels the differences README's "Deviations
//! from the reference" explains.
pub mod diff;
pub mod expected;
pub mod mocks;
pub mod normalise;
pub mod problems;
pub mod record;
pub mod report;
pub mod scenario;
pub mod token;

pub use diff::{diff, Report, Verdict};
pub use expected::ExpectedDifferences;
pub use mocks::{MockOptions, Mocks};
pub use problems::Problem;
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
