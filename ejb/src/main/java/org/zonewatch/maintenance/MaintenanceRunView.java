package org.zonewatch.maintenance;

import java.time.Instant;
import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.zonewatch.platform.JobStatus;

/**
 * A maintenance run as the API and the pages show it: {@code processed} of {@code total} articles so far, the
 * facts mapped to another indicator, and the articles that failed (they keep what they had).
 */
@JsonbPropertyOrder({"id", "kind", "status", "total", "processed", "remapped", "failures", "startedBy", "startedAt",
        "endedAt"})
public record MaintenanceRunView(long id, MaintenanceKind kind, JobStatus status, int total, int processed,
                                 int remapped, String startedBy, Instant startedAt, Instant endedAt,
                                 List<Failure> failures) {

    public record Failure(long articleId, String reason) {
    }

    /** Done so far, in percent. */
    public int percent() {
        return total == 0 ? (status.isFinished() ? 100 : 0) : processed * 100 / total;
    }
}
