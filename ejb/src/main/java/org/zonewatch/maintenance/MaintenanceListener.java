package org.zonewatch.maintenance;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.zonewatch.platform.JobEndRecording;
import org.zonewatch.platform.JobStatus;

/** Keeps the run's status in step with its batch job. */
@Named
@Dependent
public class MaintenanceListener extends AbstractJobListener {

    private static final System.Logger LOG = System.getLogger(MaintenanceListener.class.getName());

    @Inject
    private JobContext job;

    @Inject
    private MaintenanceStore store;

    @Override
    public void beforeJob() {
        long id = MaintenanceJob.runId(job);
        store.started(id);
        LOG.log(System.Logger.Level.INFO, "Maintenance run {0} started (batch execution {1})", id, job.getExecutionId());
    }

    @Override
    public void afterJob() {
        long id = MaintenanceJob.runId(job);
        JobStatus status = JobStatus.ending(job.getBatchStatus());
        JobEndRecording.record(() -> store.ended(id, status));
        LOG.log(status == JobStatus.COMPLETED ? System.Logger.Level.INFO : System.Logger.Level.WARNING,
                "Maintenance run {0} ended {1}", id, status);
    }
}
