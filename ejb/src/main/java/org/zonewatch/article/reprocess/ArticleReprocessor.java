package org.zonewatch.article.reprocess;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.zonewatch.article.ArticleStore;

/**
 * Derives one article again in a transaction of its own (so a failure leaves it as it was and never the chunk);
 * an article today's reader refuses is an outcome, not a failure of the run. The facts' history names the admin
 * who started the run.
 */
@Named
@Dependent
public class ArticleReprocessor implements ItemProcessor {

    private static final System.Logger LOG = System.getLogger(ArticleReprocessor.class.getName());

    @Inject
    private ArticleStore store;

    @Inject
    private JobContext job;

    @Inject
    private ReprocessingStore runs;

    private String startedBy;

    @Override
    public Object processItem(Object item) {
        long id = (Long) item;
        try {
            store.reprocess(id, startedBy());
            return new ReprocessOutcome(id, null);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Article " + id + " could not be reprocessed; it keeps what it had", e);
            return new ReprocessOutcome(id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private String startedBy() {
        if (startedBy == null) {
            startedBy = runs.find(ReprocessingJob.runId(job)).orElseThrow().startedBy();
        }
        return startedBy;
    }
}
