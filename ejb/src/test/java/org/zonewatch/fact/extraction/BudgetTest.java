package org.zonewatch.fact.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The extractor stops when its budget is spent, between sentences of one line as between lines and table rows. */
class BudgetTest {

    private final FactExtractor extractor = new FactExtractor();

    @Test
    void aSpentBudgetStopsTheWorkWithinOneHugeLine() {
        String line = "新设外资企业563家，增长55%。".repeat(10_000);
        var asked = new AtomicInteger();
        Budget hundredSentences = () -> asked.incrementAndGet() > 100;

        assertThrows(BudgetSpentException.class, () -> extractor.read(line, hundredSentences));
        assertEquals(101, asked.get(), "asked once per sentence, and not again after it was spent");
    }

    @Test
    void tablesAreCheckedRowByRow() {
        String table = "地区\t新设外资企业（家）\n" + "朝阳区\t563\n".repeat(1_000);
        var asked = new AtomicInteger();

        assertThrows(BudgetSpentException.class, () -> extractor.read(table, () -> asked.incrementAndGet() > 10));
        assertEquals(11, asked.get());
    }

    @Test
    void aBudgetLargeEnoughReadsEverything() {
        String text = "新设外资企业563家，增长55%。\n政策落地率达7成。";
        assertEquals(extractor.read(text).facts(),
                extractor.read(text, Budget.of(Duration.ofMinutes(1), () -> false)).facts());
    }

    @Test
    void aBudgetIsSpentWhenItsTimeIsUpOrItsWorkIsCancelled() {
        var cancelled = new AtomicBoolean();
        Budget budget = Budget.of(Duration.ofMinutes(1), cancelled::get);
        assertFalse(budget.spent());
        cancelled.set(true);
        assertTrue(budget.spent());

        assertTrue(Budget.of(Duration.ZERO.minusNanos(1), () -> false).spent());
        assertFalse(Budget.UNLIMITED.spent());
    }
}
