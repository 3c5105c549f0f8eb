package org.zonewatch.fact.extraction;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * How long an extraction may go on. The extractor asks between sentences and table rows, so that hostile text (one
 * huge line, a numeral repeated a million times) or a transaction that has already ended cannot keep a thread busy
 * for minutes: the work stops with {@link BudgetSpentException}.
 */
@FunctionalInterface
public interface Budget {

    /** No limit: for tests and benchmarks, which measure the extractor itself. */
    Budget UNLIMITED = () -> false;

    /** True once the work must stop. */
    boolean spent();

    /** Spent after {@code limit} from now, or as soon as {@code cancelled} says so (the transaction ended). */
    static Budget of(Duration limit, BooleanSupplier cancelled) {
        long end = System.nanoTime() + limit.toNanos();
        return () -> System.nanoTime() - end > 0 || cancelled.getAsBoolean();
    }

    /** Stops the work when the budget is spent. */
    default void check() {
        if (spent()) {
            throw new BudgetSpentException();
        }
    }
}
