package org.zonewatch.importing;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.zonewatch.platform.JobRun;

/** A bulk import: one archive, run as a batch job by the node that accepted or resumed it. */
@Entity
@Table(name = "import_job")
class ImportJob {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_job_seq")
    // Ids in blocks of 50 (V15): no round trip per insert, and the inserts go to the database in batches.
    @SequenceGenerator(name = "import_job_seq", sequenceName = "import_job_seq", allocationSize = 50)
    private Long id;

    @Column(name = "source_name", nullable = false, updatable = false)
    private String source;

    @Column(nullable = false, updatable = false)
    private int total;

    @Embedded
    private JobRun run;

    protected ImportJob() {
        // for JPA
    }

    ImportJob(String source, int total, String startedBy, String node, Instant startedAt) {
        this.source = source;
        this.total = total;
        this.run = new JobRun(startedBy, node, startedAt);
    }

    Long id() {
        return id;
    }

    JobRun run() {
        return run;
    }

    ImportView view(OutcomeCounts counts, List<ImportFileView> files) {
        return new ImportView(id, source, run.status(), total, counts.processed(), counts.of(FileOutcome.IMPORTED),
                counts.of(FileOutcome.DUPLICATE), counts.of(FileOutcome.REJECTED), counts.of(FileOutcome.SKIPPED),
                counts.warnings(), run.startedBy(), run.startedAt(), run.endedAt(), files);
    }
}
