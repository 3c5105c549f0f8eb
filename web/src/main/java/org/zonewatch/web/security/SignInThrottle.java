package org.zonewatch.web.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Slows down password guessing without letting anyone lock others out. Failed sign-ins are counted three ways: per
 * user and client address together, per client address (any user) and per user (any address). Past a number of free
 * failures each count makes its next attempt wait, twice as long after each further failure, up to a ceiling; an
 * attempt that comes too early is refused without looking at the password and without counting, so a flood only
 * meets refusals and never prolongs a wait. The pair's and the address's waits reach minutes and so stop one
 * address; the user's alone, which a user's colleagues share, stops at seconds, so a flood from one address does not
 * keep the user out elsewhere. A success clears its pair's failures and, while no failure follows, lets that user at
 * that address past the address's and the user's waits for half an hour: someone else's failures from the same office
 * network, or against the same name from elsewhere, do not stop a user (or an API client) who just proved the password.
 * Counts are forgotten half an hour after their last failure,
 * and each of the three tables holds at most {@link #MAX_ENTRIES} (the least recently used go first), so a flood of
 * invented names or addresses cannot grow them.
 */
final class SignInThrottle {

    /** How many failures are free, how long the first wait after them is, and the longest wait. */
    record Limit(int free, Duration first, Duration longest) {

        Duration waitAfter(int failures) {
            if (failures < free) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - free, 30);
            Duration wait = first.multipliedBy(1L << doublings);
            return wait.compareTo(longest) > 0 ? longest : wait;
        }
    }

    static final Limit PAIR = new Limit(3, Duration.ofSeconds(1), Duration.ofMinutes(5));
    static final Limit ADDRESS = new Limit(10, Duration.ofSeconds(1), Duration.ofMinutes(5));
    static final Limit USER = new Limit(10, Duration.ofSeconds(1), Duration.ofSeconds(30));
    static final Duration FORGET = Duration.ofMinutes(30);
    static final int MAX_ENTRIES = 10_000;
    /** User names are kept up to this length; a realm has no longer ones. */
    static final int MAX_NAME = 100;

    private final LongSupplier nanoTime;
    private final Counts pairs = new Counts(PAIR);
    private final Counts addresses = new Counts(ADDRESS);
    private final Counts users = new Counts(USER);

    SignInThrottle(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    SignInThrottle() {
        this(System::nanoTime);
    }

    /**
     * Lets an attempt go on to the password ({@link Duration#ZERO}), then to be ended by {@link #finished}; or says
     * how long this user at this address must wait.
     */
    synchronized Duration admit(String user, String address) {
        long now = nanoTime.getAsLong();
        String userKey = userKey(user);
        String addressKey = addressKey(address);
        String pairKey = userKey + '\n' + addressKey;
        Duration wait = pairs.trusted(pairKey, now) ? Duration.ZERO
                : max(pairs.waitAt(pairKey, now), max(addresses.waitAt(addressKey, now), users.waitAt(userKey, now)));
        if (wait.isZero()) {
            pairs.start(pairKey);
            addresses.start(addressKey);
            users.start(userKey);
        }
        return wait;
    }

    /** The end of an admitted attempt: signed in, or a wrong password. */
    synchronized void finished(String user, String address, boolean signedIn) {
        long now = nanoTime.getAsLong();
        String userKey = userKey(user);
        String addressKey = addressKey(address);
        String pairKey = userKey + '\n' + addressKey;
        if (signedIn) {
            pairs.succeeded(pairKey, now);
            addresses.end(addressKey, false, now);
            users.end(userKey, false, now);
        } else {
            pairs.end(pairKey, true, now);
            addresses.end(addressKey, true, now);
            users.end(userKey, true, now);
        }
    }

    /** How many entries the three tables hold together. */
    synchronized int size() {
        return pairs.size() + addresses.size() + users.size();
    }

    static String userKey(String user) {
        String name = user.toLowerCase(Locale.ROOT);
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    /** An IPv6 client owns at least a /64: counting its addresses one by one would count nothing. */
    static String addressKey(String address) {
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
        } catch (UnknownHostException e) {
            return address;
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Failures per key, the least recently used dropped beyond MAX_ENTRIES. */
    private static final class Counts {

        private final Limit limit;
        private final Map<String, Count> counts = new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
                return size() > MAX_ENTRIES;
            }
        };

        Counts(Limit limit) {
            this.limit = limit;
        }

        Duration waitAt(String key, long now) {
            Count count = counts.get(key);
            if (count == null || count.failures == 0) {
                return Duration.ZERO;
            }
            long sinceFailure = now - count.lastFailure;
            if (count.underway == 0 && sinceFailure > FORGET.toNanos()) {
                counts.remove(key);
                return Duration.ZERO;
            }
            // Past the free failures, one attempt at a time: concurrent guesses would each skip the wait.
            if (count.failures >= limit.free() && count.underway > 0) {
                return limit.first();
            }
            long wait = limit.waitAfter(count.failures).toNanos() - sinceFailure;
            return wait > 0 ? Duration.ofNanos(wait) : Duration.ZERO;
        }

        void start(String key) {
            counts.computeIfAbsent(key, k -> new Count()).underway++;
        }

        void end(String key, boolean failed, long now) {
            Count count = counts.get(key);
            if (count == null) {
                if (!failed) {
                    return;
                }
                count = new Count();
                counts.put(key, count);
            } else if (count.underway > 0) {
                count.underway--;
            }
            if (failed) {
                count.failures++;
                count.lastFailure = now;
            } else if (count.failures == 0 && count.underway == 0) {
                counts.remove(key);
            }
        }

        /** A success clears the failures and is remembered: see {@link #trusted}. */
        void succeeded(String key, long now) {
            Count count = counts.computeIfAbsent(key, k -> new Count());
            if (count.underway > 0) {
                count.underway--;
            }
            count.failures = 0;
            count.succeeded = true;
            count.lastSuccess = now;
        }

        /** Signed in within FORGET, and no failure since. */
        boolean trusted(String key, long now) {
            Count count = counts.get(key);
            return count != null && count.succeeded && count.failures == 0 && now - count.lastSuccess <= FORGET.toNanos();
        }

        int size() {
            return counts.size();
        }
    }

    private static final class Count {
        int failures;
        int underway;
        long lastFailure;
        boolean succeeded;
        long lastSuccess;
    }
}
