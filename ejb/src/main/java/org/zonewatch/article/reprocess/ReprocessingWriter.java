package org.zonewatch.article.reprocess;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Stores the outcomes of a chunk with the run: the progress the API and the page show. */
@Named
@Dependent
public class ReprocessingWriter extends AbstractItemWriter {

    @Inject
    private JobContext job;

    @Inject
    private ReprocessingStore store;

    @Override
    public void writeItems(List<Object> outcomes) {
        store.record(ReprocessingJob.runId(job), outcomes.stream().map(ReprocessOutcome.class::cast).toList());
    }
}
