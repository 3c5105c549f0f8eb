package org.zonewatch.importing;

import java.time.Instant;
import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.zonewatch.platform.JobStatus;

/**
 * A bulk import as the API and the pages show it: its progress while it runs, its results once it ended.
 * {@code processed} counts every file with an outcome, skipped ones included, out of {@code total} entries.
 *
 * @param warnings numbers in the imported articles that could not be read whole (each gave no fact)
 * @param files every file in archive order; {@code null} (and left out of the JSON) in a list of imports
 */
@JsonbPropertyOrder({"id", "source", "status", "total", "processed", "imported", "duplicates", "rejected", "skipped",
        "warnings", "startedBy", "startedAt", "endedAt", "files"})
public record ImportView(long id, String source, JobStatus status, int total, int processed, int imported,
                         int duplicates, int rejected, int skipped, int warnings, String startedBy, Instant startedAt,
                         Instant endedAt, List<ImportFileView> files) {
}
