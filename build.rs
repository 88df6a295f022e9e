//! Keeps `generated/` (the crate `klanten_api`) in step with `openapi.yaml`, and tells the integration tests whether
//! they have a PostgreSQL server (the cfg `klanten_pg`, last paragraph).
//!
//! `scripts/regenerate.sh` runs the pinned openapi-generator and then writes `generated/GENERATED.md5`: md5sum lines
//! (`<md5>  <path>`, paths relative to the repository root, sorted bytewise) for the generator's inputs
//! (`openapi.yaml`, `scripts/regenerate.sh`, every file under `scripts/codegen/`) and for every file in `generated/`
//! except the stamp itself. This script recomputes exactly that list, in pure Rust without Java, and fails the build
//! on any difference, naming what drifted: a changed spec or template not yet regenerated, a hand-edited generated
//! file, or a file added to or removed from `generated/`.
//!
//! It does not regenerate by itself: cargo has already read `generated/Cargo.toml` and fingerprinted the path
//! dependency before any build script runs, so a rewrite from here would only be seen by the next build
//! (see README, "Changing openapi.yaml").
//!
//! It also sets the cfg `klanten_pg` when `KLANTEN_TEST_POSTGRES` is set and non-empty at build time, and reruns when
//! that variable changes. The integration tests (tests/api) mark their PostgreSQL cases
//! `#[cfg_attr(not(klanten_pg), ignore = "...")]`, so that a run without a PostgreSQL server lists them as ignored
//! instead of passing them untested (see README, "Run the tests").
//!
//! And it writes the JSON form of `openapi.yaml` for the published API description (`build/openapi_json.rs`), and
//! the klant's description from `openapi.yaml` and `openapi.overlay.yaml` (`build/description.rs`).

#[path = "build/description.rs"]
mod description;
#[path = "build/openapi_json.rs"]
mod openapi_json;

use md5::{Digest, Md5};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io;
use std::path::Path;

/// The stamp written by `scripts/regenerate.sh`.
const STAMP: &str = "generated/GENERATED.md5";
/// Single-file inputs of the generator.
const INPUT_FILES: [&str; 2] = ["openapi.yaml", "scripts/regenerate.sh"];
/// Trees whose every regular file is hashed: the templates and ignore file (inputs) and the output.
const TREES: [&str; 2] = ["scripts/codegen", "generated"];
/// The one command that brings `generated/` back in step.
const REGENERATE: &str = "scripts/regenerate.sh";
/// The PostgreSQL server of the integration tests (e.g. `postgres://postgres@127.0.0.1:5432`).
const TEST_POSTGRES: &str = "KLANTEN_TEST_POSTGRES";
/// The cfg set when `TEST_POSTGRES` is: the tests' PostgreSQL cases run instead of being ignored.
const TEST_POSTGRES_CFG: &str = "klanten_pg";

fn main() {
    test_postgres_cfg();
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&root);
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    if let Err(e) = openapi_json::write(&root.join("openapi.yaml"), &Path::new(&out_dir).join("openapi.json")) {
        panic!("cannot write the JSON form of openapi.yaml: {e}");
    }
    let overlay = root.join("openapi.overlay.yaml");
    if let Err(e) =
        description::write(&root.join("openapi.yaml"), &overlay, &Path::new(&out_dir).join("description.rs"))
    {
        println!("cargo::error=the klant's description: {e}");
        return;
    }
    for path in ["openapi.overlay.yaml", "build/description.rs", "src/domain/names.rs"] {
        println!("cargo::rerun-if-changed={path}");
    }
    for path in INPUT_FILES.iter().chain(TREES.iter()) {
        // A directory is scanned recursively by cargo, so added and removed files are noticed too.
        println!("cargo::rerun-if-changed={path}");
    }
    println!("cargo::rerun-if-changed=build/openapi_json.rs");

    let problems = match check(root) {
        Ok(problems) => problems,
        Err(err) => vec![format!("cannot check generated/: {err}")],
    };
    if problems.is_empty() {
        return;
    }
    let mut message = vec![format!(
        "generated/ is out of step with its inputs (build.rs compared the files with the stamp {STAMP}):"
    )];
    message.extend(problems.iter().map(|p| format!("  {p}")));
    message.push(format!(
        "Run `{REGENERATE}` (needs java and python3), then build again; commit generated/ with its inputs."
    ));
    message.push(
        "Never edit generated/ by hand: change openapi.yaml or scripts/codegen/templates/ and regenerate.".to_string(),
    );
    for line in message {
        println!("cargo::error={line}");
    }
}

