package org.zonewatch.article.reprocess;

import jakarta.batch.runtime.context.JobContext;

import org.zonewatch.platform.BatchJobs;

/**
 * The batch job {@code META-INF/batch-jobs/article-reprocess.xml}: derives every article again, a chunk at a
 * time, in id order. Its only parameter is the run's id; where it goes on is stored with the run.
 */
final class ReprocessingJob {

    static final String NAME = "article-reprocess";
    static final String RUN_ID = "reprocessingId";

    private ReprocessingJob() {
    }

    static void start(long runId) {
        BatchJobs.start(NAME, RUN_ID, runId);
    }

    static long runId(JobContext job) {
        return BatchJobs.runId(job, RUN_ID);
    }
}
