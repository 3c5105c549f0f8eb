package org.zonewatch.web.api;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What was written for an object, by the object itself rather than its contents: the services hand every caller
 * the same instance of an answer they keep (a page of articles, a page of a series) until it changes, so its bytes
 * can be kept with it instead of being written again for each of them. Bounded in bytes; the least recently asked
 * for go first. Pure: the caller says how to write.
 */
final class WrittenOnce {

    /** The object itself as a key: equal contents in another instance are another answer, compared at no cost. */
    private record Identity(Object answer) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.answer == answer;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(answer);
        }
    }

    private final long maxBytes;
    private final Map<Identity, byte[]> written = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    WrittenOnce(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    byte[] bytes(Object answer, Function<Object, byte[]> write) {
        Identity key = new Identity(answer);
        synchronized (this) {
            byte[] kept = written.get(key);
            if (kept != null) {
                return kept;
            }
        }
        byte[] fresh = write.apply(answer);
        if (fresh.length <= maxBytes) {
            keep(key, fresh);
        }
        return fresh;
    }

    private synchronized void keep(Identity key, byte[] fresh) {
        if (written.putIfAbsent(key, fresh) != null) {
            return;
        }
        bytes += fresh.length;
        for (Iterator<byte[]> eldest = written.values().iterator(); bytes > maxBytes; ) {
            bytes -= eldest.next().length;
            eldest.remove();
        }
    }

    synchronized long keptBytes() {
        return bytes;
    }
}
