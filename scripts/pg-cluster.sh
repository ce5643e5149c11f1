#!/usr/bin/env bash
# A private PostgreSQL server for Concord's tests and benchmarks: a cluster made by initdb in a folder of its own,
# started by pg_ctl on a free port of 127.0.0.1 (and a socket in the same folder), owned by an unprivileged user
# (nobody when this runs as root, since PostgreSQL refuses to run as root). Nothing of the machine's own
# PostgreSQL service is used or changed.
#   pg-cluster.sh start DIR   makes and starts a cluster (in /tmp/concord-pg.*); writes DIR/url, the address of its
#                             superuser (concord_admin, trusted on 127.0.0.1) on the database postgres
#   pg-cluster.sh restart DIR stops it as a crash would (immediate: no checkpoint, recovery on start) and starts it
#   pg-cluster.sh stop DIR    stops it and removes it and DIR
set -euo pipefail

command=${1:-}
dir=${2:-}
if [ -z "$command" ] || [ -z "$dir" ]; then
    echo "usage: $0 start|restart|stop DIR" >&2
    exit 2
fi

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "PostgreSQL's server programs (initdb, pg_ctl) are missing: install Debian's postgresql (scripts/deps.sh)." >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u nobody -- "$@"
    else
        "$@"
    fi
}

# The cluster lives in a folder of its own under /tmp (the server's user must reach it, which it may not
# where the build folder is); DIR keeps its address (url) and where it is (root).
case "$command" in
start)
    if [ -f "$dir/root" ]; then
        "$0" stop "$dir" || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    root=$(mktemp -d /tmp/concord-pg.XXXXXX)
    if [ "$(id -u)" -eq 0 ]; then
        chown nobody:nogroup "$root"
    fi
    chmod 700 "$root"
    echo "$root" >"$dir/root"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    # C.UTF-8: Unicode character classes, so that pg_trgm counts Han characters and Vietnamese letters as parts of
    # words. fsync off: a test cluster survives a killed server but not a killed machine, and runs much faster.
    as_owner "$bindir/initdb" -D "$root/data" -U concord_admin --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_owner "$bindir/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 60 \
        -o "-p $port -k $root -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off \
            -c full_page_writes=off -c max_connections=200" start >/dev/null
    echo "postgresql://concord_admin@127.0.0.1:$port/postgres" >"$dir/url"
    echo "PostgreSQL test cluster on port $port ($root)"
    ;;
restart)
    root=$(cat "$dir/root")
    as_owner "$bindir/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 60 restart -m immediate >/dev/null
    ;;
stop)
    if [ -f "$dir/root" ]; then
        root=$(cat "$dir/root")
        if [ -f "$root/data/postmaster.pid" ]; then
            as_owner "$bindir/pg_ctl" -D "$root/data" stop -m fast -w >/dev/null || true
        fi
        case "$root" in
        /tmp/concord-pg.*) rm -rf "$root" ;;
        esac
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|restart|stop DIR" >&2
    exit 2
    ;;
esac
