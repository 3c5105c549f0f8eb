package org.zonewatch.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.zonewatch.platform.JobStatus;

/** A run's progress, its remap count, its failures and its status, as chunks record their outcomes. */
class MaintenanceRunTest {

    private final MaintenanceRun run = new MaintenanceRun(MaintenanceKind.REMAP, 5, "admin", "node-1",
            Instant.parse("2026-11-30T08:00:00Z"));

    @BeforeEach
    void stored() throws ReflectiveOperationException {
        // The id is the database's: give it the one a stored run would have.
        var id = MaintenanceRun.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(run, 41L);
    }

    @Test
    void chunksAddUpTheArticlesTheFactsRemappedAndWhereToGoOn() {
        run.record(List.of(MaintenanceOutcome.done(3, 2), MaintenanceOutcome.done(7, 0)));
        run.record(List.of(MaintenanceOutcome.failed(9, "unreadable"), MaintenanceOutcome.done(12, 5)));

        var view = run.view();
        assertEquals(MaintenanceKind.REMAP, view.kind());
        assertEquals(4, view.processed());
        assertEquals(7, view.remapped());
        assertEquals(80, view.percent());
        assertEquals(List.of(new MaintenanceRunView.Failure(9, "unreadable")), view.failures());
        assertEquals(12, run.lastArticleId());
    }

    @Test
    void aFailedRunIsResumableAndGoesOnWhereItStopped() {
        run.record(List.of(MaintenanceOutcome.done(3, 1)));
        run.ended(JobStatus.FAILED, Instant.parse("2026-11-30T08:01:00Z"));
        assertEquals(JobStatus.FAILED, run.view().status());
        assertEquals(true, run.view().status().isResumable());

        run.reopen("node-2");
        assertEquals(JobStatus.STARTING, run.view().status());
        assertEquals(3, run.lastArticleId());
        run.record(List.of(MaintenanceOutcome.done(4, 1)));
        run.ended(JobStatus.COMPLETED, Instant.parse("2026-11-30T08:02:00Z"));
        assertEquals(JobStatus.COMPLETED, run.view().status());
        assertEquals(2, run.view().remapped());
    }
}
