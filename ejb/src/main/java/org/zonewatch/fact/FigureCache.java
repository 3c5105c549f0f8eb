package org.zonewatch.fact;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What the dashboard and the indicator pages work out from the articles and their facts (latest values, counts,
 * series, regions), kept until {@link FactsVersion} moves: every page view asks for the same few answers, and they
 * change only with imports, reprocessing, corrections, catalogue changes and deletions. Bounded: the least recently
 * used answers go first.
 */
@ApplicationScoped
public class FigureCache {

    private static final int MAX_ENTRIES = 200;

    @Inject
    private FactsVersion version;

    /** The answer for one version of the facts, as soon as the caller who works it out has it. */
    private record Entry(long version, CompletableFuture<Object> value) {
    }

    private final Map<Object, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** For CDI. */
    protected FigureCache() {
    }

    FigureCache(FactsVersion version) {
        this.version = version;
    }

    /**
     * The answer for the key as of the current facts, worked out again when they changed since; worked out afresh
     * and not kept in a transaction that changed them itself. One caller works an answer out and the others asking
     * meanwhile wait for it: with 100,000 articles an overview takes seconds, and every signed-in user asking for it
     * at once would each take a database connection and a share of the processors to work out the same thing.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        if (version.changedHere()) {
            return compute.get();
        }
        long now = version.current();
        Entry entry;
        boolean mine = false;
        synchronized (entries) {
            entry = entries.get(key);
            if (entry == null || entry.version() != now) {
                entry = new Entry(now, new CompletableFuture<>());
                entries.put(key, entry);
                mine = true;
            }
        }
        if (!mine) {
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
