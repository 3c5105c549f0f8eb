package org.zonewatch.importing;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.zonewatch.article.source.ArticleRejectedException;

/**
 * Reads and checks an article entry, for {@link OutcomeWriter} to store with the rest of its chunk; a skipped or
 * rejected entry is its outcome already.
 */
@Named
@Dependent
public class ArchiveEntryProcessor implements ItemProcessor {

    @Inject
    private ArticleFileImporter importer;

    @Override
    public Object processItem(Object read) {
        var item = (ArchiveReader.Item) read;
        if (!item.entry().isArticle()) {
            return ImportFileView.skipped(item.entry());
        }
        try {
            return importer.prepare(item.entry().name(), item.content());
        } catch (ArticleRejectedException rejected) {
            return ImportFileView.rejected(item.entry().name(), rejected.getMessage());
        }
    }
}
