package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Failed sign-ins slow down their user at their address, and only there, for a bounded time. The test client is
 * 127.0.0.1; another client is 127.0.0.2 (FromAddress binds to it).
 */
class SignInThrottleIT extends DeployedZonewatch {

    private static final String LIST = "api/articles?size=1";

    @Test
    void failuresHoldUpTheUserAtThatAddressOnlyAndNotForLong() throws InterruptedException {
        var wrong = new ZonewatchClient(base, "viewer", "wrong");
        for (int i = 0; i < 3; i++) {
            assertEquals(401, wrong.get(LIST).statusCode());
        }
        Thread.sleep(1100);
        assertEquals(401, wrong.get(LIST).statusCode());
        Thread.sleep(2100);
        assertEquals(401, wrong.get(LIST).statusCode());

        long start = System.nanoTime();
        var held = ZonewatchClient.as(base, "viewer").get(LIST);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(429, held.statusCode(), "even the right password waits: " + held.body());
        assertEquals("too-many-attempts", ZonewatchClient.json(held).getString("error"));
        int retryAfter = Integer.parseInt(held.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 4, "Retry-After " + retryAfter);
        assertTrue(millis < 1000, "refused at once, holding no thread: " + millis + " ms");

        var form = new FormSession(base).signIn("viewer", "viewer", "/");
        assertTrue(form.headers().firstValue("Location").orElseThrow().contains("error=wait"), form.headers().map().toString());

        assertEquals(200, FromAddress.basicGet("127.0.0.2", base, LIST, "viewer", "viewer"), "another address signs in");
        assertEquals(200, ZonewatchClient.as(base, "editor").get(LIST).statusCode(), "another user too");

        Thread.sleep(retryAfter * 1000L + 200);
        assertEquals(200, ZonewatchClient.as(base, "viewer").get(LIST).statusCode(), "after the wait");
        assertEquals(401, wrong.get(LIST).statusCode(), "and the count starts again");
        assertEquals(200, ZonewatchClient.as(base, "viewer").get(LIST).statusCode());
    }
}
