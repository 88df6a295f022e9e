//! The invariants of the fuzz targets (README, "Fuzzing"), one module per target. The libFuzzer targets in
//! `fuzz/fuzz_targets/` call them with the fuzzer's inputs, and `tests/api/fuzz_corpus.rs` replays the committed
//! corpus through them, so that `cargo test` checks every input the fuzzer kept without the fuzzer.
pub mod body;
mod common;
pub mod headers;
pub mod query;
