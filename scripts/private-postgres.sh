#!/usr/bin/env bash
# A private PostgreSQL server for a test or bench run: its own folder, a Unix socket in that
# folder and no TCP port at all, trust authentication (only who can reach the folder can
# connect), never the system's service.
#   scripts/private-postgres.sh start DIR   initdb (first time) and start; prints the test URL
#   scripts/private-postgres.sh stop DIR    stop it (the folder is left for the caller to remove)
# The URL names the maintenance database `postgres`: the tests make their own databases in it.
# As root the server runs as the `postgres` user that Debian's package creates (initdb refuses
# root).
set -euo pipefail
action=${1:?usage: $0 start|stop DIR}
dir=${2:?usage: $0 start|stop DIR}

find_bin() {
  if command -v "$1" >/dev/null 2>&1; then command -v "$1"; return; fi
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin/"$1" 2>/dev/null | sort -V | tail -1 || true)
  [ -n "$found" ] && echo "$found"
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

initdb=$(find_bin initdb) || true
pg_ctl=$(find_bin pg_ctl) || true
if [ -z "${initdb:-}" ] || [ -z "${pg_ctl:-}" ]; then
  echo "private-postgres: initdb/pg_ctl not found (apt-get install postgresql)" >&2
  exit 1
fi

case "$action" in
  start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [ "$(id -u)" = 0 ]; then
      id postgres >/dev/null 2>&1 || { echo "private-postgres: no postgres user" >&2; exit 1; }
      chown postgres: "$dir"
    fi
    chmod 700 "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_owner "$initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2; exit 1; }
    fi
    # fsync off: a test server holds nothing worth keeping, and the run is faster.
    as_owner "$pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off \
          -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql+psycopg://postgres@/postgres?host=$dir"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
