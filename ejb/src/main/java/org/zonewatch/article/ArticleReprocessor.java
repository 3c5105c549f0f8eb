package org.zonewatch.article;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.zonewatch.maintenance.CurrentRun;
import org.zonewatch.maintenance.MaintenanceOutcome;

/**
 * The processor of the maintenance job {@code article-reprocess}: derives one article again in a transaction of its
 * own (so a failure leaves it as it was and never the chunk); an article today's reader refuses is an outcome, not
 * a failure of the run. The facts' history names the admin who started the run.
 */
@Named
@Dependent
public class ArticleReprocessor implements ItemProcessor {

    private static final System.Logger LOG = System.getLogger(ArticleReprocessor.class.getName());

    @Inject
    private ArticleStore store;

    @Inject
    private CurrentRun run;

    @Override
    public Object processItem(Object item) {
        long id = (Long) item;
        try {
            store.reprocess(id, run.startedBy());
            return MaintenanceOutcome.done(id, 0);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Article " + id + " could not be reprocessed; it keeps what it had", e);
            return MaintenanceOutcome.failed(id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
