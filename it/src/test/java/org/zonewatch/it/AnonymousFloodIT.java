package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;

/**
 * A flood of anonymous requests holds no memory: thousands of 16 KB posts to the API and page requests from several
 * threads leave the heap (after a full GC) and the number of sessions where they were, and the server answers.
 */
class AnonymousFloodIT extends DeployedZonewatch {

    private static final int THREADS = 8;
    /** Two posts to the API for each page request: 4,000 posts and 2,000 pages. */
    private static final int REQUESTS = 6000;
    private static final long MB = 1024 * 1024;

    @ArquillianResource
    ManagementClient management;

    @Test
    void anonymousRequestsLeaveHeapAndSessionsFlat() throws Exception {
        flood(300);
        long sessionsBefore = activeSessions();
        long heapBefore = heapAfterGc();

        long start = System.nanoTime();
        List<Integer> statuses = flood(REQUESTS);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

        long sessionsAfter = activeSessions();
        long heapAfter = heapAfterGc();
        System.out.printf("AnonymousFloodIT: %d requests in %d s; sessions %d -> %d; heap after GC %d MB -> %d MB%n",
                statuses.size(), seconds, sessionsBefore, sessionsAfter, heapBefore / MB, heapAfter / MB);
        assertTrue(statuses.stream().allMatch(status -> status == 401 || status == 303 || status == 200), statuses.stream()
                .filter(status -> status != 401 && status != 303 && status != 200).distinct().toList().toString());
        assertEquals(sessionsBefore, sessionsAfter, "no session for anonymous requests");
        assertTrue(heapAfter - heapBefore < 16 * MB,
                "heap grew by " + (heapAfter - heapBefore) / MB + " MB (3,000 such posts kept 51 MB before)");

        long answered = System.nanoTime();
        assertEquals(200, ZonewatchClient.as(base, "viewer").get("api/articles?size=1").statusCode());
        assertTrue(System.nanoTime() - answered < TimeUnit.SECONDS.toNanos(10), "it still answers");
        FormSession.signedIn(base, "viewer");
        assertEquals(sessionsAfter + 1, activeSessions(), "the count counts: a sign-in opens one");
    }

    /** The statuses of the posts and page requests, sent from THREADS threads at once. */
    private List<Integer> flood(int requests) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        byte[] body = new byte[16 * 1024];
        java.util.Arrays.fill(body, (byte) 'x');
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                boolean post = i % 3 != 2;
                String page = i % 2 == 0 ? "index.xhtml" : "login.xhtml";
                HttpRequest request = post
                        ? HttpRequest.newBuilder(URI.create(base + "api/articles"))
                                .header("Content-Type", "text/markdown; charset=UTF-8")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build()
                        : HttpRequest.newBuilder(URI.create(base + page)).GET().build();
                answers.add(threads.submit(() -> http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(5, TimeUnit.MINUTES));
            }
            return statuses;
        } finally {
            threads.shutdownNow();
        }
    }

    private long activeSessions() throws Exception {
        ModelNode operation = new ModelNode();
        operation.get("operation").set("read-attribute");
        operation.get("name").set("active-sessions");
        ModelNode address = operation.get("address");
        address.add("deployment", "zonewatch.ear");
        address.add("subdeployment", "zonewatch-web.war");
        address.add("subsystem", "undertow");
        return execute(operation).asLong();
    }

    private long heapAfterGc() throws Exception {
        ModelNode gc = new ModelNode();
        gc.get("operation").set("gc");
        gc.get("address").add("core-service", "platform-mbean").add("type", "memory");
        execute(gc);
        execute(gc);
        ModelNode read = new ModelNode();
        read.get("operation").set("read-attribute");
        read.get("name").set("heap-memory-usage");
        read.get("address").add("core-service", "platform-mbean").add("type", "memory");
        return execute(read).get("used").asLong();
    }

    private ModelNode execute(ModelNode operation) throws Exception {
        ModelNode result = management.getControllerClient().execute(operation);
        assertEquals("success", result.get("outcome").asString(), result.toString());
        return result.get("result");
    }
}
