#!/usr/bin/env bash
# CI check: generated/ must be exactly what scripts/regenerate.sh produces from the committed openapi.yaml and
# templates. Regenerates (needs java, and python3 or OPENAPI_GENERATOR_VENV; see regenerate.sh), then fails when
# the result differs from the git index (changed or deleted files) or leaves files git does not track.
#
# Usage: scripts/check-generated.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

"$ROOT/scripts/regenerate.sh"

status=0
if ! git diff --exit-code --stat -- generated/; then
    echo "check-generated.sh: the files above in generated/ differ from what scripts/regenerate.sh produces." >&2
    status=1
fi
untracked="$(git ls-files --others -- generated/)"
if [[ -n "$untracked" ]]; then
    echo "check-generated.sh: scripts/regenerate.sh produces files that git does not track:" >&2
    sed 's/^/  /' <<<"$untracked" >&2
    status=1
fi
if [[ $status -ne 0 ]]; then
    cat >&2 <<'MSG'
check-generated.sh: FAILED. generated/ is out of step with openapi.yaml / scripts/codegen/ / scripts/regenerate.sh,
or was edited by hand. Run
    scripts/regenerate.sh
and commit generated/ (including generated/GENERATED.md5) together with the change to its inputs.
MSG
    exit 1
fi
echo "check-generated.sh: OK, generated/ matches scripts/regenerate.sh output." >&2
