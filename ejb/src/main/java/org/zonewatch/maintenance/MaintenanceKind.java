package org.zonewatch.maintenance;

/**
 * What a maintenance run does to every article, each kind a batch job in {@code META-INF/batch-jobs}: they share
 * the reader, the progress and the claim (one run at a time, whatever its kind), and differ in their processor.
 */
public enum MaintenanceKind {
    /** Derives every article again from its raw file with today's reader, extractor and catalogue. */
    REPROCESS("article-reprocess"),
    /** Maps every stored fact onto the catalogue again after an admin changed it. */
    REMAP("catalogue-remap");

    private final String job;

    MaintenanceKind(String job) {
        this.job = job;
    }

    String job() {
        return job;
    }
}
