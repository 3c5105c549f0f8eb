package org.zonewatch.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void givesEveryItemInOrderWorkedOutOnAnotherThreadOneAtATime() {
        Thread caller = Thread.currentThread();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<Integer> items = new ArrayList<>();
        try (var ahead = new ReadAhead<>(executor, position -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            assertNotSame(caller, Thread.currentThread(), "worked out on the caller's thread");
            sleep(1);
            running.decrementAndGet();
            return position;
        }, 3, 40, 8)) {
            while (ahead.hasNext()) {
                items.add(ahead.next());
            }
        }
        assertEquals(IntStream.range(3, 40).boxed().toList(), items);
        // Four threads in the pool, yet never two items at once: the storing keeps the other processor.
        assertEquals(1, mostAtOnce.get());
    }

    @Test
    void worksNoMoreThanTheWindowAheadOfTheCaller() throws InterruptedException {
        AtomicInteger started = new AtomicInteger();
        try (var ahead = new ReadAhead<>(executor, position -> {
            started.incrementAndGet();
            return position;
        }, 0, 100, 5)) {
            assertEquals(0, ahead.next());
            // The caller pauses (the writer storing a chunk): the window fills and no more.
            Thread.sleep(200);
            assertEquals(6, started.get(), "the item taken and five ahead");
            assertEquals(1, ahead.next());
            Thread.sleep(200);
            assertEquals(7, started.get());
        }
    }

    @Test
    void aFailedItemFailsWhenItsTurnComesAndTheNextOnesStillCome() {
        try (var ahead = new ReadAhead<>(executor, position -> {
            if (position == 2) {
                throw new IllegalStateException("entry 2 unreadable");
            }
            return position;
        }, 0, 4, 10)) {
            assertEquals(0, ahead.next());
            assertEquals(1, ahead.next());
            var failed = assertThrows(IllegalStateException.class, ahead::next);
            assertEquals("entry 2 unreadable", failed.getMessage());
            assertEquals(3, ahead.next());
            assertFalse(ahead.hasNext());
            assertThrows(IllegalStateException.class, ahead::next);
        }
    }

    @Test
    void closingWaitsForTheItemBeingWorkedOutAndStartsNoOther() throws InterruptedException {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        var ahead = new ReadAhead<>(executor, position -> {
            started.incrementAndGet();
            sleep(100);
            finished.incrementAndGet();
            return position;
        }, 0, 50, 10);
        assertEquals(0, ahead.next());
        // The second item starts as the first ends; the job ends meanwhile and closes the archive after this.
        ahead.close();
        assertEquals(started.get(), finished.get(), "close returned while an item was still being worked out");
        int startedBeforeClose = started.get();
        assertTrue(startedBeforeClose <= 2, startedBeforeClose + " started");
        Thread.sleep(300);
        assertEquals(startedBeforeClose, started.get(), "an item started after close");
    }

    @Test
    void anExecutorThatRefusesWorkLeavesNoItemWaitingForever() {
        AtomicInteger handedOver = new AtomicInteger();
        // Takes three items, then refuses, as a managed executor does once the server is shutting down.
        Executor closing = command -> {
            if (handedOver.incrementAndGet() > 3) {
                throw new RejectedExecutionException("shutting down");
            }
            executor.execute(command);
        };
        List<Integer> items = new ArrayList<>();
        try (var ahead = new ReadAhead<>(closing, position -> {
            sleep(5);
            return position;
        }, 0, 10, 4)) {
            while (ahead.hasNext()) {
                items.add(assertTimeoutPreemptively(Duration.ofSeconds(5), ahead::next));
            }
        }
        assertEquals(IntStream.range(0, 10).boxed().toList(), items);
    }

    @Test
    void anEmptyRangeHasNoItems() {
        try (var ahead = new ReadAhead<>(executor, position -> position, 7, 7, 3)) {
            assertFalse(ahead.hasNext());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
