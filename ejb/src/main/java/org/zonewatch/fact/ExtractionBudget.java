package org.zonewatch.fact;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.zonewatch.article.source.ArticleRejectedException;
import org.zonewatch.article.source.Rejection;
import org.zonewatch.fact.extraction.Budget;
import org.zonewatch.fact.extraction.BudgetSpentException;
import org.zonewatch.fact.extraction.Extraction;
import org.zonewatch.fact.extraction.FactExtractor;
import org.zonewatch.platform.ZonewatchSettings;

/**
 * Extraction on a budget: the configured time ({@value ZonewatchSettings#EXTRACTION_BUDGET}), and, in a transaction,
 * never past its end — one the transaction manager rolled back after its timeout must not keep its thread busy (and
 * a shutdown waiting) for minutes. A text that spends it is refused.
 */
@ApplicationScoped
public class ExtractionBudget {

    @Resource
    private TransactionSynchronizationRegistry transaction;

    /**
     * The extraction of {@code text} by {@code extractor}.
     *
     * @throws ArticleRejectedException ({@code too-complex}, 422) when the budget is spent first
     */
    public Extraction read(FactExtractor extractor, String text) {
        var budget = ZonewatchSettings.extractionBudget();
        try {
            return extractor.read(text, Budget.of(budget, this::transactionEnded));
        } catch (BudgetSpentException e) {
            throw new ArticleRejectedException(Rejection.TOO_COMPLEX, "its figures could not be extracted within "
                    + budget.toSeconds() + " s (" + text.length() + " characters), or its transaction ended first", e);
        }
    }

    private boolean transactionEnded() {
        int status = transaction.getTransactionStatus();
        return status == Status.STATUS_MARKED_ROLLBACK || status == Status.STATUS_ROLLING_BACK
                || status == Status.STATUS_ROLLEDBACK;
    }
}
