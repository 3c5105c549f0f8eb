package org.zonewatch.maintenance;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Stores the outcomes of a chunk with the run: the progress the API and the page show, and its checkpoint. */
@Named
@Dependent
public class MaintenanceWriter extends AbstractItemWriter {

    @Inject
    private JobContext job;

    @Inject
    private MaintenanceStore store;

    @Override
    public void writeItems(List<Object> outcomes) {
        store.record(MaintenanceJob.runId(job), outcomes.stream().map(MaintenanceOutcome.class::cast).toList());
    }
}
