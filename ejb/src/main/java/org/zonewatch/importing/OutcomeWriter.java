package org.zonewatch.importing;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Stores the outcomes of a chunk: the progress the API and the page show. */
@Named
@Dependent
public class OutcomeWriter extends AbstractItemWriter {

    @Inject
    private JobContext job;

    @Inject
    private ImportStore store;

    @Override
    public void writeItems(List<Object> outcomes) {
        store.record(ArticleImportJob.importId(job), outcomes.stream().map(ImportFileView.class::cast).toList());
    }
}
