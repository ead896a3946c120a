#!/usr/bin/env bash
# The storage, services and exchange tests against a real PostgreSQL server: Debian's
# postgresql (installed when missing and we may), a private server on a Unix socket in a
# temporary folder for this run only, stopped at the end. If no server can be started, this
# fails loudly: the PostgreSQL tests never pass by not running.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin

banner() { printf '\n%s\n%s\n%s\n' "########" "######## $*" "########" >&2; }

SECONDS=0
scripts/system-deps.sh postgresql || true
echo "PostgreSQL packages ready after ${SECONDS} s"
folder=$(mktemp -d "${TMPDIR:-/tmp}/facilitator-pg.XXXXXX") || {
  banner "no temporary folder for PostgreSQL: the PostgreSQL tests did NOT run"
  exit 1
}
stop() {
  scripts/private-postgres.sh stop "$folder" >/dev/null 2>&1 || true
  rm -rf "$folder"
}
trap stop EXIT
if ! url=$(scripts/private-postgres.sh start "$folder" 2>"$folder/start.err"); then
  banner "PostgreSQL could not be started: the PostgreSQL tests did NOT run"
  cat "$folder/start.err" >&2 || true
  exit 1
fi
echo "PostgreSQL for this run: $url"
# -k postgresql: the [postgresql] variants and the PostgreSQL-only tests (the SQLite ones ran
# in `make test`). No test selected (exit 5) or a skipped server are failures too. Two workers
# (each its own databases on the server): the tests wait on the server half the time.
set +e
FACILITATOR_APP_TEST_POSTGRES_URL="$url" QT_QPA_PLATFORM=offscreen \
  "$BIN/python" -m pytest tests/storage tests/services tests/exchange -k postgresql \
  -n "${POSTGRES_TEST_WORKERS:-2}" -p no:cacheprovider -q -rs "$@" | tee "$folder/pytest.out"
status=${PIPESTATUS[0]}
echo "PostgreSQL run: ${SECONDS} s in all"
set -e
if grep -q "PostgreSQL runs are skipped\|unreachable" "$folder/pytest.out"; then
  banner "PostgreSQL tests were skipped or the server was unreachable"
  exit 1
fi
exit "$status"
