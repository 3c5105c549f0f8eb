package org.zonewatch.importing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.zonewatch.platform.BatchJobs;

/**
 * Imports this node was running when it stopped go on when it starts again, after their last stored outcome.
 * WildFly's batch job repository is in memory, so this starts a new execution rather than restarting the old one.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class InterruptedImports {

    private static final System.Logger LOG = System.getLogger(InterruptedImports.class.getName());

    @Inject
    private ImportStore store;

    @PostConstruct
    void resume() {
        for (long id : store.unfinished(BatchJobs.node())) {
            LOG.log(System.Logger.Level.INFO,
                    ImportLog.prefix(id) + "was interrupted when the server stopped; it goes on now");
            ArticleImportJob.start(id);
        }
    }
}
