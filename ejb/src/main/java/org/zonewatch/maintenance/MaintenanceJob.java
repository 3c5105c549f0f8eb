package org.zonewatch.maintenance;

import jakarta.batch.runtime.context.JobContext;

import org.zonewatch.platform.BatchJobs;

/**
 * The batch jobs of maintenance runs, one per {@link MaintenanceKind}: their only parameter is the run's id; where
 * a run goes on is stored with it.
 */
final class MaintenanceJob {

    static final String RUN_ID = "runId";

    private MaintenanceJob() {
    }

    static void start(MaintenanceKind kind, long runId) {
        BatchJobs.start(kind.job(), RUN_ID, runId);
    }

    static long runId(JobContext job) {
        return BatchJobs.runId(job, RUN_ID);
    }
}
