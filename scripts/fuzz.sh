#!/usr/bin/env bash
# Coverage-guided fuzzing (README, "Fuzzing"): cargo-fuzz (libFuzzer, with AddressSanitizer) on the request paths
# that take client input, one target after the other, each for a bounded time, starting from the committed corpus
# (fuzz/corpus/<target>/). Fails when a target crashes (a panic, a broken invariant, a sanitizer report) or an input
# takes longer than 10 s; the input is left in fuzz/artifacts/<target>/ and the command to replay it is printed.
#
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default 60 s; targets: body query headers)
# Environment:
#   FUZZ_TARGET_DIR      the fuzz crate's build directory (default: $HOME/.cache/klanten/target-fuzz-crate)
#   FUZZ_WORK_CORPUS     where the inputs found by a run are kept (default: $HOME/.cache/klanten/fuzz-corpus); the
#                        committed corpus is only read
#   FUZZ_SANITIZER       address (default) or none (faster, finds panics and broken invariants only)
#   FUZZ_UPDATE_CORPUS   1: after the runs, merge what they found into fuzz/corpus/<target>/ and minimise it
#                        (`cargo fuzz cmin`), to be committed
#
# The machine needs no nightly toolchain: cargo-fuzz passes nightly-only flags (-Zsanitizer, the coverage passes),
# which stable rustc accepts with RUSTC_BOOTSTRAP=1. The first build takes many minutes (every dependency is
# instrumented); later ones are incremental.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_PER_TARGET="${1:-60}"
shift || true
TARGETS=("$@")
[[ ${#TARGETS[@]} -gt 0 ]] || TARGETS=(body query headers)
TARGET_DIR="${FUZZ_TARGET_DIR:-$HOME/.cache/klanten/target-fuzz-crate}"
WORK="${FUZZ_WORK_CORPUS:-$HOME/.cache/klanten/fuzz-corpus}"
SANITIZER="${FUZZ_SANITIZER:-address}"

if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked --version 0.13.2
fi
export RUSTC_BOOTSTRAP=1

# The longest input of each target: a body of up to 64 KiB (the nesting limit and Python's error messages are
# reached well within it), a query string and a header block of up to 4 KiB.
max_len() {
  case "$1" in
    body) echo 65536 ;;
    *) echo 4096 ;;
  esac
}

# `fuzz SUBCOMMAND ARGS...`: cargo fuzz with this repository's settings (its options go before the target and the
# libFuzzer arguments).
fuzz() {
  local subcommand="$1"
  shift
  cargo fuzz "$subcommand" --fuzz-dir "$ROOT/fuzz" --target-dir "$TARGET_DIR" --sanitizer "$SANITIZER" -O "$@"
}

for target in "${TARGETS[@]}"; do
  mkdir -p "$WORK/$target"
  echo "== fuzz target $target: ${SECONDS_PER_TARGET}s"
  # New inputs go to the first directory (the work corpus); the committed corpus is read as seeds.
  fuzz run "$target" "$WORK/$target" "$ROOT/fuzz/corpus/$target" -- \
    -max_total_time="$SECONDS_PER_TARGET" -max_len="$(max_len "$target")" -timeout=10 \
    -dict="$ROOT/fuzz/dict/$target.dict" -print_final_stats=1
done

if [[ "${FUZZ_UPDATE_CORPUS:-0}" == 1 ]]; then
  for target in "${TARGETS[@]}"; do
    cp -n "$WORK/$target"/* "$ROOT/fuzz/corpus/$target/" 2>/dev/null || true
    # an input kept for each edge of the code covered (not for each hit count), so that the corpus stays small
    fuzz cmin "$target" -- -use_counters=0 -max_len="$(max_len "$target")" -timeout=10
    echo "fuzz/corpus/$target: $(find "$ROOT/fuzz/corpus/$target" -type f | wc -l) inputs"
  done
fi
