package org.zonewatch.fact;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What the dashboard and the indicator pages work out from the articles and their facts (latest values, counts,
 * series, regions), kept until {@link FactsVersion} moves: every page view asks for the same few answers, and they
 * change only with imports, reprocessing, corrections, catalogue changes and deletions. Bounded: the least recently
 * used answers go first. Answers from the search index are kept for a few seconds at most as well
 * ({@link #getFromSearch}).
 */
@ApplicationScoped
public class FigureCache {

    private static final int MAX_ENTRIES = 200;
    /** What no answer outlives but a change of the facts. */
    private static final long FOREVER = Long.MAX_VALUE;
    /**
     * How long an answer from the search index is kept at most: the index takes in a change a moment after the
     * database commits it (after the commit on one server, up to seconds later on a cluster's OpenSearch), so an
     * answer worked out in between belongs to the new version of the facts and misses the change.
     */
    static final Duration SEARCH_SETTLES = Duration.ofSeconds(5);

    @Inject
    private FactsVersion version;

    private final LongSupplier nanoTime;

    /**
     * The answer for one version of the facts, as soon as the caller who works it out has it.
     *
     * @param replaced the answer for the same version this one is worked out to replace, because it was kept as long
     *                 as it may be; {@code null} when there is none
     */
    private record Entry(long version, long startedAt, CompletableFuture<Object> value,
                         CompletableFuture<Object> replaced) {
    }

    private final Map<Object, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** For CDI. */
    protected FigureCache() {
        this.nanoTime = System::nanoTime;
    }

    FigureCache(FactsVersion version, LongSupplier nanoTime) {
        this.version = version;
        this.nanoTime = nanoTime;
    }

    /**
     * The answer for the key as of the current facts, worked out again when they changed since; worked out afresh
     * and not kept in a transaction that changed them itself. One caller works an answer out and the others asking
     * meanwhile wait for it: with 100,000 articles an overview takes seconds, and every signed-in user asking for it
     * at once would each take a database connection and a share of the processors to work out the same thing.
     */
    public <T> T get(Object key, Supplier<T> compute) {
        return get(key, FOREVER, compute);
    }

    /**
     * As {@link #get}, for an answer worked out from the search index: kept {@link #SEARCH_SETTLES} at most, so that
     * one worked out before the index took in a change is not kept until the next one. While one caller works out
     * again an answer kept that long, the others have the old one rather than wait.
     */
    public <T> T getFromSearch(Object key, Supplier<T> compute) {
        return get(key, SEARCH_SETTLES.toNanos(), compute);
    }

    @SuppressWarnings("unchecked")
    private <T> T get(Object key, long maxAgeNanos, Supplier<T> compute) {
        if (version.changedHere()) {
            return compute.get();
        }
        long now = version.current();
        long startedAt = nanoTime.getAsLong();
        Entry entry;
        boolean mine = false;
        synchronized (entries) {
            entry = entries.get(key);
            if (entry == null || entry.version() != now) {
                entry = new Entry(now, startedAt, new CompletableFuture<>(), null);
                entries.put(key, entry);
                mine = true;
            } else if (startedAt - entry.startedAt() > maxAgeNanos && entry.value().isDone()) {
                entry = new Entry(now, startedAt, new CompletableFuture<>(), entry.value());
                entries.put(key, entry);
                mine = true;
            }
        }
        if (!mine) {
            if (!entry.value().isDone() && entry.replaced() != null) {
                return (T) entry.replaced().join();
            }
            try {
                return (T) entry.value().join();
            } catch (CompletionException failed) {
                // The caller working it out failed (its transaction timed out, say): this one tries for itself.
                return compute.get();
            }
        }
        try {
            T value = compute.get();
            entry.value().complete(value);
            return value;
        } catch (RuntimeException | Error failed) {
            entry.value().completeExceptionally(failed);
            synchronized (entries) {
                entries.remove(key, entry);
            }
            throw failed;
        }
    }
}
