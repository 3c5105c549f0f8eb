package org.zonewatch.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The outcome of one archive entry, stored with the chunk that processed it: the job's progress. */
@Entity
@Table(name = "import_file")
class ImportedFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_file_seq")
    // Ids in blocks of 50 (V15): no round trip per insert, and the inserts go to the database in batches.
    @SequenceGenerator(name = "import_file_seq", sequenceName = "import_file_seq", allocationSize = 50)
    private Long id;

    @Column(name = "job_id", nullable = false, updatable = false)
    private long jobId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FileOutcome outcome;

    @Column(name = "article_id", updatable = false)
    private Long articleId;

    @Column(updatable = false)
    private String reason;

    @Column(nullable = false, updatable = false)
    private int warnings;

    protected ImportedFile() {
        // for JPA
    }

    ImportedFile(long jobId, int position, ImportFileView file) {
        this.jobId = jobId;
        this.position = position;
        this.name = file.name();
        this.outcome = file.outcome();
        this.articleId = file.articleId();
        this.reason = file.reason() == null ? null : shorten(file.reason(), 2000);
        this.warnings = file.warnings();
    }

    ImportFileView view() {
        return new ImportFileView(name, outcome, articleId, reason, warnings);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
