#!/usr/bin/env bash
# Load benchmark of a release build on loopback, with authorisation and notifications on: full GET, conditional
# GET (304), list pages, a filtered list, create and patch, each against the ceiling of a bare hyper server
# (examples/bare_hyper.rs) serving a body of the same size, measured in the same invocation. Prints requests per
# second, latency percentiles (p50, p99), errors (non-2xx/3xx responses plus socket errors), the ratio to bare
# hyper, the server's peak RSS, and a markdown table for the README.
#
# Usage: scripts/bench.sh [--klanten N] [--duration SECONDS] [--connections C]     (defaults 1000, 10, 16)
#
# - The database starts empty at every run: DATABASE_URL when set (PostgreSQL on 127.0.0.1/localhost only, e.g.
#   postgres://postgres@127.0.0.1:5432/klanten_bench; its database is dropped and created again, so its name must
#   contain "bench"), else a fresh SQLite file in a temporary directory.
# - It is filled with N klanten by `klanten seed --klanten N` before the server starts (timed). BENCH_SEED=api
#   (or BENCH_SEED=0) skips `klanten seed` and creates min(N, 50) klanten through the API with curl instead,
#   for a build without the seed subcommand.
# - Notifications go to a mock Notificaties API (examples/mock_nrc.rs: 201 to every POST) on a free loopback port.
# - Bounded: each wrk run lasts SECONDS against 127.0.0.1 only; every process and temporary file is removed on
#   exit. The binaries come from one `cargo build --release` in CARGO_TARGET_DIR (default ./target).
# The whole script is one { } block, so bash reads it all before running any of it: editing this file while a
# run is under way does not change that run.
{
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

KLANTEN=1000 DURATION=10 CONNECTIONS=16
usage() { sed -n 's/^# Usage: //p' "${BASH_SOURCE[0]}" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --klanten) KLANTEN="${2:?--klanten needs a value}"; shift 2 ;;
    --duration) DURATION="${2:?--duration needs a value}"; shift 2 ;;
    --connections) CONNECTIONS="${2:?--connections needs a value}"; shift 2 ;;
    -h|--help) usage ;;
    *) echo "bench.sh: unknown argument '$1'" >&2; usage ;;
  esac
done
for v in KLANTEN DURATION CONNECTIONS; do
  [[ "${!v}" =~ ^[0-9]+$ ]] && [ "${!v}" -gt 0 ] || { echo "bench.sh: --${v,,} must be a positive integer" >&2; exit 2; }
done
SEED_MODE="${BENCH_SEED:-1}"
case "$SEED_MODE" in 1|cli) SEED_MODE=cli ;; 0|api) SEED_MODE=api ;; *) echo "bench.sh: BENCH_SEED must be 1 or api" >&2; exit 2 ;; esac
# loopback only, even with a proxy in the environment
export NO_PROXY=127.0.0.1,localhost no_proxy=127.0.0.1,localhost

command -v wrk >/dev/null || { echo "installing wrk (Debian package)"; apt-get install -y -qq wrk >/dev/null; }
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
cargo build --release -q --bin klanten --example bare_hyper --example mock_nrc
BIN="$CARGO_TARGET_DIR/release/klanten"
BARE="$CARGO_TARGET_DIR/release/examples/bare_hyper"
NRC="$CARGO_TARGET_DIR/release/examples/mock_nrc"

