package org.zonewatch.importing;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.zonewatch.article.ArticleFile;
import org.zonewatch.article.StoredArticle;

/**
 * Reads the stored archive entry by entry, each article read, checked and its facts extracted
 * ({@link ArticleFileImporter#prepareOrRefuse}) ahead of the chunk that stores it, on another thread (see {@link ReadAhead}):
 * an item is a {@link org.zonewatch.article.PreparedArticle} or an entry's outcome already (skipped, rejected, or a
 * duplicate of an article stored before the entry was read). It starts after the last entry with a stored outcome:
 * those commit with each chunk, so they are the checkpoint, also for a new execution after the server stopped.
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
    // Used by prepare only, which the read-ahead runs for one entry at a time, in order: each looked-up entry is
    // either stored already or its file is kept, inflated and summed once.
    private final Map<Integer, StoredArticle> storedAhead = new HashMap<>();
    private final Map<Integer, ArticleFile> newAhead = new HashMap<>();
    private int lookedUpTo;

    @Override
    public void open(Serializable checkpoint) {
        long id = ArticleImportJob.importId(job);
        archive = ArticleArchive.open(ArticleImportJob.archive(id), ZipLimits.DEFAULT);
        next = store.processed(id);
        entries = new ReadAhead<>(executor, this::prepare, next, archive.entries().size(), READ_AHEAD);
    }

    private Object prepare(int position) {
        var entry = archive.entries().get(position);
        if (!entry.isArticle()) {
            return ImportFileView.skipped(entry);
        }
        if (position >= lookedUpTo) {
            lookUpStored(position);
        }
        StoredArticle stored = storedAhead.remove(position);
        return stored != null ? ImportFileView.duplicate(entry.name(), stored)
                : importer.prepareOrRefuse(newAhead.remove(position));
    }

    /**
     * Asks once which articles of the next {@link #READ_AHEAD} entries are stored already: those are answered as
     * duplicates without being read or their facts extracted. Bytes met twice in the archive, or stored by another
     * import meanwhile, are found by the writer's own check.
     */
    private void lookUpStored(int from) {
        lookedUpTo = Math.min(archive.entries().size(), from + READ_AHEAD);
        for (int position = from; position < lookedUpTo; position++) {
            var entry = archive.entries().get(position);
            if (entry.isArticle()) {
                newAhead.put(position, ArticleFile.of(entry.name(), archive.read(position)));
            }
        }
        if (newAhead.isEmpty()) {
            return;
        }
        Map<String, StoredArticle> stored = importer.storedAlready(
                newAhead.values().stream().map(ArticleFile::sha256).toList());
        newAhead.entrySet().removeIf(file -> {
            StoredArticle article = stored.get(file.getValue().sha256());
            if (article != null) {
                storedAhead.put(file.getKey(), article);
            }
            return article != null;
        });
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
