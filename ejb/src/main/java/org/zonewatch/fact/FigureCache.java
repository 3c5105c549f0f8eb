package org.zonewatch.fact;

import java.util.LinkedHashMap;
import java.util.Map;
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

    private record Entry(long version, Object value) {
    }

    private final Map<Object, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /**
     * The answer for the key as of the current facts, worked out again when they changed since; worked out afresh
     * and not kept in a transaction that changed them itself.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        if (version.changedHere()) {
            return compute.get();
        }
        long now = version.current();
        synchronized (entries) {
            Entry entry = entries.get(key);
            if (entry != null && entry.version() == now) {
                return (T) entry.value();
            }
        }
        T value = compute.get();
        synchronized (entries) {
            entries.put(key, new Entry(now, value));
        }
        return value;
    }
}
