package org.zonewatch.importing;

import java.io.Serializable;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Reads the stored archive entry by entry, each article read, checked and its facts extracted
 * ({@link ArticleFileImporter#prepareOrRefuse}) ahead of the chunk that stores it, on another thread (see {@link ReadAhead}):
 * an item is a {@link org.zonewatch.article.PreparedArticle} or an entry's outcome already (skipped, rejected). It
 * starts after the last entry with a stored outcome: those commit with each chunk, so they are the checkpoint, also
 * for a new execution after the server stopped.
 */
@Named
@Dependent
public class ArchiveReader extends AbstractItemReader {

    /** Two chunks: the next one is ready when the writer is done with the last. */
    private static final int READ_AHEAD = 100;

    @Inject
    private JobContext job;

    @Inject
    private ImportStore store;

    @Inject
    private ArticleFileImporter importer;

    @Resource
    private ManagedExecutorService executor;

    private ArticleArchive archive;
    private ReadAhead<Object> entries;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        long id = ArticleImportJob.importId(job);
        archive = ArticleArchive.open(ArticleImportJob.archive(id), ZipLimits.DEFAULT);
        next = store.processed(id);
        entries = new ReadAhead<>(executor, this::prepare, next, archive.entries().size(), READ_AHEAD);
    }

    private Object prepare(int position) {
        var entry = archive.entries().get(position);
        return entry.isArticle() ? importer.prepareOrRefuse(entry.name(), archive.read(position))
                : ImportFileView.skipped(entry);
    }

    @Override
    public Object readItem() {
        if (!entries.hasNext()) {
            return null;
        }
        Object item = entries.next();
        next++;
        return item;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }

    @Override
    public void close() {
        if (entries != null) {
            entries.close();
        }
        if (archive != null) {
            archive.close();
        }
    }
}
