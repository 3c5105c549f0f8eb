package org.zonewatch.article.reprocess;

import java.time.Instant;
import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.zonewatch.platform.JobStatus;

/**
 * A run of reprocessing as the API and the page show it: {@code processed} of {@code total} articles so far, and
 * those that failed (they keep what they had).
 */
@JsonbPropertyOrder({"id", "status", "total", "processed", "failures", "startedBy", "startedAt", "endedAt"})
public record ReprocessingView(long id, JobStatus status, int total, int processed, String startedBy,
                               Instant startedAt, Instant endedAt, List<Failure> failures) {

    public record Failure(long articleId, String reason) {
    }

    /** Done so far, in percent. */
    public int percent() {
        return total == 0 ? (status.isFinished() ? 100 : 0) : processed * 100 / total;
    }
}
