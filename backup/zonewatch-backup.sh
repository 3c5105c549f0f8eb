#!/usr/bin/env bash
## Usage: zonewatch-backup.sh [--data-dir DIR] [--jboss-home DIR | --postgresql zonewatch-db.properties] BACKUP
##
## Backs zonewatch's data up into the new folder BACKUP: the database and the archives of unfinished bulk
## imports; restore it with zonewatch-restore.sh. The search index is rebuilt, not backed up.
##   --data-dir DIR        the server's zonewatch.data.dir (default ~/.zonewatch)
##   --jboss-home DIR      the embedded H2 database (the default; or JBOSS_HOME): STOP THE SERVER FIRST, H2 is
##                         locked by the server that has it open
##   --postgresql FILE     the PostgreSQL database whose connection FILE gives (as for postgresql.cli); taken
##                         while the server runs, as one consistent snapshot. Needs pg_dump of the server's
##                         version or newer (on the PATH, or in PG_BIN)
source "$(dirname "$0")/common.sh"
parse_options "$@"

[ ! -e "$BACKUP" ] || fail "$BACKUP exists already; name a new folder"
mkdir -p "$BACKUP"
# A backup that stopped halfway must not pass for one: the folder goes unless the end is reached.
trap 'rm -rf "$BACKUP"' EXIT

if [ "$DATABASE" = h2 ]; then
    [ -f "$DATA_DIR/db/zonewatch.mv.db" ] || fail "no H2 database at $DATA_DIR/db/zonewatch.mv.db"
    h2 org.h2.tools.Script -script "$BACKUP/database.h2.sql.gz" -options compression gzip \
        || fail "H2 refused: is the server still running? It must be stopped for an H2 backup"
else
    "${PG_BIN:+$PG_BIN/}pg_dump" --format=custom --no-owner --file="$BACKUP/database.pgdump"
fi

mkdir "$BACKUP/imports"
if [ -d "$DATA_DIR/imports" ]; then
    find "$DATA_DIR/imports" -maxdepth 1 -name '*.zip' -exec cp -p {} "$BACKUP/imports/" \;
fi
printf 'database=%s\ntaken=%s\n' "$DATABASE" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" > "$BACKUP/backup.properties"
(cd "$BACKUP" && find . -type f ! -name SHA256SUMS -print0 | sort -z | xargs -0 sha256sum > SHA256SUMS)
trap - EXIT
echo "zonewatch backed up to $BACKUP ($DATABASE, $(du -sh "$BACKUP" | cut -f1))"