WORK="$(mktemp -d)"
PID="" NRC_PID="" BARE_PID="" SEED_PID=""
stop() { # pid: SIGTERM, up to 5 s for a graceful end, then SIGKILL
  local pid="$1"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
cleanup() { stop "$SEED_PID"; stop "$BARE_PID"; stop "$PID"; stop "$NRC_PID"; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_http() { # url pid: until the url answers at all (any status), at most 10 s, while pid lives
  for _ in $(seq 1 100); do
    curl -s -o /dev/null --max-time 1 "$1" && return 0
    kill -0 "$2" 2>/dev/null || { echo "bench.sh: process $2 for $1 died" >&2; return 1; }
    sleep 0.1
  done
  echo "bench.sh: $1 did not answer within 10 s" >&2; return 1
}
now() { date +%s.%N; }
secs_since() { python3 -c "import sys,time; print(f'{time.time() - float(sys.argv[1]):.1f}')" "$1"; }

# --- database -------------------------------------------------------------------------------------------------
if [ -n "${DATABASE_URL:-}" ]; then
  case "$DATABASE_URL" in
    postgres://*|postgresql://*) ;;
    *) echo "bench.sh: DATABASE_URL must be a postgres:// URL (unset it for SQLite)" >&2; exit 2 ;;
  esac
  read -r PG_HOST PG_DB < <(python3 - "$DATABASE_URL" <<'PY'
import sys, urllib.parse
u = urllib.parse.urlsplit(sys.argv[1])
print(u.hostname or "", u.path.lstrip("/") or "-")
PY
)
  case "$PG_HOST" in 127.0.0.1|localhost|::1) ;; *) echo "bench.sh: DATABASE_URL must be on 127.0.0.1 (loopback only)" >&2; exit 2 ;; esac
  [[ "$PG_DB" =~ ^[A-Za-z0-9_]*bench[A-Za-z0-9_]*$ ]] || {
    echo "bench.sh: the database of DATABASE_URL ('$PG_DB') is dropped at every run: its name must contain 'bench'" >&2; exit 2; }
  # the same server and user, on the maintenance database
  ADMIN_URL=$(python3 - "$DATABASE_URL" <<'PY'
import sys, urllib.parse
u = urllib.parse.urlsplit(sys.argv[1])
print(urllib.parse.urlunsplit(("postgresql", u.netloc, "/postgres", "", "")))
PY
)
  psql "$ADMIN_URL" -v ON_ERROR_STOP=1 -qc "DROP DATABASE IF EXISTS \"$PG_DB\" WITH (FORCE)" >/dev/null
  psql "$ADMIN_URL" -v ON_ERROR_STOP=1 -qc "CREATE DATABASE \"$PG_DB\"" >/dev/null
  DB_LABEL="PostgreSQL ($PG_DB, recreated)"
else
  export DATABASE_URL="sqlite://$WORK/bench.sqlite3"
  DB_LABEL="SQLite (fresh file)"
fi

# --- configuration: clients file, mock Notificaties API ------------------------------------------------------------
cat > "$WORK/clients.toml" <<'TOML'
[[client]]
id = "bench"
secret = "bench-secret-bench-secret"
all = true
TOML
chmod 600 "$WORK/clients.toml"

NRCPORT=$(free_port)
"$NRC" --bind "127.0.0.1:$NRCPORT" & NRC_PID=$!
wait_http "http://127.0.0.1:$NRCPORT/_count" "$NRC_PID" || exit 1

PORT=$(free_port)
export KLANTEN_CLIENTS_FILE="$WORK/clients.toml" KLANTEN_BIND="127.0.0.1:$PORT" KLANTEN_LOG=warn
export KLANTEN_NOTIFICATIES_API="http://127.0.0.1:$NRCPORT/api/v1" KLANTEN_NOTIFICATIES_CLIENT_ID=bench \
  KLANTEN_NOTIFICATIES_SECRET=bench-secret
BASE="http://127.0.0.1:$PORT/api/v1/klanten"

# --- seeding, before the server starts --------------------------------------------------------------------------
if [ "$SEED_MODE" = cli ]; then
  "$BIN" seed --help >/dev/null 2>&1 || {
    echo "bench.sh: this build has no 'klanten seed'; run with BENCH_SEED=api to seed through the API" >&2; exit 1; }
  started=$(now)
  # in the background and waited for, so that a signal (Ctrl-C, timeout) ends a long seed at once
  "$BIN" seed --klanten "$KLANTEN" --base-url "http://127.0.0.1:$PORT" > "$WORK/seed.log" 2>&1 & SEED_PID=$!
  wait "$SEED_PID" || { cat "$WORK/seed.log" >&2; exit 1; }
  SEED_PID=""
  echo "seeded $KLANTEN klanten in $(secs_since "$started") s"
