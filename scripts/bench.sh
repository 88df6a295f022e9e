#!/usr/bin/env bash
# Load benchmark of a release build on loopback: full GET, conditional GET (304), list, create and patch.
# Prints requests per second, latency percentiles, the cost ratio of a conditional to a full GET, and the
# server's memory. Bounded: each run lasts DURATION seconds (default 10) against 127.0.0.1 only.
#
# Usage: scripts/bench.sh [DURATION_SECONDS]        (env: DATABASE_URL to bench PostgreSQL; CONNECTIONS, default 16)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DURATION="${1:-10}"
CONNECTIONS="${CONNECTIONS:-16}"

command -v wrk >/dev/null || { echo "installing wrk (Debian package)"; apt-get install -y -qq wrk >/dev/null; }
cargo build --release -q
BIN="${CARGO_TARGET_DIR:-$ROOT/target}/release/klanten"

WORK="$(mktemp -d)"
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT
cat > "$WORK/clients.toml" <<'TOML'
[[client]]
id = "bench"
secret = "bench-secret-bench-secret"
all = true
TOML
chmod 600 "$WORK/clients.toml"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
export KLANTEN_CLIENTS_FILE="$WORK/clients.toml" KLANTEN_BIND="127.0.0.1:$PORT" KLANTEN_LOG=warn
export DATABASE_URL="${DATABASE_URL:-sqlite://$WORK/bench.sqlite3}"
"$BIN" serve & PID=$!
TOKEN=$("$BIN" token --client bench 2>/dev/null | tail -n1)
BASE="http://127.0.0.1:$PORT/api/v1/klanten"
for _ in $(seq 1 50); do curl -s -o /dev/null "$BASE" && break; sleep 0.1; done

echo "seeding 300 klanten ..."
for i in $(seq 1 300); do
  curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$BASE" -d \
    '{"bronorganisatie":"950428139","websiteUrl":"http://x.nl","adres":{"straatnaam":"Keizersgracht","huisnummer":117},"subjectType":"natuurlijk_persoon","subjectIdentificatie":{"inpBsn":"111222333","geslachtsnaam":"Jansen","verblijfsadres":{"aoaIdentificatie":"1","gorOpenbareRuimteNaam":"Straat"},"subVerblijfBuitenland":{"lndLandcode":"NL","lndLandnaam":"Nederland"}}}'
done
DETAIL=$(curl -s -D "$WORK/h" -H "Authorization: Bearer $TOKEN" "$BASE?page=2" | python3 -c 'import json,sys; print(json.load(sys.stdin)["results"][0]["url"])')
ETAG=$(curl -s -D - -o /dev/null -H "Authorization: Bearer $TOKEN" "$DETAIL" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')

cat > "$WORK/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"bronorganisatie":"123456782","websiteUrl":"http://x.nl","subjectType":"vestiging","subjectIdentificatie":{"vestigingsNummer":"1","handelsnaam":["a"]}}'
LUA
cat > "$WORK/patch.lua" <<'LUA'
wrk.method = "PATCH"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"functie":"directeur"}'
LUA

run() { # name, extra wrk args...
  local name="$1"; shift
  local out; out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" "$@")
  local rps p50 p99 non2xx
  rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
  p50=$(awk '$1=="50%"{print $2}' <<<"$out")
  p99=$(awk '$1=="99%"{print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx/{print $5}' <<<"$out")
  printf '%-28s %10s req/s   p50 %-9s p99 %-9s non-2xx/3xx: %s\n' "$name" "$rps" "$p50" "$p99" "${non2xx:-0}"
  eval "RPS_${name//[^a-zA-Z0-9]/_}=$rps"
}

echo "database: ${DATABASE_URL%%://*}, ${CONNECTIONS} connections, ${DURATION}s per run, $(nproc) cores"
run "GET klant (200)" "$DETAIL"
run "GET klant If-None-Match (304)" -H "If-None-Match: $ETAG" "$DETAIL"
run "GET list (100 a page)" "$BASE"
run "PATCH klant" -s "$WORK/patch.lua" "$DETAIL"
run "POST klant" -s "$WORK/post.lua" "$BASE"
python3 - "$RPS_GET_klant__200_" "$RPS_GET_klant_If_None_Match__304_" <<'PY'
import sys
full, cond = float(sys.argv[1]), float(sys.argv[2])
print(f"conditional GET costs {full / cond:.2f}x a full GET ({cond / full:.2f}x the throughput)")
PY
echo "server RSS after the runs: $(( $(ps -o rss= -p "$PID") / 1024 )) MiB"
