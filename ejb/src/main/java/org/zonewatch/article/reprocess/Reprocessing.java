package org.zonewatch.article.reprocess;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.zonewatch.platform.JobRun;
import org.zonewatch.platform.JobStatus;

/**
 * One run of reprocessing every article: how far it got (its articles are done in id order, so the last id done
 * is where it goes on) and the articles it could not process.
 */
@Entity
@Table(name = "reprocessing")
class Reprocessing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private int total;

    @Column(nullable = false)
    private int processed;

    @Column(name = "last_article_id", nullable = false)
    private long lastArticleId;

    @Embedded
    private JobRun run;

    /** 1 until the run ends, then null: the database lets one row at a time hold it. */
    private Integer running;

    @ElementCollection
    @CollectionTable(name = "reprocessing_failure", joinColumns = @JoinColumn(name = "reprocessing_id"))
    @OrderColumn(name = "position")
    private List<ReprocessingFailure> failures = new ArrayList<>();

    protected Reprocessing() {
        // for JPA
    }

    Reprocessing(int total, String startedBy, String node, Instant startedAt) {
        this.total = total;
        this.run = new JobRun(startedBy, node, startedAt);
        this.running = 1;
    }

    long id() {
        return id;
    }

    long lastArticleId() {
        return lastArticleId;
    }

    void started() {
        run.started();
    }

    /** The outcome of a chunk of articles, in id order. */
    void record(List<ReprocessOutcome> outcomes) {
        for (ReprocessOutcome outcome : outcomes) {
            processed++;
            lastArticleId = Math.max(lastArticleId, outcome.articleId());
            if (outcome.failure() != null) {
                failures.add(new ReprocessingFailure(outcome.articleId(), outcome.failure()));
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

    ReprocessingView view() {
        return new ReprocessingView(id, run.status(), total, processed, run.startedBy(), run.startedAt(), run.endedAt(),
                failures.stream().map(ReprocessingFailure::view).toList());
    }
}