/// Declares the cfg `klanten_pg` and sets it when `KLANTEN_TEST_POSTGRES` is set and non-empty; a change of the
/// variable reruns this script (and so rebuilds the package with or without the cfg).
fn test_postgres_cfg() {
    println!("cargo::rustc-check-cfg=cfg({TEST_POSTGRES_CFG})");
    println!("cargo::rerun-if-env-changed={TEST_POSTGRES}");
    if std::env::var_os(TEST_POSTGRES).is_some_and(|url| !url.is_empty()) {
        println!("cargo::rustc-cfg={TEST_POSTGRES_CFG}");
    }
}

/// Compares the stamp with the files on disk; returns one line per difference.
fn check(root: &Path) -> io::Result<Vec<String>> {
    let stamp = match fs::read_to_string(root.join(STAMP)) {
        Ok(text) => text,
        Err(err) if err.kind() == io::ErrorKind::NotFound => {
            return Ok(vec![format!("missing: {STAMP} (the stamp; generated/ was never generated by the script)")])
        }
        Err(err) => return Err(err),
    };
    let mut problems = Vec::new();
    let mut expected = BTreeMap::new();
    for (number, line) in stamp.lines().enumerate() {
        match line.split_once("  ") {
            Some((hash, path)) if hash.len() == 32 && hash.bytes().all(|b| b.is_ascii_hexdigit()) => {
                expected.insert(path.to_string(), hash.to_ascii_lowercase());
            }
            _ => problems.push(format!("changed: {STAMP} (line {} is not `<md5>  <path>`)", number + 1)),
        }
    }

    let actual = current_files(root)?;
    let paths: BTreeSet<&String> = expected.keys().chain(actual.keys()).collect();
    for path in paths {
        let hint = if path.starts_with("generated/") {
            " (generated code edited by hand?)"
        } else {
            " (changed since the last regeneration)"
        };
        match (expected.get(path), actual.get(path)) {
            (Some(want), Some(have)) if want == have => {}
            (Some(_), Some(_)) => problems.push(format!("changed: {path}{hint}")),
            (Some(_), None) => problems.push(format!("missing: {path} (listed in the stamp, not on disk)")),
            (None, Some(_)) => problems.push(format!("added:   {path} (on disk, not written by the generator)")),
            (None, None) => unreachable!(),
        }
    }
    Ok(problems)
}

/// The md5 of every file the stamp covers, keyed by its `/`-separated path relative to `root`.
fn current_files(root: &Path) -> io::Result<BTreeMap<String, String>> {
    let mut paths = Vec::new();
    for file in INPUT_FILES {
        if root.join(file).is_file() {
            paths.push(file.to_string());
        }
    }
    for tree in TREES {
        if root.join(tree).is_dir() {
            walk(root, tree, &mut paths)?;
        }
    }
    let mut files = BTreeMap::new();
    for path in paths {
        if path == STAMP {
            continue;
        }
        let digest = Md5::digest(fs::read(root.join(&path))?);
        let hex = digest.iter().map(|b| format!("{b:02x}")).collect::<String>();
        files.insert(path, hex);
    }
    Ok(files)
}

/// Collects the regular files under `dir` (like `find dir -type f`: symbolic links are neither followed nor listed).
fn walk(root: &Path, dir: &str, out: &mut Vec<String>) -> io::Result<()> {
    for entry in fs::read_dir(root.join(dir))? {
        let entry = entry?;
        let name = entry.file_name();
        let path = format!("{dir}/{}", name.to_string_lossy());
        let kind = entry.file_type()?;
        if kind.is_dir() {
            walk(root, &path, out)?;
        } else if kind.is_file() {
            out.push(path);
        }
    }
    Ok(())
}
