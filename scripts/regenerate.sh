#!/usr/bin/env bash
# Regenerates generated/ (the crate `klanten_api`) from openapi.yaml with the pinned openapi-generator, then writes
# generated/GENERATED.md5, the stamp that build.rs checks on every build of the `klanten` crate.
#
# Usage: scripts/regenerate.sh
# Needs: python3 (venv + pip, or a ready venv in OPENAPI_GENERATOR_VENV) and java (11 or newer). Runs offline once the
# generator is installed. The output is byte-identical run to run.
#
# Environment:
#   OPENAPI_GENERATOR_VENV  venv holding openapi-generator-cli==7.26.0 (default: target/openapi-generator-venv; it is
#                           created and the package installed from PyPI when missing)
#   JAVA                    java executable (default: java on PATH)
set -euo pipefail

GENERATOR_VERSION=7.26.0
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

OUT=generated
STAMP="$OUT/GENERATED.md5"
CODEGEN=scripts/codegen
VENV="${OPENAPI_GENERATOR_VENV:-$ROOT/target/openapi-generator-venv}"
JAVA="${JAVA:-java}"

# Everything that decides the output must not depend on the caller's locale or time zone.
export LC_ALL=C TZ=UTC

die() { echo "regenerate.sh: $*" >&2; exit 1; }

# 1. The pinned generator (a PyPI wheel that bundles the jar).
has_generator() {
    [[ -x "$VENV/bin/python" ]] && "$VENV/bin/python" - "$GENERATOR_VERSION" <<'PY' 2>/dev/null
import importlib.metadata, sys
sys.exit(importlib.metadata.version("openapi-generator-cli") != sys.argv[1])
PY
}
if ! has_generator; then
    echo "regenerate.sh: installing openapi-generator-cli==$GENERATOR_VERSION into $VENV" >&2
    command -v python3 >/dev/null || die "python3 not found (needed to install openapi-generator-cli)"
    python3 -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "openapi-generator-cli==$GENERATOR_VERSION"
    has_generator || die "openapi-generator-cli==$GENERATOR_VERSION is not importable from $VENV"
fi
JAR="$("$VENV/bin/python" -c '
import importlib.resources
print(importlib.resources.files("openapi_generator_cli").joinpath("openapi-generator.jar"))')"
[[ -f "$JAR" ]] || die "jar not found at $JAR"
command -v "$JAVA" >/dev/null || die "java not found (set JAVA or install a JDK/JRE 11+)"

# 2. Generate into a fresh folder next to the old output, then swap: a failed run leaves generated/ untouched.
mkdir -p target
WORK="$(mktemp -d target/openapi-generator-out.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
NEW="$WORK/generated"
LOG="$WORK/generator.log"
mkdir "$NEW"
cp "$CODEGEN/openapi-generator-ignore" "$NEW/.openapi-generator-ignore"

if ! "$JAVA" -Dfile.encoding=UTF-8 -Duser.language=en -Duser.country=US -Duser.timezone=UTC \
    -jar "$JAR" generate \
    --input-spec openapi.yaml \
    --generator-name rust-server \
    --output "$NEW" \
    --template-dir "$CODEGEN/templates" \
    --additional-properties=packageName=klanten_api,packageVersion=1.0.0,hideGenerationTimestamp=true \
    --model-name-mappings natuurlijk_persoon=KlantNatuurlijkPersoon,niet_natuurlijk_persoon=KlantNietNatuurlijkPersoon,vestiging=KlantVestiging \
    >"$LOG" 2>&1; then
    cat "$LOG" >&2
    die "openapi-generator failed (log above)"
fi

cp "$CODEGEN/generated-rustfmt.toml" "$NEW/rustfmt.toml"

rm -rf "$OUT"
mv "$NEW" "$OUT"

# 3. The stamp: md5sum lines ("<md5>  <path>", paths relative to the repository root, sorted bytewise) for the
#    inputs (openapi.yaml, this script, everything under scripts/codegen/) and every file in generated/ except the
#    stamp itself. build.rs recomputes exactly this list; `md5sum -c generated/GENERATED.md5` checks it by hand.
{
    printf '%s\0' openapi.yaml scripts/regenerate.sh
    find "$CODEGEN" "$OUT" -type f ! -path "$STAMP" -print0
} | sort -z | xargs -0 md5sum >"$WORK/stamp"
mv "$WORK/stamp" "$STAMP"

echo "regenerate.sh: generated/ regenerated with openapi-generator $GENERATOR_VERSION; stamp in $STAMP" >&2
