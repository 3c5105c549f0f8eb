package org.zonewatch.importing;

import java.util.Iterator;
import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.zonewatch.article.PreparedArticle;

/**
 * Stores a chunk's articles together, then its outcomes: the progress the API and the page show, and the point a
 * restart goes on from.
 */
@Named
@Dependent
public class OutcomeWriter extends AbstractItemWriter {

    @Inject
    private JobContext job;

    @Inject
    private ArticleFileImporter importer;

    @Inject
    private ImportStore store;

    @Override
    public void writeItems(List<Object> items) {
        long importId = ArticleImportJob.importId(job);
        Iterator<ImportFileView> stored = importer.importAll(items.stream()
                .filter(PreparedArticle.class::isInstance).map(PreparedArticle.class::cast).toList(),
                ImportLog.prefix(importId)).iterator();
        store.record(importId, items.stream()
                .map(item -> item instanceof ImportFileView settled ? settled : stored.next())
                .toList());
    }
}
