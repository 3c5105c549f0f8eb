package org.zonewatch.importing;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.zonewatch.platform.JobStatus;

/** A bulk import: one archive, run as a batch job by the node that accepted or resumed it. */
@Entity
@Table(name = "import_job")
class ImportJob {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_name", nullable = false, updatable = false)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JobStatus status;

    @Column(nullable = false, updatable = false)
    private int total;

    @Column(name = "started_by", nullable = false, updatable = false)
    private String startedBy;

    /** The node that runs the job, and goes on with it when it stopped with the node. */
    @Column(nullable = false)
    private String node;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected ImportJob() {
        // for JPA
    }

    ImportJob(String source, int total, String startedBy, String node, Instant startedAt) {
        this.source = source;
        this.status = JobStatus.STARTING;
        this.total = total;
        this.startedBy = startedBy;
        this.node = node;
        this.startedAt = startedAt;
    }

    Long id() {
        return id;
    }

    void started() {
        status = JobStatus.STARTED;
    }

    void ended(JobStatus status, Instant at) {
        this.status = status;
        this.endedAt = at;
    }

    ImportView view(OutcomeCounts counts, List<ImportFileView> files) {
        return new ImportView(id, source, status, total, counts.processed(), counts.of(FileOutcome.IMPORTED),
                counts.of(FileOutcome.DUPLICATE), counts.of(FileOutcome.REJECTED), counts.of(FileOutcome.SKIPPED),
                counts.warnings(), startedBy, startedAt, endedAt, files);
    }
}
