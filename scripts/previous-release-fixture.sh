#!/usr/bin/env bash
# Makes the fixture of tests/api/previous_release.rs: databases written by the previous release of this server, and
# that release's answers to every read of them, so that the test can check that the current server, after its
# migrations, answers every klant and audit record of such a database byte for byte as before.
#
# Usage: scripts/previous-release-fixture.sh        (from anywhere; takes a few minutes, most of it the build)
#
# What it does:
# 1. Builds `klanten` at the previous release (PREVIOUS_RELEASE, default 8bdbf7d: the landed main before the store
#    redesign) in a detached git worktree in a temporary directory, with a target directory of its own
#    (PREVIOUS_RELEASE_TARGET_DIR, default $HOME/.cache/klanten/target-previous-release; a debug build).
# 2. Starts it twice, on a fresh SQLite file and on a fresh PostgreSQL database (`klanten_previous_release_fixture`
#    on FIXTURE_POSTGRES, default postgres://postgres@127.0.0.1:5432, created here and dropped at the end), each
#    with a clients file, notifications on and the subject check allowed on loopback; scripts/lib/
#    previous_release_scenario.py serves a subject stand-in (200) and an NRC stand-in (201), which it stops
#    halfway through the writes, so that the outbox holds delivered rows and pending ones (one failed attempt, the
#    next an hour away).
# 3. Sends each server the same scenario of writes (scripts/lib/previous_release_scenario.py, `scenario`): 45
#    klanten of every subject type, with and without adres, subject only, identificatie only, verblijfsadres,
#    subVerblijfBuitenland, handelsnaam lists, non-ASCII and emoji text, U+2028, numbers sent for texts, generated
#    klantnummers; PATCHes, PUTs and deletes; through two Host headers, four clients with their users,
#    X-Audit-Toelichting and X-NLX-Logrecord-ID. Then it records the answer to every GET of that data: each klant
#    (and a conditional GET of a few), each list page and filter, each klant's audit trail and each audit record,
#    under both Hosts (and a third one for the klanten written through both).
# 4. Writes tests/fixtures/previous-release/:
#    - klanten.sqlite3: the SQLite database after its server stopped, checkpointed (no -wal or -shm file) and
#      vacuumed into 1 KiB pages to keep it small (the content is what the server wrote; its journal mode stays WAL);
#    - postgres.sql: `pg_dump --no-owner --no-privileges` of the PostgreSQL database, plain SQL (pg_dump 15 writes
#      `\restrict`/`\unrestrict` lines: load it with psql);
#    - answers.json: the recorded answers (its `about` says how to read it). The two databases' answers differ
#      only in what each server made up (uuids, audit timestamps, ETags): the file keeps the SQLite answers and,
#      for PostgreSQL, which value stands for which; the scenario script checks that this gives exactly the answers
#      PostgreSQL gave, and keeps them in full when it does not.
#
# Rerun it only when the fixture must be made anew (it gets new uuids and timestamps); the test reads the committed
# files. Needs git, cargo, python3 (standard library), psql, createdb, dropdb and pg_dump.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PREVIOUS_RELEASE="${PREVIOUS_RELEASE:-8bdbf7d}"
TARGET_DIR="${PREVIOUS_RELEASE_TARGET_DIR:-$HOME/.cache/klanten/target-previous-release}"
POSTGRES="${FIXTURE_POSTGRES:-postgres://postgres@127.0.0.1:5432}"
POSTGRES="${POSTGRES%/}"
DATABASE=klanten_previous_release_fixture
OUT="$ROOT/tests/fixtures/previous-release"

WORK="$(mktemp -d)"
cleanup() {
  dropdb --if-exists --force --maintenance-db="$POSTGRES/postgres" "$DATABASE" 2>/dev/null || true
  git -C "$ROOT" worktree remove --force "$WORK/src" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== building klanten at $PREVIOUS_RELEASE (target dir $TARGET_DIR)"
git -C "$ROOT" worktree add --quiet --detach "$WORK/src" "$PREVIOUS_RELEASE"
(cd "$WORK/src" && env -u KLANTEN_TEST_POSTGRES CARGO_TARGET_DIR="$TARGET_DIR" cargo build --quiet --bin klanten)
BIN="$TARGET_DIR/debug/klanten"

# The clients of the writes (tests/api/helpers.rs has the same ids; the secrets do not matter to the test)
cat > "$WORK/clients.toml" <<'TOML'
[[client]]
id = "alles"
secret = "geheim-alles"
all = true

[[client]]
id = "aanmaker"
secret = "geheim-aanmaker"
scopes = ["klanten.aanmaken"]

[[client]]
id = "bijwerker"
secret = "geheim-bijwerker"
scopes = ["klanten.bijwerken"]

[[client]]
id = "verwijderaar"
secret = "geheim-verwijderaar"
scopes = ["klanten.verwijderen"]
TOML
chmod 600 "$WORK/clients.toml"

echo "== a fresh PostgreSQL database $DATABASE"
dropdb --if-exists --maintenance-db="$POSTGRES/postgres" "$DATABASE"
createdb --maintenance-db="$POSTGRES/postgres" "$DATABASE"

echo "== writes and reads through the previous release"
python3 "$ROOT/scripts/lib/previous_release_scenario.py" --binary "$BIN" --clients-file "$WORK/clients.toml" \
  --out "$WORK/answers.json" --log-dir "$WORK" \
  "sqlite=sqlite://$WORK/klanten.sqlite3" "postgres=$POSTGRES/$DATABASE" \
  || { echo "the scenario failed; the servers' logs:" >&2; cat "$WORK"/server-*.log >&2; exit 1; }

echo "== the SQLite file: checkpointed and vacuumed"
python3 - "$WORK/klanten.sqlite3" <<'PY'
import os, sqlite3, sys
path = sys.argv[1]
db = sqlite3.connect(path, isolation_level=None)
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
db.execute("PRAGMA journal_mode=DELETE")
db.execute("PRAGMA page_size=1024")
db.execute("VACUUM")
db.execute("PRAGMA journal_mode=WAL")
assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
db.close()
left = [p for p in (path + "-wal", path + "-shm") if os.path.exists(p)]
assert not left, f"left behind: {left}"
PY

echo "== pg_dump of $DATABASE"
pg_dump --no-owner --no-privileges --format=plain -d "$POSTGRES/$DATABASE" > "$WORK/postgres.sql"

mkdir -p "$OUT"
cp "$WORK/klanten.sqlite3" "$WORK/postgres.sql" "$WORK/answers.json" "$OUT/"
echo "== written to ${OUT#"$ROOT/"}:"
cd "$OUT"
ls -l klanten.sqlite3 postgres.sql answers.json
du -cb klanten.sqlite3 postgres.sql answers.json | tail -n1
