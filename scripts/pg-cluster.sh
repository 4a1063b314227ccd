#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for tests (STACK.md pitfall 15).
#
#   scripts/pg-cluster.sh start          start a cluster; prints `export …` lines on stdout
#                                        (PG_CLUSTER_DIR, PG_CLUSTER_PORT, TEST_DATABASE_URL)
#   scripts/pg-cluster.sh stop [DIR]     stop it and delete DIR (default: $PG_CLUSTER_DIR)
#   scripts/pg-cluster.sh run CMD [ARG…] start, run CMD with TEST_DATABASE_URL set, stop;
#                                        exits with CMD's status
#
# Examples:
#   scripts/pg-cluster.sh run npm run test:integration
#   out=$(scripts/pg-cluster.sh start) && eval "$out"; …; scripts/pg-cluster.sh stop
#
# The cluster lives in a `mktemp -d` directory (data, socket, log), listens on 127.0.0.1 on a
# free port with trust auth for the superuser `postgres`, has a database `polku_test`
# (POLKU_TEST_DB_NAME overrides) and runs with fsync off: it is for tests only.
# As root, initdb/pg_ctl run as the `postgres` user through runuser (they refuse to run as root);
# otherwise they run as the current user. Binaries: $PG_BINDIR, else the highest
# /usr/lib/postgresql/<ver>/bin, else `pg_config --bindir`. Logs go to stderr.
set -euo pipefail

MARKER=".polku-pg-cluster"
DB_NAME="${POLKU_TEST_DB_NAME:-polku_test}"

log() { printf 'pg-cluster: %s\n' "$*" >&2; }
die() {
  log "error: $*"
  exit 1
}

find_bindir() {
  if [[ -n "${PG_BINDIR:-}" ]]; then
    [[ -x "$PG_BINDIR/initdb" ]] || die "PG_BINDIR=$PG_BINDIR has no executable initdb"
    printf '%s\n' "$PG_BINDIR"
    return
  fi
  local best="" best_ver=-1 d ver
  for d in /usr/lib/postgresql/*/bin; do
    [[ -x "$d/initdb" ]] || continue
    ver="${d#/usr/lib/postgresql/}"
    ver="${ver%/bin}"
    [[ "$ver" =~ ^[0-9]+$ ]] || continue
    if ((ver > best_ver)); then
      best_ver=$ver
      best=$d
    fi
  done
  if [[ -z "$best" ]] && command -v pg_config >/dev/null 2>&1; then
    d="$(pg_config --bindir)"
    [[ -x "$d/initdb" ]] && best=$d
  fi
  [[ -n "$best" ]] || die "no PostgreSQL server binaries found (Debian/Ubuntu: apt-get install postgresql; or set PG_BINDIR)"
  printf '%s\n' "$best"
}

# Run a command as the cluster owner, from inside the cluster dir (the owner may not be able to
# read the caller's working directory).
as_owner() {
  local dir=$1
  shift
  if ((EUID == 0)); then
    (cd "$dir" && runuser -u postgres -- "$@")
  else
    (cd "$dir" && "$@")
  fi
}

free_port() {
  local port
  if command -v node >/dev/null 2>&1 &&
    port="$(node -e 'const s=require("node:net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})' 2>/dev/null)" &&
    [[ "$port" =~ ^[0-9]+$ ]]; then
    printf '%s\n' "$port"
    return
  fi
  for ((port = 55432; port < 55532; port++)); do
    # A refused connection means nobody listens there.
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      printf '%s\n' "$port"
      return
    fi
  done
  die "no free port found in 55432-55531"
}

cmd_stop() {
  local dir=${1:-${PG_CLUSTER_DIR:-}}
  [[ -n "$dir" ]] || die "stop: no directory given and PG_CLUSTER_DIR is not set"
  [[ -d "$dir" ]] || return 0
  [[ -f "$dir/$MARKER" ]] || die "stop: $dir was not made by this script (no $MARKER); not touching it"
  local bindir
  bindir="$(cat "$dir/$MARKER")"
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    as_owner "$dir" "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
      log "warning: pg_ctl stop failed (see $dir/postgres.log)"
  fi
  rm -rf -- "$dir"
  log "stopped and removed $dir"
}

cmd_start() {
  local bindir dir port attempt
  bindir="$(find_bindir)"
  if ((EUID == 0)); then
    id -u postgres >/dev/null 2>&1 || die "running as root but there is no 'postgres' user (install the postgresql package)"
    command -v runuser >/dev/null 2>&1 || die "runuser not found (util-linux)"
  fi

  dir="$(mktemp -d "${TMPDIR:-/tmp}/polku-pg.XXXXXX")"
  # Clean up our own half-made cluster if anything below fails (disarmed on success).
  trap 'cmd_stop "$dir" >/dev/null 2>&1 || true' EXIT
  printf '%s\n' "$bindir" >"$dir/$MARKER"
  mkdir "$dir/sock"
  touch "$dir/postgres.log"
  if ((EUID == 0)); then chown -R postgres: "$dir"; fi

  log "initdb ($("$bindir/postgres" --version)) in $dir/data"
  as_owner "$dir" "$bindir/initdb" -D "$dir/data" -A trust -U postgres --encoding=UTF8 --locale=C.UTF-8 \
    --no-sync >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    die "initdb failed"
  }

  for attempt in 1 2 3; do
    port="$(free_port)"
    if as_owner "$dir" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
      -o "-k $dir/sock -c listen_addresses=127.0.0.1 -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null; then
      break
    fi
    log "start on port $port failed (attempt $attempt):"
    tail -n 20 "$dir/postgres.log" >&2 || true
    ((attempt < 3)) || die "could not start PostgreSQL"
  done

  local psql="$bindir/psql"
  [[ -x "$psql" ]] || psql=psql
  "$psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres \
    -c "CREATE DATABASE \"$DB_NAME\"" >&2 || die "could not create database $DB_NAME"
  trap - EXIT

  log "PostgreSQL listening on 127.0.0.1:$port, database $DB_NAME"
  printf 'export PG_CLUSTER_DIR=%q\n' "$dir"
  printf 'export PG_CLUSTER_PORT=%q\n' "$port"
  printf 'export TEST_DATABASE_URL=%q\n' "postgres://postgres@127.0.0.1:$port/$DB_NAME"
}

cmd_run() {
  (($# > 0)) || die "run: no command given"
  local env_lines status=0
  env_lines="$(cmd_start)"
  eval "$env_lines"
  trap 'cmd_stop "$PG_CLUSTER_DIR"' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  "$@" || status=$?
  exit "$status"
}

case "${1:-}" in
start) cmd_start ;;
stop) cmd_stop "${2:-}" ;;
run)
  shift
  cmd_run "$@"
  ;;
*)
  sed -n '2,12p' "$0" >&2
  exit 2
  ;;
esac
