//! Tests of the whole authoriser: tokens against a clients file, and rights from a mocked AC.

mod ac;
mod local;

use std::io::Write;
use std::time::Duration;

use super::{AuthConfig, Authoriser};

/// A clients file on disk; keep the handle alive while the authoriser is built.
pub(super) fn clients_file(text: &str) -> tempfile::NamedTempFile {
    let mut f = tempfile::NamedTempFile::new().expect("temp file");
    f.write_all(text.as_bytes()).expect("write clients file");
    f
}

pub(super) fn config(file: &tempfile::NamedTempFile) -> AuthConfig {
    AuthConfig {
        clients_file: Some(file.path().to_path_buf()),
        ac_timeout: Duration::from_secs(2),
        ..AuthConfig::default()
    }
}

pub(super) fn authoriser(text: &str) -> Authoriser {
    let f = clients_file(text);
    Authoriser::new(config(&f)).expect("valid clients file")
}

pub(super) fn new_err(cfg: AuthConfig) -> String {
    match Authoriser::new(cfg) {
        Ok(_) => panic!("expected Authoriser::new to fail"),
        Err(e) => e.to_string(),
    }
}
