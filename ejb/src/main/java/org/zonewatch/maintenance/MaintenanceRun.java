package org.zonewatch.maintenance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.zonewatch.platform.JobRun;
import org.zonewatch.platform.JobStatus;

/**
 * One run over every article: how far it got (its articles are done in id order, so the last id done is where it
 * goes on), how many facts it mapped to another indicator, and the articles it could not process.
 */
@Entity
@Table(name = "maintenance_run")
class MaintenanceRun {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maintenance_run_seq")
    // Ids in blocks of 50 (V15): no round trip per insert, and the inserts go to the database in batches.
    @SequenceGenerator(name = "maintenance_run_seq", sequenceName = "maintenance_run_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MaintenanceKind kind;

    @Column(nullable = false, updatable = false)
    private int total;

    @Column(nullable = false)
    private int processed;

    @Column(nullable = false)
    private int remapped;

    @Column(name = "last_article_id", nullable = false)
    private long lastArticleId;

    @Embedded
    private JobRun run;

    /** 1 until the run ends, then null: the database lets one row at a time hold it. */
    private Integer running;

    @ElementCollection
    @CollectionTable(name = "maintenance_failure", joinColumns = @JoinColumn(name = "run_id"))
    @OrderColumn(name = "position")
    // The list of runs (at most 100) loads the failures of all of them in one query, not one per run.
    @BatchSize(size = 100)
    private List<MaintenanceFailure> failures = new ArrayList<>();

    protected MaintenanceRun() {
        // for JPA
    }

    MaintenanceRun(MaintenanceKind kind, int total, String startedBy, String node, Instant startedAt) {
        this.kind = kind;
        this.total = total;
        this.run = new JobRun(startedBy, node, startedAt);
        this.running = 1;
    }

    long id() {
        return id;
    }

    MaintenanceKind kind() {
        return kind;
    }

    long lastArticleId() {
        return lastArticleId;
    }

    void started() {
        run.started();
    }

    /** The outcome of a chunk of articles, in id order. */
    void record(List<MaintenanceOutcome> outcomes) {
        for (MaintenanceOutcome outcome : outcomes) {
            processed++;
            remapped += outcome.remapped();
            lastArticleId = Math.max(lastArticleId, outcome.articleId());
            if (outcome.failure() != null) {
                failures.add(new MaintenanceFailure(outcome.articleId(), outcome.failure()));
            }
        }
    }

    void ended(JobStatus status, Instant at) {
        run.ended(status, at);
        // A failed or stopped run keeps its claim: it goes on when resumed, and nothing else starts meanwhile.
        this.running = status == JobStatus.COMPLETED ? null : running;
    }

    /** Claims the run again to go on after a failure or a stop. */
    void reopen(String node) {
        run.reopen(node);
    }

    /** The node running it, or that ran it last. */
    String node() {
        return run.node();
    }

    MaintenanceRunView view() {
        return new MaintenanceRunView(id, kind, run.status(), total, processed, remapped, run.startedBy(),
                run.startedAt(), run.endedAt(), failures.stream().map(MaintenanceFailure::view).toList());
    }
}
