package org.zonewatch.maintenance;

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
public class InterruptedMaintenance {

    private static final System.Logger LOG = System.getLogger(InterruptedMaintenance.class.getName());

    @Inject
    private MaintenanceStore store;

    @PostConstruct
    void resume() {
        for (MaintenanceRunView run : store.unfinished(BatchJobs.node())) {
            LOG.log(System.Logger.Level.INFO, "Maintenance run {0} ({1}) was interrupted when the server stopped;"
                    + " it goes on now", run.id(), run.kind());
            MaintenanceJob.start(run.kind(), run.id());
        }
    }
}
