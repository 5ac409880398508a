#!/usr/bin/env bash
# Throwaway PostgreSQL 15 for the store tests.
#
#   .ci/postgres.sh [start] [PORT]   start (or reuse) a server on 127.0.0.1:PORT (default 54329),
#                                    create the test database, print its SQLAlchemy URL
#   .ci/postgres.sh stop [PORT]      stop it and delete its data directory
#
# Example:  export PII_SCANNER_TEST_POSTGRES_URL=$(.ci/postgres.sh 54329)
# The server runs as the `postgres` user (when invoked as root) with trust auth on loopback only;
# its data directory is $PII_PG_ROOT/pii-scanner-pg-PORT (default root /tmp). Idempotent.
set -euo pipefail

action=start
if [[ "${1:-}" == start || "${1:-}" == stop || "${1:-}" == url ]]; then
  action=$1; shift
fi
port=${1:-54329}
[[ "$port" =~ ^[0-9]+$ ]] || { echo "postgres.sh: port must be a number, got '$port'" >&2; exit 2; }
bindir=${PG_BINDIR:-/usr/lib/postgresql/15/bin}
datadir=${PII_PG_ROOT:-/tmp}/pii-scanner-pg-$port
dbname=pii_scanner_test
url="postgresql+psycopg://postgres@127.0.0.1:$port/$dbname"

as_pg() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

running() { as_pg "$bindir/pg_ctl" -D "$datadir" status >/dev/null 2>&1; }

case "$action" in
  stop)
    if [[ -d "$datadir" ]]; then
      running && as_pg "$bindir/pg_ctl" -D "$datadir" -m fast -w stop >/dev/null
      rm -rf "$datadir" "$datadir.initdb.log"
    fi
    exit 0 ;;
  url)
    echo "$url"; exit 0 ;;
esac

if [[ ! -f "$datadir/PG_VERSION" ]]; then
  rm -rf "$datadir"
  mkdir -p "$datadir"
  [[ $(id -u) -eq 0 ]] && chown postgres: "$datadir"
  chmod 700 "$datadir"
  as_pg "$bindir/initdb" -D "$datadir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
    >"$datadir.initdb.log" 2>&1 || { cat "$datadir.initdb.log" >&2; exit 1; }
fi

if ! running; then
  as_pg "$bindir/pg_ctl" -D "$datadir" -l "$datadir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$datadir -c fsync=off" \
    start >/dev/null || { cat "$datadir/server.log" >&2; exit 1; }
fi

psql=("$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -Atq)
if [[ -z $(as_pg "${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname='$dbname'") ]]; then
  as_pg "${psql[@]}" -c "CREATE DATABASE $dbname" >/dev/null
fi
echo "$url"
