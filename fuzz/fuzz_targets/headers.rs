//! The `headers` fuzz target: libFuzzer's inputs through `checks::headers` (README, "Fuzzing").
#![no_main]

#[allow(dead_code)]
#[path = "../checks/mod.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::headers::check(data));