fi

"$BIN" serve 2> "$WORK/server.log" & PID=$!
wait_http "$BASE" "$PID" || { cat "$WORK/server.log" >&2; exit 1; }
TOKEN=$("$BIN" token --client bench 2>/dev/null | tail -n1)
AUTH="Authorization: Bearer $TOKEN"

if [ "$SEED_MODE" = api ]; then
  KLANTEN=$(( KLANTEN < 50 ? KLANTEN : 50 ))
  started=$(now)
  for i in $(seq 0 $((KLANTEN - 1))); do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "$AUTH" -H 'Content-Type: application/json' "$BASE" -d \
      '{"bronorganisatie":"950428139","websiteUrl":"http://www.example.nl","voornaam":"Voornaam-'"$i"'","achternaam":"Achternaam-'"$((i % 1000))"'","emailadres":"klant'"$i"'@example.nl","adres":{"straatnaam":"Keizersgracht","huisnummer":'"$((i % 500 + 1))"',"postcode":"'"$((1000 + i % 9000))"'AB","woonplaatsnaam":"Amsterdam","landcode":"6030"},"subjectType":"natuurlijk_persoon","subjectIdentificatie":{"inpBsn":"111222333","geslachtsnaam":"Achternaam-'"$((i % 1000))"'","voornamen":"Voornaam-'"$i"'","verblijfsadres":{"aoaIdentificatie":"'"$i"'","gorOpenbareRuimteNaam":"Keizersgracht"},"subVerblijfBuitenland":{"lndLandcode":"6030","lndLandnaam":"Nederland"}}}')
    [ "$code" = 201 ] || { echo "bench.sh: seeding POST answered $code" >&2; exit 1; }
  done
  echo "seeded $KLANTEN klanten in $(secs_since "$started") s (through the API, BENCH_SEED=api)"
fi

# --- the klant and the bodies the read scenarios return ---------------------------------------------------------
fetch() { # file url [curl args]: the body into file, fails unless 200
  local file="$1" url="$2"; shift 2
  local code; code=$(curl -s -o "$file" -w '%{http_code}' -H "$AUTH" "$@" "$url")
  [ "$code" = 200 ] || { echo "bench.sh: GET $url answered $code" >&2; head -c 500 "$file" >&2; echo >&2; exit 1; }
}
fetch "$WORK/list1.json" "$BASE"
COUNT=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["count"])' "$WORK/list1.json")
[ "$COUNT" -ge 1 ] || { echo "bench.sh: no klanten after seeding" >&2; exit 1; }
if [ "$COUNT" -gt 100 ]; then fetch "$WORK/pick.json" "$BASE?page=2"; else cp "$WORK/list1.json" "$WORK/pick.json"; fi
DETAIL=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["url"])' "$WORK/pick.json")
fetch "$WORK/klant.json" "$DETAIL" -D "$WORK/klant.headers"
ETAG=$(tr -d '\r' < "$WORK/klant.headers" | awk -F': ' 'tolower($1)=="etag"{print $2}')
[ -n "$ETAG" ] || { echo "bench.sh: GET $DETAIL gave no ETag" >&2; exit 1; }
FILTERED="$BASE?achternaam=Achternaam-7"
fetch "$WORK/filtered.json" "$FILTERED"
PAGE5000="$BASE?page=5000"
[ "$KLANTEN" -ge 500000 ] && fetch "$WORK/page5000.json" "$PAGE5000"

cat > "$WORK/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"bronorganisatie":"123456782","websiteUrl":"http://x.nl","subjectType":"vestiging","subjectIdentificatie":{"vestigingsNummer":"1","handelsnaam":["a"]}}'
LUA
cat > "$WORK/uncached.lua" <<'LUA'
-- a new URL each time (an unknown parameter, which the API ignores): no request is answered from the cache
-- of list pages, so this measures the database path of a list page
local n = 0
local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
request = function()
  n = n + 1
  return wrk.format(nil, wrk.path .. sep .. "uncached=" .. n)
