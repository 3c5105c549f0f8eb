package org.zonewatch.platform;

import java.util.Properties;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;

/** Starting zonewatch's batch jobs, each of which works on one stored run named by a single id parameter. */
public final class BatchJobs {

    private BatchJobs() {
    }

    /** Starts a new execution of the job for the run; it goes on from what the run has stored. */
    public static void start(String job, String parameter, long runId) {
        var parameters = new Properties();
        parameters.setProperty(parameter, String.valueOf(runId));
        BatchRuntime.getJobOperator().start(job, parameters);
    }

    /** The run a job works on, from its parameter. */
    public static long runId(JobContext job, String parameter) {
        return Long.parseLong(job.getProperties().getProperty(parameter));
    }

    /** The cluster node this server is (jboss.node.name, unique per node): jobs and folders are claimed per node. */
    public static String node() {
        return System.getProperty("jboss.node.name", "standalone");
    }
}
