package org.zonewatch.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FigureCacheTest {

    /** The facts' version without a database: what the test sets it to, and no transaction changing it. */
    private static final class Version extends FactsVersion {
        final AtomicLong number = new AtomicLong(1);

        @Override
        public long current() {
            return number.get();
        }

        @Override
        public boolean changedHere() {
            return false;
        }
    }

    private final Version version = new Version();
    private final AtomicLong nanoTime = new AtomicLong();
    private final FigureCache cache = new FigureCache(version, nanoTime::get);
    private final ExecutorService callers = Executors.newFixedThreadPool(8);

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void callersAskingWhileAnAnswerIsWorkedOutWaitForItInsteadOfWorkingItOutAgain() throws Exception {
        var workedOut = new AtomicInteger();
        var release = new CountDownLatch(1);
        List<CompletableFuture<String>> answers = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> cache.get("overview", () -> {
                    workedOut.incrementAndGet();
                    await(release);
                    return "answer";
                }), callers))
                .toList();
        Thread.sleep(200);
        release.countDown();

        for (var answer : answers) {
            assertEquals("answer", answer.get(5, TimeUnit.SECONDS));
        }
        assertEquals(1, workedOut.get());
    }

    @Test
    void anAnswerIsKeptUntilTheFactsChange() {
        var workedOut = new AtomicInteger();
        assertEquals(1, cache.get("count", workedOut::incrementAndGet));
        assertEquals(1, cache.get("count", workedOut::incrementAndGet));
        version.number.incrementAndGet();
        assertEquals(2, cache.get("count", workedOut::incrementAndGet));
    }

    @Test
    void anAnswerFromTheSearchIndexIsKeptAFewSecondsAtMostEvenWhenTheFactsDoNotChange() {
        var workedOut = new AtomicInteger();
        assertEquals(1, cache.getFromSearch("list", workedOut::incrementAndGet));
        nanoTime.addAndGet(FigureCache.SEARCH_SETTLES.toNanos());
        assertEquals(1, cache.getFromSearch("list", workedOut::incrementAndGet));
        nanoTime.incrementAndGet();
        assertEquals(2, cache.getFromSearch("list", workedOut::incrementAndGet));
        // Other answers wait for a change of the facts however old they are.
        assertEquals(3, cache.get("overview", workedOut::incrementAndGet));
        nanoTime.addAndGet(Duration.ofDays(1).toNanos());
        assertEquals(3, cache.get("overview", workedOut::incrementAndGet));
        version.number.incrementAndGet();
        assertEquals(4, cache.getFromSearch("list", workedOut::incrementAndGet));
    }

    @Test
    void whileAnAnswerKeptLongEnoughIsWorkedOutAgainOtherCallersHaveTheOldOne() throws Exception {
        assertEquals("first", cache.getFromSearch("list", () -> "first"));
        nanoTime.addAndGet(FigureCache.SEARCH_SETTLES.toNanos() + 1);
        var release = new CountDownLatch(1);
        var again = CompletableFuture.supplyAsync(() -> cache.getFromSearch("list", () -> {
            await(release);
            return "second";
        }), callers);
        Thread.sleep(200);
        assertEquals("first", cache.getFromSearch("list", () -> "worked out by a waiting caller"));
        release.countDown();
        assertEquals("second", again.get(5, TimeUnit.SECONDS));
        assertEquals("second", cache.getFromSearch("list", () -> "worked out once more"));
        // A change of the facts: nobody has the old answer any more.
        version.number.incrementAndGet();
        assertEquals("third", cache.getFromSearch("list", () -> "third"));
    }

    @Test
    void aFailureIsNotKeptAndWaitingCallersWorkItOutThemselves() throws Exception {
        var release = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> cache.get("series", () -> {
            await(release);
            throw new IllegalStateException("transaction timed out");
        }), callers);
        Thread.sleep(100);
        var waiting = CompletableFuture.supplyAsync(() -> cache.get("series", () -> "its own answer"), callers);
        Thread.sleep(100);
        release.countDown();

        assertEquals("its own answer", waiting.get(5, TimeUnit.SECONDS));
        assertThrows(Exception.class, () -> first.get(5, TimeUnit.SECONDS));
        assertEquals("fresh", cache.get("series", () -> "fresh"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
