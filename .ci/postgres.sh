#!/usr/bin/env bash
# Throw-away PostgreSQL server for the test suite.
#
#   bash .ci/postgres.sh start   # prints the SQLAlchemy URL on stdout (logs go to stderr)
#   bash .ci/postgres.sh stop    # stops the server and deletes its data directory
#
# `start` initdb's a fresh cluster, listens on 127.0.0.1 only (TCP,
# no Unix socket; password (scram) auth except for the superuser), turns fsync off for speed, creates the role `jiarenbase`
# (password `jiarenbase`) and the database `jiarenbase_test` owned by it, and prints
#   postgresql+psycopg://jiarenbase:jiarenbase@127.0.0.1:PORT/jiarenbase_test
#
# Environment (all optional):
#   PGDATA_DIR         data directory to use (must be absent or empty); default: a new
#                      /tmp/jiarenbase-ci-pg-XXXXXX/data
#   JB_PG_PORT         first port to try (default 54329); the next free one is used if busy
#   JB_PG_BINDIR       directory holding initdb/pg_ctl (default: found on PATH or in
#                      /usr/lib/postgresql/*/bin)
#   JB_PG_OS_USER      unprivileged OS user that runs the server when we are root
#                      (default: `postgres` if it exists, else a system user `jbpg` is created)
#   JB_PG_STATE_FILE   where `start` records the data directory for `stop`
#                      (default: ${TMPDIR:-/tmp}/jiarenbase-ci-pg.state)
#
# PostgreSQL refuses to run as root, so as root initdb/pg_ctl run via `runuser`.
set -euo pipefail

DB_NAME=jiarenbase_test
DB_USER=jiarenbase
DB_PASSWORD=jiarenbase
SUPERUSER=postgres
STATE_FILE="${JB_PG_STATE_FILE:-${TMPDIR:-/tmp}/jiarenbase-ci-pg.state}"

log() { echo "postgres.sh: $*" >&2; }
die() { echo "postgres.sh: ERROR: $*" >&2; exit 1; }

