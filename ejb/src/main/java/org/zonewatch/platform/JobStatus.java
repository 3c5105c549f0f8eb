package org.zonewatch.platform;

/**
 * Where a background job stands (a bulk import, reprocessing every article); the names are Jakarta Batch's, and
 * the pages name each in the user's language (job.status.*).
 */
public enum JobStatus {
    STARTING,
    STARTED,
    COMPLETED,
    FAILED,
    STOPPED;

    public boolean isFinished() {
        return this != STARTING && this != STARTED;
    }

    /** Ended before every item had an outcome: it can go on from there. */
    public boolean isResumable() {
        return this == FAILED || this == STOPPED;
    }

    /** The status a job takes from its batch run at its end: anything but a failure or a stop is success. */
    public static JobStatus ending(jakarta.batch.runtime.BatchStatus batch) {
        return switch (batch) {
            case FAILED -> FAILED;
            case STOPPING, STOPPED -> STOPPED;
            default -> COMPLETED;
        };
    }
}
