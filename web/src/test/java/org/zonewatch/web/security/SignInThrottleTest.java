package org.zonewatch.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final SignInThrottle throttle = new SignInThrottle(now::get);

    private Duration fail(String user, String address) {
        Duration wait = throttle.admit(user, address);
        if (wait.isZero()) {
            throttle.finished(user, address, false);
        }
        return wait;
    }

    private void pass(Duration time) {
        now.addAndGet(time.toNanos());
    }

    @Test
    void theFirstFailuresAreFreeThenEachWaitDoubles() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, fail("admin", "10.0.0.1"));
        }
        assertEquals(Duration.ofSeconds(1), throttle.admit("admin", "10.0.0.1"));
        pass(Duration.ofSeconds(1));
        assertEquals(Duration.ZERO, fail("admin", "10.0.0.1"));
        assertEquals(Duration.ofSeconds(2), throttle.admit("admin", "10.0.0.1"));
    }

    @Test
    void anAttemptDuringTheWaitIsRefusedWithoutProlongingIt() {
        for (int i = 0; i < 3; i++) {
            fail("admin", "10.0.0.1");
        }
        pass(Duration.ofMillis(500));
        for (int i = 0; i < 1000; i++) {
            assertEquals(Duration.ofMillis(500), throttle.admit("admin", "10.0.0.1"));
        }
        pass(Duration.ofMillis(500));
        assertEquals(Duration.ZERO, throttle.admit("admin", "10.0.0.1"));
    }

    @Test
    void thePairsWaitStopsAtFiveMinutes() {
        for (int i = 0; i < 40; i++) {
            fail("admin", "10.0.0.1");
            pass(Duration.ofMinutes(5));
        }
        fail("admin", "10.0.0.1");
        assertEquals(Duration.ofMinutes(5), throttle.admit("admin", "10.0.0.1"));
    }

    @Test
    void aFloodFromOneAddressDoesNotKeepTheUserOutElsewhere() {
        for (int i = 0; i < 10_000; i++) {
            fail("admin", "10.0.0.1");
            pass(Duration.ofSeconds(1));
        }
        assertTrue(throttle.admit("admin", "10.0.0.1").compareTo(Duration.ofMinutes(1)) > 0, "the flooding pair waits");
        Duration wait = throttle.admit("admin", "10.0.0.2");
        assertTrue(wait.compareTo(Duration.ofSeconds(30)) <= 0, wait.toString());
        if (!wait.isZero()) {
            pass(wait);
            assertEquals(Duration.ZERO, throttle.admit("admin", "10.0.0.2"));
        }
    }

    @Test
    void theUsersOwnWaitFromManyAddressesStopsAtThirtySeconds() {
        for (int i = 0; i < 100; i++) {
            assertEquals(Duration.ZERO, fail("admin", "10.0.1." + i));
            pass(Duration.ofSeconds(30));
        }
        fail("admin", "10.0.2.0");
        assertEquals(Duration.ofSeconds(30), throttle.admit("admin", "10.0.2.1"));
        pass(Duration.ofSeconds(30));
        assertEquals(Duration.ZERO, throttle.admit("admin", "10.0.2.1"));
    }

    @Test
    void oneAddressTryingManyUsersIsSlowedToo() {
        for (int i = 0; i < 10; i++) {
            assertEquals(Duration.ZERO, fail("user" + i, "10.0.0.1"));
        }
        assertEquals(Duration.ofSeconds(1), throttle.admit("someone", "10.0.0.1"));
        assertEquals(Duration.ZERO, throttle.admit("someone", "10.0.0.2"));
    }

    @Test
    void aSuccessClearsItsPair() {
        for (int i = 0; i < 5; i++) {
            fail("editor", "10.0.0.1");
            pass(Duration.ofSeconds(10));
        }
        assertEquals(Duration.ZERO, throttle.admit("editor", "10.0.0.1"));
        throttle.finished("editor", "10.0.0.1", true);
        for (int i = 0; i < 2; i++) {
            assertEquals(Duration.ZERO, fail("editor", "10.0.0.1"));
        }
    }

    @Test
    void whoJustSignedInIsNotHeldUpByOthersFailures() {
        assertEquals(Duration.ZERO, throttle.admit("editor", "10.0.0.1"));
        throttle.finished("editor", "10.0.0.1", true);
        for (int i = 0; i < 20; i++) {
            fail("user" + i, "10.0.0.1");
            fail("editor", "10.0.9." + i);
        }
        assertTrue(throttle.admit("viewer", "10.0.0.1").compareTo(Duration.ZERO) > 0, "the address waits");
        assertTrue(throttle.admit("editor", "10.0.0.3").compareTo(Duration.ZERO) > 0, "the user waits");
        assertEquals(Duration.ZERO, throttle.admit("editor", "10.0.0.1"), "but not the pair that signed in");
        throttle.finished("editor", "10.0.0.1", true);
        pass(SignInThrottle.FORGET.plusSeconds(1));
        fail("user", "10.0.0.1");
        assertEquals(Duration.ZERO, throttle.admit("editor", "10.0.0.1"));
    }

    @Test
    void aFailureEndsTheTrust() {
        throttle.admit("editor", "10.0.0.1");
        throttle.finished("editor", "10.0.0.1", true);
        for (int i = 0; i < 10; i++) {
            fail("user" + i, "10.0.0.1");
        }
        fail("editor", "10.0.0.1");
        assertTrue(throttle.admit("editor", "10.0.0.1").compareTo(Duration.ZERO) > 0);
    }

    @Test
    void pastTheFreeFailuresOnlyOneAttemptAtATime() {
        for (int i = 0; i < 3; i++) {
            fail("admin", "10.0.0.1");
        }
        pass(Duration.ofSeconds(1));
        assertEquals(Duration.ZERO, throttle.admit("admin", "10.0.0.1"));
        assertTrue(throttle.admit("admin", "10.0.0.1").compareTo(Duration.ZERO) > 0, "a second one under way");
    }

    @Test
    void aClientWithoutFailuresMayHaveManyAttemptsUnderWay() {
        for (int i = 0; i < 50; i++) {
            assertEquals(Duration.ZERO, throttle.admit("editor", "10.0.0.1"));
        }
    }

    @Test
    void countsAreForgottenAndTheTablesStayBounded() {
        for (int i = 0; i < 3 * SignInThrottle.MAX_ENTRIES; i++) {
            fail("random" + i, "10.0." + (i / 250) + "." + (i % 250));
        }
        assertTrue(throttle.size() <= 3 * SignInThrottle.MAX_ENTRIES, "size " + throttle.size());
        pass(SignInThrottle.FORGET.plusSeconds(1));
        assertEquals(Duration.ZERO, throttle.admit("random0", "10.0.0.0"));
    }

    @Test
    void namesAreCountedWhateverTheirCaseAndLength() {
        for (int i = 0; i < 3; i++) {
            fail(i % 2 == 0 ? "ADMIN" : "admin", "10.0.0.1");
        }
        assertEquals(Duration.ofSeconds(1), throttle.admit("Admin", "10.0.0.1"));
        String longName = "x".repeat(SignInThrottle.MAX_NAME);
        for (int i = 0; i < 3; i++) {
            fail(longName + i, "10.0.0.2");
        }
        assertEquals(Duration.ofSeconds(1), throttle.admit(longName + "other", "10.0.0.2"));
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        assertEquals(SignInThrottle.addressKey("2001:db8:1:2::1"), SignInThrottle.addressKey("2001:db8:1:2:ffff::7"));
        assertEquals("192.0.2.1", SignInThrottle.addressKey("192.0.2.1"));
    }
}
