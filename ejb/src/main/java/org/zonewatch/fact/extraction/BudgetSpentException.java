package org.zonewatch.fact.extraction;

/** The extraction stopped before the end of the text: its {@link Budget} was spent. */
public class BudgetSpentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BudgetSpentException() {
        super("the extraction stopped: it took longer than its time budget, or its transaction ended");
    }
}
