package org.zonewatch.article.reprocess;

import java.util.Properties;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;

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
        var parameters = new Properties();
        parameters.setProperty(RUN_ID, String.valueOf(runId));
        BatchRuntime.getJobOperator().start(NAME, parameters);
    }

    static long runId(JobContext job) {
        return Long.parseLong(job.getProperties().getProperty(RUN_ID));
    }

    /** The cluster node this server is. */
    static String node() {
        return System.getProperty("jboss.node.name", "standalone");
    }
}
