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

if [[ ! -x "$VENV/bin/python" ]] || ! "$VENV/bin/python" -c 'import zds_client' 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "gemma-zds-client==2.0.0"
fi
CLIENT_ID=zgw-check
# shellcheck source=lib/check-server.sh
source "$ROOT/scripts/lib/check-server.sh"

"$VENV/bin/python" "$ROOT/scripts/zgw_client_check.py" "http://127.0.0.1:$PORT/api/v1/" zgw-check "$SECRET"
