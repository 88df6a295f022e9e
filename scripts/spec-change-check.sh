#!/usr/bin/env bash
# A spec change needs no hand edit (README, "Changing openapi.yaml"). On a scratch copy of the repository this:
#   1. builds the server as it is and fills a database through it (SQLite, and PostgreSQL when KLANTEN_TEST_POSTGRES
#      names a server): klanten with an adres, a long functie, a voornaam, a voorvoegselAchternaam;
#   2. applies five changes to openapi.yaml (scripts/lib/spec_change.py): a property added to Klant (voorkeurstaal)
#      and to KlantAdres (gemeentecode), a maxLength changed (functie 200 -> 10), a query parameter added to
#      GET /klanten (voornaam) and a property removed (voorvoegselAchternaam);
#   3. regenerates generated/ (scripts/regenerate.sh), checks that nothing under src/ or migrations/ changed, builds,
#      and starts the new server on the database the old one filled (it migrates at start-up);
#   4. checks that each change is carried end to end: validated with the reference's code and message, stored,
#      answered in the OAS order by every operation and in the audit trail, `""`/`null` for klanten stored before,
#      the new filter finding klanten stored before (and answered from an index), the removed property gone.
#
# Usage: scripts/spec-change-check.sh
# Needs what scripts/regenerate.sh needs (java, python3 or OPENAPI_GENERATOR_VENV) and cargo. The scratch copy builds
# in its own target directory (SPEC_CHANGE_TARGET_DIR, default ~/.cache/klanten/spec-change-target), so that the
# checkout's own build is left alone; a second run is incremental. On failure the scratch copy and the servers' logs
# are kept and named.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCRATCH="$(mktemp -d)"
export CARGO_TARGET_DIR="${SPEC_CHANGE_TARGET_DIR:-$HOME/.cache/klanten/spec-change-target}"
export OPENAPI_GENERATOR_VENV="${OPENAPI_GENERATOR_VENV:-$HOME/.cache/klanten/openapi-generator-venv}"
BIN="$CARGO_TARGET_DIR/debug/klanten"
PG="${KLANTEN_TEST_POSTGRES:-}"
PG_DB="klanten_spec_change_$$"
PIDS=()
ok=0

cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    if [[ -n "$PG" ]]; then psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS $PG_DB" >/dev/null 2>&1 || true; fi
    if [[ $ok == 1 ]]; then rm -rf "$SCRATCH"; else echo "spec-change-check: the scratch copy and logs are in $SCRATCH" >&2; fi
}
trap cleanup EXIT

echo "== a scratch copy of the repository (its tracked files as they are now)"
(cd "$ROOT" && git ls-files -z | tar --null -cf - -T -) | tar -xf - -C "$SCRATCH"
cd "$SCRATCH"
cp -r src src.before && cp -r migrations migrations.before

cat > clients.toml <<'TOML'
[[client]]
id = "alles"
secret = "geheim-alles-spec-change"
all = true
TOML

databases=("sqlite://$SCRATCH/klanten.sqlite3")
if [[ -n "$PG" ]]; then
    psql "$PG/postgres" -qc "CREATE DATABASE $PG_DB" >/dev/null
    databases+=("$PG/$PG_DB")
fi

# start BINARY DATABASE_URL PORT LOG: a server, until it listens
start() {
    DATABASE_URL="$2" KLANTEN_BIND="127.0.0.1:$3" KLANTEN_CLIENTS_FILE="$SCRATCH/clients.toml" KLANTEN_LOG=warn \
        "$1" --subject-allow-loopback > "$4" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 1 300); do
        curl -fs -o /dev/null "http://127.0.0.1:$3/api/v1/openapi.json" && return 0
        kill -0 "${PIDS[-1]}" 2>/dev/null || { echo "the server exited: see $4" >&2; cat "$4" >&2; return 1; }
        sleep 0.2
    done
    echo "the server did not listen within a minute: see $4" >&2
    return 1
}

stop_all() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
    PIDS=()
}

echo "== 1. the server as it is, filling the databases"
cargo build -q -p klanten
TOKEN="$("$BIN" token --client alles --clients-file clients.toml)"
port=18711
for db in "${databases[@]}"; do
    start "$BIN" "$db" "$port" "$SCRATCH/before-$port.log"
    python3 scripts/lib/spec_change.py fill "http://127.0.0.1:$port" "$TOKEN" "$SCRATCH/made-$port.json"
    port=$((port + 1))
done
stop_all

echo "== 2. the five changes to openapi.yaml"
python3 scripts/lib/spec_change.py edit openapi.yaml
git -C "$ROOT" diff --no-index --stat "$ROOT/openapi.yaml" openapi.yaml || true

echo "== 3. regenerate, no hand edit, build"
scripts/regenerate.sh > regenerate.log 2>&1 || { cat regenerate.log >&2; exit 1; }
if ! diff -r src.before src >/dev/null || ! diff -r migrations.before migrations >/dev/null; then
    echo "spec-change-check: a file under src/ or migrations/ changed" >&2
    exit 1
fi
cargo build -q -p klanten

echo "== 4. the changed server on the databases the old one filled"
port=18711
for db in "${databases[@]}"; do
    echo "-- $(echo "$db" | sed 's|//[^@/]*@|//|')"
    start "$BIN" "$db" "$port" "$SCRATCH/after-$port.log"
    python3 scripts/lib/spec_change.py check "http://127.0.0.1:$port" "$TOKEN" "$SCRATCH/made-$port.json"
    port=$((port + 1))
done
stop_all

echo "== the new filter is answered from an index"
python3 - "$SCRATCH/klanten.sqlite3" <<'PY'
import sqlite3, sys
plan = sqlite3.connect(sys.argv[1]).execute(
    "EXPLAIN QUERY PLAN SELECT id FROM klant WHERE voornaam = 'Uniek' AND voornaam <> '' ORDER BY id").fetchall()
text = " ".join(str(r[-1]) for r in plan)
print("sqlite:", text)
sys.exit(0 if "USING INDEX" in text or "USING COVERING INDEX" in text else 1)
PY
if [[ -n "$PG" ]]; then
    plan="$(psql "$PG/$PG_DB" -Atc "SET enable_seqscan = off; EXPLAIN SELECT id FROM klant WHERE voornaam = 'Uniek' AND voornaam <> '' ORDER BY id")"
    echo "postgresql: $plan"
    grep -qi "index" <<<"$plan"
fi
ok=1
echo "spec-change-check: every change carried, no edit under src/ or migrations/"
