package org.zonewatch.fact;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A number read from elsewhere, taken again from the last reading while that is recent, and read afresh after
 * {@link #forget}. A reading that began before a {@code forget} is not kept: it may predate what made the number move.
 */
final class RecentReading {

    private record Reading(long number, long readAt, long round) {
    }

    private final LongSupplier source;
    private final LongSupplier nanoTime;
    private final long trustedNanos;
    /** Moves with every {@link #forget}: a reading is kept only if none came while it was taken. */
    private final AtomicLong round = new AtomicLong();
    private volatile Reading last;

    RecentReading(LongSupplier source, LongSupplier nanoTime, long trustedNanos) {
        this.source = source;
        this.nanoTime = nanoTime;
        this.trustedNanos = trustedNanos;
    }

    long number() {
        long now = nanoTime.getAsLong();
        long thisRound = round.get();
        Reading kept = last;
        if (kept != null && kept.round() == thisRound && now - kept.readAt() < trustedNanos) {
            return kept.number();
        }
        long number = source.getAsLong();
        if (round.get() == thisRound) {
            last = new Reading(number, now, thisRound);
        }
        return number;
    }

    /** The number moved here: the next caller reads it again. */
    void forget() {
        round.incrementAndGet();
    }
}
