//! The committed fuzz corpus (README, "Fuzzing") replayed through the invariants of the fuzz targets: every input
//! the fuzzer kept, and every input that once broke an invariant, is checked by `cargo test` without the fuzzer.
//! Not over HTTP: the targets call the request path's own functions (`klanten::fuzzing`).
use std::path::PathBuf;

#[path = "../../fuzz/checks/mod.rs"]
mod checks;

/// Runs `check` on every file of `fuzz/corpus/<target>/`; fails naming each input that broke an invariant.
fn replay(target: &str, check: fn(&[u8])) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus").join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("corpus entry").path())
        .collect();
    files.sort();
    assert!(files.len() >= 20, "{}: only {} inputs", dir.display(), files.len());
    let mut broken = Vec::new();
    for file in &files {
        let data = std::fs::read(file).expect("corpus file");
        if let Err(panic) = std::panic::catch_unwind(|| check(&data)) {
            let why = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            broken.push(format!("{}: {why}", file.display()));
        }
    }
    assert!(broken.is_empty(), "{} of {} inputs broke an invariant:\n{}", broken.len(), files.len(), broken.join("\n"));
}

#[test]
fn the_body_corpus_keeps_the_invariants_of_the_write_path() {
    replay("body", checks::body::check);
}

#[test]
fn the_query_corpus_keeps_the_invariants_of_the_list_query() {
    replay("query", checks::query::check);
}

#[test]
fn the_headers_corpus_keeps_the_invariants_of_the_header_checks() {
    replay("headers", checks::headers::check);
}
