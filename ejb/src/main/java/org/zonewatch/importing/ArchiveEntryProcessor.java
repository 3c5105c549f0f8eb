package org.zonewatch.importing;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Imports an article entry, or reports a skipped one. */
@Named
@Dependent
public class ArchiveEntryProcessor implements ItemProcessor {

    @Inject
    private ArticleFileImporter importer;

    @Inject
    private JobContext job;

    @Override
    public Object processItem(Object read) {
        var item = (ArchiveReader.Item) read;
        return item.entry().isArticle()
                ? importer.importFile(item.entry().name(), item.content(),
                        ImportLog.prefix(ArticleImportJob.importId(job)))
                : ImportFileView.skipped(item.entry());
    }
}
