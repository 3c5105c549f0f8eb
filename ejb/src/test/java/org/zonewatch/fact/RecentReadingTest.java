package org.zonewatch.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RecentReadingTest {

    private static final long TRUSTED = 500;

    private final AtomicLong stored = new AtomicLong(7);
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicLong nanoTime = new AtomicLong(1_000);
    private final RecentReading reading = new RecentReading(() -> {
        reads.incrementAndGet();
        return stored.get();
    }, nanoTime::get, TRUSTED);
    /** What a commit on this node does: set once the reading under test exists. */
    private Runnable forgetting;

    @Test
    void aRecentReadingIsTakenAgainAndAnOlderOneIsReadAfresh() {
        assertEquals(7, reading.number());
        stored.set(8);
        nanoTime.addAndGet(TRUSTED - 1);
        assertEquals(7, reading.number(), "read a moment ago");
        assertEquals(1, reads.get());
        nanoTime.addAndGet(1);
        assertEquals(8, reading.number(), "read too long ago");
        assertEquals(2, reads.get());
    }

    @Test
    void afterForgetTheNextCallerReadsAgain() {
        assertEquals(7, reading.number());
        stored.set(8);
        reading.forget();
        assertEquals(8, reading.number());
        assertEquals(8, reading.number());
        assertEquals(2, reads.get());
    }

    @Test
    void aReadingTakenWhileTheNumberMovedHereIsNotKept() {
        var movingWhileRead = new RecentReading(() -> {
            reads.incrementAndGet();
            long before = stored.get();
            // A change commits here between the database's answer and its being kept.
            stored.set(before + 1);
            forgetting.run();
            return before;
        }, nanoTime::get, TRUSTED);
        forgetting = movingWhileRead::forget;
        assertEquals(7, movingWhileRead.number());
        assertEquals(8, movingWhileRead.number(), "the first reading was not kept");
        assertEquals(2, reads.get());
    }

}
