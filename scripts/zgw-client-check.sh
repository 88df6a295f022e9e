#!/usr/bin/env bash
# A real ZGW client against this server (README, "The OAS document"): starts the server on a free loopback port with
# a fresh SQLite database and one client, then runs scripts/zgw_client_check.py with gemma-zds-client 2.0.0 from a
# Python virtual environment it creates on first use. Prints which operations passed; exits non-zero when any failed.
#
# Usage: scripts/zgw-client-check.sh
# Environment:
#   ZGW_CHECK_VENV  the venv (default: $HOME/.cache/klanten/zds-venv; created, and the client installed from PyPI,
#                   when missing)
#   KLANTEN_BIN     the server binary (default: $CARGO_TARGET_DIR/debug/klanten, built with cargo when missing)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${ZGW_CHECK_VENV:-$HOME/.cache/klanten/zds-venv}"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
BIN="${KLANTEN_BIN:-$TARGET/debug/klanten}"

if [[ ! -x "$VENV/bin/python" ]] || ! "$VENV/bin/python" -c 'import zds_client' 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "gemma-zds-client==2.0.0"
fi
if [[ ! -x "$BIN" ]]; then
  (cd "$ROOT" && cargo build --quiet --bin klanten)
fi

WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

SECRET="zgw-check-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
cat > "$WORK/clients.toml" <<TOML
[[client]]
id = "zgw-check"
secret = "$SECRET"
all = true
TOML
PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

KLANTEN_BIND="127.0.0.1:$PORT" KLANTEN_CLIENTS_FILE="$WORK/clients.toml" \
  DATABASE_URL="sqlite://$WORK/klanten.sqlite3" KLANTEN_LOG=warn "$BIN" serve > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do
  if curl -fsS -o /dev/null "http://127.0.0.1:$PORT/api/v1/openapi.yaml" 2>/dev/null; then break; fi
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then cat "$WORK/server.log" >&2; echo "zgw-client-check.sh: the server stopped" >&2; exit 1; fi
  sleep 0.1
done

"$VENV/bin/python" "$ROOT/scripts/zgw_client_check.py" "http://127.0.0.1:$PORT/api/v1/" zgw-check "$SECRET"