end
LUA
cat > "$WORK/patch.lua" <<'LUA'
wrk.method = "PATCH"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"functie":"directeur"}'
LUA

# --- measuring ----------------------------------------------------------------------------------------------------
declare -A RPS P50 P99 ERR REQ BODY BARE_OF
SCENARIOS=() BARES=()
wrk_run() { # key url [wrk args]: one wrk run, results under key
  local key="$1" url="$2"; shift 2
  local out; out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" "$url")
  RPS[$key]=$(awk '/Requests\/sec/{print $2}' <<<"$out")
  P50[$key]=$(awk '$1=="50%"{print $2}' <<<"$out")
  P99[$key]=$(awk '$1=="99%"{print $2}' <<<"$out")
  REQ[$key]=$(awk '/requests in/{print $1}' <<<"$out")
  local non2xx socket
  non2xx=$(awk '/Non-2xx or 3xx responses:/{print $NF}' <<<"$out")
  # "Socket errors: connect 0, read 0, write 0, timeout 0"
  socket=$(awk -F'[:,]' '/Socket errors:/{s=0; for (i=2; i<=NF; i++) {split($i, a, " "); s+=a[2]}; print s}' <<<"$out")
  ERR[$key]=$(( ${non2xx:-0} + ${socket:-0} ))
}
size() { wc -c < "$1" | tr -d ' '; }
ratio() { # key: its req/s over its bare run's, or "-"
  local bare_key="${BARE_OF[$1]:-}"
  [ -n "$bare_key" ] || { echo -; return; }
  python3 -c 'import sys; r = float(sys.argv[1]) / float(sys.argv[2]); print(f"{r:.2f}" if r >= 0.1 else f"{r:.2g}")' \
    "${RPS[$1]}" "${RPS[$bare_key]}"
}
print_row() { # key label
  local key="$1"
  printf '%-34s %10s req/s   p50 %-9s p99 %-9s errors %-6s ratio to bare hyper %s%s\n' "$key" "${RPS[$key]}" \
    "${P50[$key]}" "${P99[$key]}" "${ERR[$key]}" "$(ratio "$key")" "${BODY[$key]:+   (body ${BODY[$key]} B)}"
}
bare() { # key body-file: bare hyper serving that body, measured like a GET
  local key="$1" file="$2" port; port=$(free_port)
  "$BARE" --bind "127.0.0.1:$port" --body-file "$file" 2>/dev/null & BARE_PID=$!
  wait_http "http://127.0.0.1:$port/" "$BARE_PID"
  wrk_run "$key" "http://127.0.0.1:$port/api/v1/klanten" -H "$AUTH"
  stop "$BARE_PID"; BARE_PID=""
  BODY[$key]=$(size "$file")
  BARES+=("$key")
  print_row "$key"
}
scenario() { # key bare-key url [wrk args]
  local key="$1" bare_key="$2" url="$3"; shift 3
  wrk_run "$key" "$url" -H "$AUTH" "$@"
  BARE_OF[$key]="$bare_key"
  SCENARIOS+=("$key")
  print_row "$key"
}

echo "database: $DB_LABEL, $KLANTEN klanten, $CONNECTIONS connections, ${DURATION}s per run, $(nproc) cores," \
  "auth and notifications on (mock NRC on 127.0.0.1:$NRCPORT)"
BODY["GET klant"]=$(size "$WORK/klant.json")
BODY["list page 1"]=$(size "$WORK/list1.json")
BODY["list filtered (achternaam)"]=$(size "$WORK/filtered.json")
[ "$KLANTEN" -ge 500000 ] && BODY["list page 5000"]=$(size "$WORK/page5000.json")

