#!/usr/bin/env bash
# The PostgreSQL of the integration tests' second run: PostgreSQL's own binaries as Maven Central ships them
# (zonky's embedded-postgres-binaries), a new cluster every run, reachable on 127.0.0.1 only.
#   test-database.sh start POSTGRES.txz DB.properties STATE   (port, database, user and password from DB.properties)
#   test-database.sh stop STATE
#   test-database.sh halt STATE / test-database.sh resume STATE   (the database goes away and comes back, data kept)
# STATE records where the cluster lives, so that stop finds it, and start first stops one a cut-short run left.
# PostgreSQL refuses to run as root, and CI runs as root: then it runs as nobody, from a folder under the
# temporary directory, which nobody can reach wherever the build's own folder is.
set -euo pipefail

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups "$@"
    else
        "$@"
    fi
}

stop() {
    local state=$1 home
    [ -f "$state" ] || return 0
    home=$(cat "$state")
    if [ -f "$home/data/postmaster.pid" ]; then
        as_owner "$home/bin/pg_ctl" -D "$home/data" -m fast -w stop
    fi
    rm -rf "$home" "$state"
}

start() {
    local binaries=$1 properties=$2 state=$3 home
    setting() { sed -n "s/^zonewatch\.db\.$1=//p" "$properties"; }
    stop "$state"
    home=$(mktemp -d "${TMPDIR:-/tmp}/zonewatch-postgresql.XXXXXX")
    echo "$home" > "$state"
    tar -xJf "$binaries" -C "$home"
    setting password > "$home/password"
    if [ "$(id -u)" = 0 ]; then chown -R nobody "$home"; fi

    # The built-in C.UTF-8 locale (PostgreSQL 17 on) sorts and converts case the same on every machine, whatever
    # locales it has; before 17, the C locale is the one that does.
    local locale=(--locale=C)
    if [ "$("$home/bin/postgres" --version | sed 's/[^0-9]*\([0-9]*\).*/\1/')" -ge 17 ]; then
        locale+=(--locale-provider=builtin --builtin-locale=C.UTF-8)
    fi
    as_owner "$home/bin/initdb" -D "$home/data" -U "$(setting user)" --pwfile="$home/password" -A scram-sha-256 \
        -E UTF8 "${locale[@]}" > "$home/initdb.log" \
        || { cat "$home/initdb.log"; exit 1; }
    echo "CREATE DATABASE $(setting name)" | as_owner "$home/bin/postgres" --single -D "$home/data" postgres \
        > "$home/create.log" 2>&1 || { cat "$home/create.log"; exit 1; }
    echo "-p $(setting port) -c listen_addresses=127.0.0.1 -c unix_socket_directories=''" > "$home/options"
    resume "$state"
}

halt() {
    local home
    home=$(cat "$1")
    as_owner "$home/bin/pg_ctl" -D "$home/data" -m fast -w stop
}

resume() {
    local home
    home=$(cat "$1")
    as_owner "$home/bin/pg_ctl" -D "$home/data" -l "$home/postgresql.log" -w -t 60 -o "$(cat "$home/options")" start \
        || { cat "$home/postgresql.log"; exit 1; }
}

"$@"
