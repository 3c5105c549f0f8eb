package org.zonewatch.it;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One OpenSearch 2.19 node on 127.0.0.1, in this JVM, for the search tests' third run and for a cluster of zonewatch
 * nodes on one machine (started by {@code src/test/opensearch/test-opensearch.sh}). CodeLibs' runner gives a real
 * OpenSearch with its bundled modules (analysis-common holds the CJK filters) from Maven Central: nothing to install.
 * Arguments: HTTP port, transport port, home folder (data and logs). Runs until the JVM is stopped.
 */
public final class TestOpenSearch {

    private TestOpenSearch() {
    }

    public static void main(String[] args) throws InterruptedException {
        int httpPort = Integer.parseInt(args[0]);
        int transportPort = Integer.parseInt(args[1]);
        var runner = new OpenSearchRunner();
        // The runner would look for a free port below 9300 instead of the one asked for.
        runner.setMaxHttpPort(-1);
        runner.onBuild((number, settings) -> settings
                .put("http.port", httpPort)
                .put("transport.port", transportPort)
                .put("network.host", "127.0.0.1")
                .put("discovery.type", "single-node")
                // A shared build machine's disk may be fuller than OpenSearch's 85 % watermark, which would leave
                // the index unassigned; the tests' index is a few megabytes.
                .put("cluster.routing.allocation.disk.threshold_enabled", false));
        runner.build(OpenSearchRunner.newConfigs().basePath(args[2]).numOfNode(1).clusterName("zonewatch"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        runner.ensureYellow();
        System.out.println("OpenSearch is ready at http://127.0.0.1:" + httpPort);
        Thread.currentThread().join();
    }
}
