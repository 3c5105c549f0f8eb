package org.zonewatch.article.reprocess;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.zonewatch.article.ArticleStore;

/**
 * Derives one article again in a transaction of its own (so a failure leaves it as it was and never the chunk);
 * an article today's reader refuses is an outcome, not a failure of the run.
 */
@Named
@Dependent
public class ArticleReprocessor implements ItemProcessor {

    private static final System.Logger LOG = System.getLogger(ArticleReprocessor.class.getName());

    @Inject
    private ArticleStore store;

    @Override
    public Object processItem(Object item) {
        long id = (Long) item;
        try {
            store.reprocess(id);
            return new ReprocessOutcome(id, null);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Article " + id + " could not be reprocessed; it keeps what it had", e);
            return new ReprocessOutcome(id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
