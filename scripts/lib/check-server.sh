# Sourced by the scripts that check a running server (zgw-client-check.sh, oas-fuzz.sh): builds the binary when
# missing, starts it on a free loopback port with a fresh SQLite database and one client with all rights, waits until
# it listens, and stops it and removes its files on exit.
#
# In:  ROOT (the repository), CLIENT_ID; optional KLANTEN_BIN, CARGO_TARGET_DIR.
# Out: BIN, PORT, SECRET, WORK (a temporary directory), SERVER_PID.

TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
BIN="${KLANTEN_BIN:-$TARGET/debug/klanten}"
if [[ ! -x "$BIN" ]]; then
  (cd "$ROOT" && cargo build --quiet --bin klanten)
fi

WORK="$(mktemp -d)"
SERVER_PID=""
stop_server() {
  if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap stop_server EXIT

SECRET="$CLIENT_ID-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
printf '[[client]]\nid = "%s"\nsecret = "%s"\nall = true\n' "$CLIENT_ID" "$SECRET" > "$WORK/clients.toml"
chmod 600 "$WORK/clients.toml"
PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
KLANTEN_BIND="127.0.0.1:$PORT" KLANTEN_CLIENTS_FILE="$WORK/clients.toml" DATABASE_URL="sqlite://$WORK/klanten.sqlite3" \
  KLANTEN_LOG=warn "$BIN" serve > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do
  curl -fsS -o /dev/null "http://127.0.0.1:$PORT/api/v1/openapi.yaml" 2>/dev/null && break
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    cat "$WORK/server.log" >&2
    echo "$(basename "$0"): the server stopped" >&2
    exit 1
  fi
  sleep 0.1
done
