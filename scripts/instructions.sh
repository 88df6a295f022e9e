#!/usr/bin/env bash
# Instructions per request of a release build, counted by valgrind's callgrind: steady on a machine whose wall
# clock is noisy, so that two builds can be compared by a number that moves only when the code does.
#
# Usage: scripts/instructions.sh [--klanten N] [--requests R] [--binary PATH] [PATH]
#        (defaults 1000 klanten, 200 requests, this tree's release build, '/api/v1/klanten?uncached={i}')
#
# A fresh SQLite file is seeded with N klanten (`klanten seed`), the server starts under callgrind, 20 requests
# warm it up, the counters are zeroed, then R GETs of PATH ({i} replaced by the request's number, so that each
# can be a new URL that no cache of list pages answers) are sent one after the other on one connection, every
# one of which must answer 200. Printed: the instructions of all the server's threads for those requests, and
# per request. --binary measures another build (an older commit built into its own target directory).
{
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

KLANTEN=1000 REQUESTS=200 BIN="" TARGET='/api/v1/klanten?uncached={i}'
usage() { sed -n 's/^# Usage: //p' "${BASH_SOURCE[0]}" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --klanten) KLANTEN="${2:?--klanten needs a value}"; shift 2 ;;
    --requests) REQUESTS="${2:?--requests needs a value}"; shift 2 ;;
    --binary) BIN="${2:?--binary needs a path}"; shift 2 ;;
    -h|--help) usage ;;
    -*) echo "instructions.sh: unknown argument '$1'" >&2; usage ;;
    *) TARGET="$1"; shift ;;
  esac
done
for v in KLANTEN REQUESTS; do
  [[ "${!v}" =~ ^[0-9]+$ ]] && [ "${!v}" -gt 0 ] || { echo "instructions.sh: --${v,,} must be a positive integer" >&2; exit 2; }
done
command -v valgrind >/dev/null || { echo "instructions.sh: needs valgrind (Debian package valgrind)" >&2; exit 1; }
export NO_PROXY=127.0.0.1,localhost no_proxy=127.0.0.1,localhost
if [ -z "$BIN" ]; then
  export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
  cargo build --release -q --bin klanten
  BIN="$CARGO_TARGET_DIR/release/klanten"
fi

WORK="$(mktemp -d)" PID=""
cleanup() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
cat > "$WORK/clients.toml" <<'TOML'
[[client]]
id = "measure"
secret = "measure-secret-measure-secret"
all = true
TOML
chmod 600 "$WORK/clients.toml"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
export KLANTEN_CLIENTS_FILE="$WORK/clients.toml" KLANTEN_BIND="127.0.0.1:$PORT" KLANTEN_LOG=warn \
  DATABASE_URL="sqlite://$WORK/klanten.sqlite3"
"$BIN" seed --klanten "$KLANTEN" --base-url "http://127.0.0.1:$PORT" > "$WORK/seed.log" 2>&1 || { cat "$WORK/seed.log" >&2; exit 1; }
TOKEN=$("$BIN" token --client measure 2>/dev/null | tail -n1)

valgrind --tool=callgrind --callgrind-out-file="$WORK/callgrind.out" "$BIN" serve 2> "$WORK/server.log" & PID=$!
send() { # from to: GETs of TARGET for i in [from, to), each must answer 200
  python3 - "$PORT" "$TOKEN" "$TARGET" "$1" "$2" <<'PY'
import http.client, sys, time
port, token, target, start, end = int(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
for _ in range(600):  # the server under callgrind starts slowly: up to a minute
    try:
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=60); c.connect(); break
    except OSError:
        time.sleep(0.1)
else:
    sys.exit("instructions.sh: the server did not start")
for i in range(start, end):
    c.request("GET", target.replace("{i}", str(i)), headers={"Authorization": "Bearer " + token})
    r = c.getresponse(); r.read()
    if r.status != 200:
        sys.exit(f"instructions.sh: {target} answered {r.status}")
PY
}
send 0 20
callgrind_control -z "$PID" > /dev/null 2>&1
send 20 $((20 + REQUESTS))
callgrind_control -d "$PID" > /dev/null 2>&1
total=$(sed -n 's/^summary: //p' "$WORK/callgrind.out.1")
echo "$REQUESTS × GET $TARGET ($KLANTEN klanten, SQLite): $total instructions, $((total / REQUESTS)) a request"
}
