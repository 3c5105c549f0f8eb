package org.zonewatch.importing;

import java.nio.file.Path;

import jakarta.batch.runtime.context.JobContext;

import org.zonewatch.platform.BatchJobs;
import org.zonewatch.platform.ZonewatchSettings;

/**
 * The batch job {@code META-INF/batch-jobs/article-import.xml}: imports the entries of one stored archive,
 * a chunk at a time. Its only parameter is the import's id; the archive waits under the data directory.
 */
final class ArticleImportJob {

    static final String NAME = "article-import";
    static final String IMPORT_ID = "importId";

    private ArticleImportJob() {
    }

    static Path archives() {
        return ZonewatchSettings.dataDirectory().resolve("imports");
    }

    static Path archive(long importId) {
        return archives().resolve(importId + ".zip");
    }

    /** Starts a new execution, which goes on after the last entry that has an outcome. */
    static void start(long importId) {
        BatchJobs.start(NAME, IMPORT_ID, importId);
    }

    static long importId(JobContext job) {
        return BatchJobs.runId(job, IMPORT_ID);
    }
}
