#!/usr/bin/env bash
## Usage: zonewatch-restore.sh [--data-dir DIR] [--jboss-home DIR | --postgresql zonewatch-db.properties] BACKUP
##
## Puts a backup that zonewatch-backup.sh took back in place. STOP THE SERVER FIRST. What the database held is
## replaced by the backup: an H2 database is moved aside to db.replaced-TIMESTAMP/; a PostgreSQL database has
## zonewatch's tables dropped and restored in one transaction (nothing changes if the restore fails). The archives
## of unfinished imports come back, and the search index is removed: the server rebuilds it when it starts.
##   --data-dir DIR        the server's zonewatch.data.dir (default ~/.zonewatch)
##   --jboss-home DIR      into the embedded H2 database (the default; or JBOSS_HOME)
##   --postgresql FILE     into the PostgreSQL database whose connection FILE gives; needs pg_restore of the
##                         server's version or newer (on the PATH, or in PG_BIN)
source "$(dirname "$0")/common.sh"
parse_options "$@"

[ -f "$BACKUP/backup.properties" ] || fail "$BACKUP is no zonewatch backup (no backup.properties)"
(cd "$BACKUP" && sha256sum --quiet -c SHA256SUMS) || fail "$BACKUP is damaged: its files do not match SHA256SUMS"
taken=$(sed -n 's/^database=//p' "$BACKUP/backup.properties")
[ "$taken" = "$DATABASE" ] || fail "$BACKUP holds a $taken database, not $DATABASE"

if [ "$DATABASE" = h2 ]; then
    if [ -d "$DATA_DIR/db" ]; then
        aside="$DATA_DIR/db.replaced-$(date -u +%Y%m%dT%H%M%SZ)"
        mv "$DATA_DIR/db" "$aside" || fail "cannot move $DATA_DIR/db aside"
        echo "the database that was there is now $aside"
    fi
    mkdir -p "$DATA_DIR/db"
    h2 org.h2.tools.RunScript -script "$BACKUP/database.h2.sql.gz" -options compression gzip
else
    "${PG_BIN:+$PG_BIN/}pg_restore" --clean --if-exists --no-owner --single-transaction --exit-on-error \
        --dbname="$PGDATABASE" "$BACKUP/database.pgdump"
fi

mkdir -p "$DATA_DIR/imports"
find "$BACKUP/imports" -maxdepth 1 -name '*.zip' -exec cp -p {} "$DATA_DIR/imports/" \;
rm -rf "$DATA_DIR/search-index"
echo "zonewatch restored from $BACKUP ($DATABASE, taken $(sed -n 's/^taken=//p' "$BACKUP/backup.properties")); start the server"
