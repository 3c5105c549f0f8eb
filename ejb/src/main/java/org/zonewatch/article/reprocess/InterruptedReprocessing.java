package org.zonewatch.article.reprocess;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.zonewatch.platform.BatchJobs;

/**
 * A run this node was doing when it stopped goes on when it starts again, after its last article done. WildFly's
 * batch job repository is in memory, so this starts a new execution rather than restarting the old one.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class InterruptedReprocessing {

    private static final System.Logger LOG = System.getLogger(InterruptedReprocessing.class.getName());

    @Inject
    private ReprocessingStore store;

    @PostConstruct
    void resume() {
        for (long id : store.unfinished(BatchJobs.node())) {
            LOG.log(System.Logger.Level.INFO, "Reprocessing {0} was interrupted when the server stopped; it goes on now", id);
            ReprocessingJob.start(id);
        }
    }
}