find_bindir() {
    local cand
    if [[ -n "${JB_PG_BINDIR:-}" ]]; then
        [[ -x "$JB_PG_BINDIR/initdb" ]] || die "JB_PG_BINDIR=$JB_PG_BINDIR has no executable initdb"
        echo "$JB_PG_BINDIR"; return
    fi
    if cand="$(command -v initdb 2>/dev/null)"; then
        # Resolve symlinks (/usr/local/bin/initdb -> /usr/lib/postgresql/15/bin/initdb) so
        # that pg_ctl and postgres come from the same installation as initdb.
        cand="$(dirname "$(readlink -f "$cand")")"
        if [[ -x "$cand/pg_ctl" ]]; then echo "$cand"; return; fi
    fi
    # Newest version first.
    for cand in $(ls -d /usr/lib/postgresql/*/bin /usr/local/pgsql/bin 2>/dev/null | sort -rV); do
        if [[ -x "$cand/initdb" && -x "$cand/pg_ctl" ]]; then echo "$cand"; return; fi
    done
    die "PostgreSQL server binaries not found: no initdb on PATH, in /usr/lib/postgresql/*/bin or /usr/local/pgsql/bin.
  Install them (Debian 12: apt-get install postgresql-15) or set JB_PG_BINDIR."
}

# Run a server-side command as the unprivileged OS user (or directly when not root).
PG_OS_USER=""
as_pg() {
    if [[ -n "$PG_OS_USER" ]]; then
        runuser -u "$PG_OS_USER" -- "$@"
    else
        "$@"
    fi
}

pick_os_user() {
    [[ "$(id -u)" -eq 0 ]] || { PG_OS_USER=""; return; }
    if [[ -n "${JB_PG_OS_USER:-}" ]]; then
        id -u "$JB_PG_OS_USER" >/dev/null 2>&1 || die "JB_PG_OS_USER=$JB_PG_OS_USER does not exist"
        PG_OS_USER="$JB_PG_OS_USER"
    elif id -u postgres >/dev/null 2>&1; then
        PG_OS_USER=postgres
    else
        if ! id -u jbpg >/dev/null 2>&1; then
            log "creating system user jbpg to run PostgreSQL (it refuses to run as root)"
            useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin jbpg \
                || die "could not create the OS user jbpg"
        fi
        PG_OS_USER=jbpg
    fi
}

port_in_use() {
    # Something accepts connections there?
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    # Something listens (on any address) on that port?
    if command -v ss >/dev/null 2>&1 && ss -Hltn "sport = :$1" 2>/dev/null | grep -q .; then return 0; fi
    return 1
}

psql_bin() {
    if [[ -x "$BINDIR/psql" ]]; then echo "$BINDIR/psql"
    elif command -v psql >/dev/null 2>&1; then command -v psql
    else die "psql not found (Debian: apt-get install postgresql-client)"
    fi
}

cmd_start() {
    BINDIR="$(find_bindir)"
    pick_os_user
    log "using $("$BINDIR/pg_ctl" --version) from $BINDIR${PG_OS_USER:+, OS user $PG_OS_USER}"

    local datadir
    if [[ -n "${PGDATA_DIR:-}" ]]; then
        datadir="$PGDATA_DIR"
        if [[ -e "$datadir" && -n "$(ls -A "$datadir" 2>/dev/null)" ]]; then
            die "PGDATA_DIR=$datadir exists and is not empty (run '$0 stop' first?)"
        fi
        mkdir -p "$datadir"
    else
        local top
        top="$(mktemp -d "${TMPDIR:-/tmp}/jiarenbase-ci-pg-XXXXXX")"
        chmod 755 "$top"
        datadir="$top/data"
        mkdir "$datadir"
    fi
    datadir="$(cd "$datadir" && pwd -P)"
    chmod 700 "$datadir"
    if [[ -n "$PG_OS_USER" ]]; then chown "$PG_OS_USER:" "$datadir"; fi
    # Recorded before anything can fail, so that `stop` can clean up a half-made cluster.
    printf '%s\n' "$datadir" >"$STATE_FILE"

    log "initdb in $datadir"
    if ! as_pg "$BINDIR/initdb" -D "$datadir" -U "$SUPERUSER" -A trust -E UTF8 \
            --locale=C --no-sync >"$datadir.initdb.log" 2>&1; then
        cat "$datadir.initdb.log" >&2
        die "initdb failed (is every parent directory of $datadir readable by ${PG_OS_USER:-$(id -un)}?)"
    fi
    rm -f "$datadir.initdb.log"

    # TCP on loopback only; no Unix socket, so no /var/run/postgresql is needed.
    cat >"$datadir/pg_hba.conf" <<'EOF'
# TYPE  DATABASE  USER  ADDRESS       METHOD
host    all       postgres  127.0.0.1/32  trust
host    all       all   127.0.0.1/32  scram-sha-256
EOF
    cat >>"$datadir/postgresql.conf" <<'EOF'

# --- jiarenbase CI ---
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
logging_collector = off
EOF
    if [[ -n "$PG_OS_USER" ]]; then chown "$PG_OS_USER:" "$datadir/pg_hba.conf" "$datadir/postgresql.conf"; fi

    local port="${JB_PG_PORT:-54329}" tries=0 started=0 logfile="$datadir/server.log"
    [[ "$port" =~ ^[0-9]+$ ]] || die "JB_PG_PORT=$port is not a number"
    while (( tries < 30 )); do
        tries=$((tries + 1))
        if port_in_use "$port"; then
            log "port $port is busy, trying $((port + 1))"
            port=$((port + 1)); continue
        fi
        if as_pg "$BINDIR/pg_ctl" start -w -t 60 -D "$datadir" -l "$logfile" -o "-p $port" >&2; then
            started=1; break
        fi
        if grep -qiE 'could not bind|address already in use|could not create any TCP/IP sockets' "$logfile" 2>/dev/null; then
            log "port $port was taken meanwhile, trying $((port + 1))"
            as_pg "$BINDIR/pg_ctl" stop -D "$datadir" -m immediate >/dev/null 2>&1 || true
            port=$((port + 1)); continue
        fi
        tail -n 30 "$logfile" >&2 2>/dev/null || true
        die "pg_ctl start failed (log above, from $logfile)"
    done
    (( started )) || die "no free port found starting from ${JB_PG_PORT:-54329}"
    # Pin the port so that `stop` and restarts need not be told it.
    echo "port = $port" >>"$datadir/postgresql.conf"
    printf '%s\n%s\n' "$datadir" "$port" >"$STATE_FILE"

    local psql
    psql="$(psql_bin)"
    PGCONNECT_TIMEOUT=10 "$psql" -X -q -h 127.0.0.1 -p "$port" -U "$SUPERUSER" -d postgres \
        -v ON_ERROR_STOP=1 >/dev/null <<EOF || die "could not create role/database (server log: $logfile)"
CREATE ROLE $DB_USER LOGIN CREATEDB CREATEROLE PASSWORD '$DB_PASSWORD';
CREATE DATABASE $DB_NAME OWNER $DB_USER ENCODING 'UTF8' TEMPLATE template0;
EOF
    log "PostgreSQL is up on 127.0.0.1:$port (data: $datadir)"
    echo "postgresql+psycopg://$DB_USER:$DB_PASSWORD@127.0.0.1:$port/$DB_NAME"
}

cmd_stop() {
    local datadir="${PGDATA_DIR:-}"
    if [[ -z "$datadir" && -f "$STATE_FILE" ]]; then
        datadir="$(head -n 1 "$STATE_FILE")"
    fi
    if [[ -z "$datadir" ]]; then
        log "nothing to stop (no PGDATA_DIR and no $STATE_FILE)"
        return 0
    fi
    if [[ ! -d "$datadir" ]]; then
        log "nothing to stop ($datadir does not exist)"
        rm -f "$STATE_FILE" "$datadir.initdb.log"
        return 0
    fi
    if [[ -f "$datadir/postmaster.pid" ]]; then
        BINDIR="$(find_bindir)"
        # The server runs as whoever owns the data directory (set by `start`).
        PG_OS_USER=""
        if [[ "$(id -u)" -eq 0 ]]; then
            PG_OS_USER="$(stat -c %U "$datadir")"
            [[ "$PG_OS_USER" == root ]] && PG_OS_USER=""
        fi
        log "stopping the server in $datadir"
        if ! as_pg "$BINDIR/pg_ctl" stop -D "$datadir" -m fast -w -t 60 >&2; then
            log "fast shutdown failed; trying immediate"
            if ! as_pg "$BINDIR/pg_ctl" stop -D "$datadir" -m immediate -w -t 30 >&2; then
                local pid
                pid="$(head -n 1 "$datadir/postmaster.pid" 2>/dev/null || true)"
                if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
                    log "sending SIGQUIT to postmaster $pid"
                    kill -QUIT "$pid" 2>/dev/null || true
                    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
                    if kill -0 "$pid" 2>/dev/null; then
                        die "could not stop postmaster $pid; leaving $datadir in place"
                    fi
                fi
            fi
        fi
    fi
    # Delete only what looks like our cluster (or an empty dir), never an arbitrary path.
    if [[ -f "$datadir/PG_VERSION" || -z "$(ls -A "$datadir" 2>/dev/null)" ]]; then
        rm -rf "$datadir" "$datadir.initdb.log"
        local top
        top="$(dirname "$datadir")"
        if [[ "$(basename "$top")" == jiarenbase-ci-pg-* ]]; then
            rmdir "$top" 2>/dev/null || true
        fi
        log "removed $datadir"
    else
        log "not removing $datadir: it does not look like a PostgreSQL data directory"
    fi
    if [[ -f "$STATE_FILE" && "$(head -n 1 "$STATE_FILE")" == "$datadir" ]]; then
        rm -f "$STATE_FILE"
    fi
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
