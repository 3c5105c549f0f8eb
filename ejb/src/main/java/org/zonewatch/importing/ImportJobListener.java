package org.zonewatch.importing;

import java.io.IOException;
import java.nio.file.Files;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.zonewatch.platform.JobEndRecording;
import org.zonewatch.platform.JobStatus;

/** Keeps the import's status in step with its batch job; a completed import needs its archive no more. */
@Named
@Dependent
public class ImportJobListener extends AbstractJobListener {

    private static final System.Logger LOG = System.getLogger(ImportJobListener.class.getName());

    @Inject
    private JobContext job;

    @Inject
    private ImportStore store;

    @Override
    public void beforeJob() {
        long id = ArticleImportJob.importId(job);
        store.started(id);
        LOG.log(System.Logger.Level.INFO, ImportLog.prefix(id) + "started (batch execution {0})", job.getExecutionId());
    }

    @Override
    public void afterJob() throws IOException {
        long id = ArticleImportJob.importId(job);
        // The runtime marks success only after this listener: anything but a failure or a stop here is success.
        var status = JobStatus.ending(job.getBatchStatus());
        JobEndRecording.record(() -> store.ended(id, status));
        if (status == JobStatus.COMPLETED) {
            // Every article keeps its raw file in the database; the archive was only the job's input.
            Files.deleteIfExists(ArticleImportJob.archive(id));
        }
        LOG.log(status == JobStatus.COMPLETED ? System.Logger.Level.INFO : System.Logger.Level.WARNING,
                ImportLog.prefix(id) + "ended {0}", status);
    }
}