KLANT_BARE="bare hyper, klant-size body" LIST_BARE="bare hyper, list-size body"
closer() { # body size: the bare run whose body size is nearer (a filtered list of few klanten is klant-sized)
  python3 -c 'import math,sys; s,k,l=map(float,sys.argv[1:4]); print("l" if abs(math.log(s/l)) < abs(math.log(s/k)) else "k")' \
    "$1" "${BODY[$KLANT_BARE]}" "${BODY[$LIST_BARE]}" | sed "s/^l$/$LIST_BARE/; s/^k$/$KLANT_BARE/"
}
bare "$KLANT_BARE" "$WORK/klant.json"
scenario "GET klant" "$KLANT_BARE" "$DETAIL"
scenario "GET klant 304 (If-None-Match)" "$KLANT_BARE" "$DETAIL" -H "If-None-Match: $ETAG"
bare "$LIST_BARE" "$WORK/list1.json"
scenario "list page 1" "$LIST_BARE" "$BASE"
scenario "list page 1, uncached" "$LIST_BARE" "$BASE" -s "$WORK/uncached.lua"
scenario "list filtered (achternaam)" "$(closer "${BODY["list filtered (achternaam)"]}")" "$FILTERED"
scenario "list filtered, uncached" "$(closer "${BODY["list filtered (achternaam)"]}")" "$FILTERED" -s "$WORK/uncached.lua"
[ "$KLANTEN" -ge 500000 ] && scenario "list page 5000, uncached" "$(closer "${BODY["list page 5000"]}")" "$PAGE5000" \
  -s "$WORK/uncached.lua"
# writes last: they change the klant (its ETag) and the lists
scenario "POST klant (vestiging)" "$KLANT_BARE" "$BASE" -s "$WORK/post.lua"
scenario "PATCH klant" "$KLANT_BARE" "$DETAIL" -s "$WORK/patch.lua"

RSS_KB=$(awk '/^VmHWM:/{print $2}' "/proc/$PID/status")
echo "peak RSS: $(( RSS_KB / 1024 )) MiB"
# every write queues one notification; give the delivery worker up to 15 s to catch up (stop early when done or
# when no progress for 3 s)
WRITES=$(( ${REQ["POST klant (vestiging)"]:-0} + ${REQ["PATCH klant"]:-0} ))
nrc_count() { curl -s --max-time 1 "http://127.0.0.1:$NRCPORT/_count" || echo 0; }
DELIVERED_AT_END=$(nrc_count) started=$(now) last=-1 still=0
for _ in $(seq 1 30); do
  got=$(nrc_count)
  [ "$got" -ge "$WRITES" ] && break
  if [ "$got" = "$last" ]; then still=$((still + 1)); [ "$still" -ge 6 ] && break; else still=0; fi
  last="$got"; sleep 0.5
done
echo "notifications received by the mock NRC: $DELIVERED_AT_END when the writes ended, $(nrc_count)" \
  "$(secs_since "$started") s later, for $WRITES POST/PATCH requests"
WARNINGS=$(grep -c . "$WORK/server.log" || true)
if [ "$WARNINGS" -gt 0 ]; then
  echo "the server logged $WARNINGS line(s) at KLANTEN_LOG=warn; the most frequent:"
  sed 's/\x1b\[[0-9;]*m//g; s/^[^ ]* *//' "$WORK/server.log" | sort | uniq -c | sort -rn | head -n 5
fi

echo
echo "| scenario | req/s | p50 | p99 | errors | ratio to bare hyper |"
echo "|---|---:|---:|---:|---:|---:|"
for key in "${SCENARIOS[@]}" "${BARES[@]}"; do
  printf '| %s | %s | %s | %s | %s | %s |\n' "$key${BODY[$key]:+ (${BODY[$key]} B body)}" \
    "${RPS[$key]}" "${P50[$key]}" "${P99[$key]}" "${ERR[$key]}" "$(ratio "$key")"
done
echo
echo "$DB_LABEL, $KLANTEN klanten, wrk -t2 -c$CONNECTIONS -d${DURATION}s on 127.0.0.1, $(nproc) cores; peak RSS" \
  "$(( RSS_KB / 1024 )) MiB. Ratio: to bare hyper serving the GET klant body (GET, 304, writes) or the list page 1" \
  "body (lists; a list whose body is nearer the klant size is compared with the klant-size run)."
exit 0
}
