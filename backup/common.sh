# Shared by zonewatch-backup.sh and zonewatch-restore.sh: their options, and where H2 and the data folder are.
# A backup folder holds
#   database.h2.sql.gz   the embedded H2 as SQL (H2's SCRIPT), or
#   database.pgdump      the PostgreSQL database (pg_dump's custom format)
#   imports/             the archives of bulk imports that had not finished (the data folder's imports/)
#   backup.properties    which database it is and when it was taken
#   SHA256SUMS           checked before anything is restored
# Everything zonewatch knows is in the database: articles with their raw files, facts, corrections and their
# history, the indicator catalogue, imports and reprocessing runs. The search index is not backed up: the server
# builds it anew from the database when it starts with none.
set -euo pipefail

usage() {
    sed -n 's/^## \{0,1\}//p' "$0" >&2
    exit 2
}

fail() {
    echo "$(basename "$0"): $*" >&2
    exit 1
}

DATA_DIR="${HOME}/.zonewatch"
DATABASE=h2
JBOSS_HOME="${JBOSS_HOME:-}"
DB_PROPERTIES=
H2_USER=sa
H2_PASSWORD=sa

parse_options() {
    while [ $# -gt 1 ]; do
        case "$1" in
            --data-dir) DATA_DIR=$2; shift 2 ;;
            --jboss-home) JBOSS_HOME=$2; shift 2 ;;
            --postgresql) DATABASE=postgresql; DB_PROPERTIES=$2; shift 2 ;;
            -h|--help) usage ;;
            *) echo "unknown option: $1" >&2; usage ;;
        esac
    done
    [ $# -eq 1 ] && [ "${1#-}" = "$1" ] || usage
    BACKUP=$1
    DATA_DIR=$(realpath -m "$DATA_DIR")
    if [ "$DATABASE" = h2 ]; then
        [ -n "$JBOSS_HOME" ] || fail "the H2 database needs --jboss-home (or JBOSS_HOME): H2's jar is the server's"
        H2_JAR=$(ls "$JBOSS_HOME"/modules/system/layers/base/com/h2database/h2/main/h2-*.jar 2>/dev/null | head -1)
        [ -n "$H2_JAR" ] || fail "no H2 jar under $JBOSS_HOME/modules/system/layers/base/com/h2database/h2/main"
        H2_URL="jdbc:h2:file:$DATA_DIR/db/zonewatch"
    else
        [ -r "$DB_PROPERTIES" ] || fail "cannot read $DB_PROPERTIES"
        setting() { sed -n "s/^zonewatch\.db\.$1=//p" "$DB_PROPERTIES"; }
        export PGHOST PGPORT PGDATABASE PGUSER PGPASSWORD
        PGHOST=$(setting host) PGPORT=$(setting port) PGDATABASE=$(setting name) PGUSER=$(setting user)
        PGPASSWORD=$(setting password)
        command -v "${PG_BIN:+$PG_BIN/}pg_dump" > /dev/null \
            || fail "pg_dump and pg_restore not found: install PostgreSQL's client of the server's version or newer, or set PG_BIN"
    fi
}

# h2 TOOL ARGS...: one of H2's tools on the database (its -options must come last, they take the rest).
h2() {
    local tool=$1
    shift
    java -cp "$H2_JAR" "$tool" -url "$H2_URL" -user "$H2_USER" -password "$H2_PASSWORD" "$@"
}
