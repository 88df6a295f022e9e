//! The `query` fuzz target: libFuzzer's inputs through `checks::query` (README, "Fuzzing").
#![no_main]

#[allow(dead_code)]
#[path = "../checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::query::check(data));
