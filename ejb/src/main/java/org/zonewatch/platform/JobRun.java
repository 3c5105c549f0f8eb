package org.zonewatch.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How a background job (a bulk import, reprocessing every article) runs: its status, who started it, which node
 * runs it (and goes on with it when it stopped with the node), and when it started and ended. Part of the job's own
 * row, in columns of the same names for every kind of job.
 */
@Embeddable
public class JobRun {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JobStatus status;

    @Column(name = "started_by", nullable = false, updatable = false)
    private String startedBy;

    @Column(nullable = false)
    private String node;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected JobRun() {
        // for JPA
    }

    public JobRun(String startedBy, String node, Instant startedAt) {
        this.status = JobStatus.STARTING;
        this.startedBy = startedBy;
        this.node = node;
        this.startedAt = startedAt;
    }

    public void started() {
        status = JobStatus.STARTED;
    }

    public void ended(JobStatus status, Instant at) {
        this.status = status;
        this.endedAt = at;
    }

    /** Taken back by a node to go on after a failure or a stop. */
    public void reopen(String node) {
        this.status = JobStatus.STARTING;
        this.endedAt = null;
        this.node = node;
    }

    public JobStatus status() {
        return status;
    }

    public String node() {
        return node;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }
}
