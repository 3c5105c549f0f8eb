package org.zonewatch.maintenance;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** For a maintenance job's processor: the run it works for. */
@Dependent
public class CurrentRun {

    @Inject
    private JobContext job;

    @Inject
    private MaintenanceStore store;

    private String startedBy;

    /** The admin who started the run, named in the history of what it changes. */
    public String startedBy() {
        if (startedBy == null) {
            startedBy = store.find(MaintenanceJob.runId(job)).orElseThrow().startedBy();
        }
        return startedBy;
    }
}
