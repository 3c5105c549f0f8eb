package org.zonewatch.importing;

import java.io.Serializable;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Reads the stored archive entry by entry. It starts after the last entry with a stored outcome: those commit
 * with each chunk, so they are the checkpoint, also for a new execution after the server stopped.
 */
@Named
@Dependent
public class ArchiveReader extends AbstractItemReader {

    /** An entry with its bytes; {@code content} is {@code null} for an entry that is skipped. */
    record Item(ArchiveEntry entry, byte[] content) {
    }

    @Inject
    private JobContext job;

    @Inject
    private ImportStore store;

    private ArticleArchive archive;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        long id = ArticleImportJob.importId(job);
        archive = ArticleArchive.open(ArticleImportJob.archive(id), ZipLimits.DEFAULT);
        next = store.processed(id);
    }

    @Override
    public Object readItem() {
        if (next >= archive.entries().size()) {
            return null;
        }
        var entry = archive.entries().get(next);
        var item = new Item(entry, entry.isArticle() ? archive.read(next) : null);
        next++;
        return item;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }

    @Override
    public void close() {
        if (archive != null) {
            archive.close();
        }
    }
}
