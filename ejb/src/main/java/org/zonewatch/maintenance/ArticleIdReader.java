package org.zonewatch.maintenance;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The ids of the articles still to do, in id order, a page at a time. It starts after the last article whose
 * outcome is stored with the run: those commit with each chunk, so they are the checkpoint, also for a new
 * execution after the server stopped.
 */
@Named
@Dependent
public class ArticleIdReader extends AbstractItemReader {

    private static final int PAGE = 200;

    @Inject
    private JobContext job;

    @Inject
    private MaintenanceStore store;

    private final Deque<Long> page = new ArrayDeque<>();
    private long last;

    @Override
    public void open(Serializable checkpoint) {
        last = store.lastArticleId(MaintenanceJob.runId(job));
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(store.nextArticles(last, PAGE));
        }
        Long next = page.poll();
        if (next != null) {
            last = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
