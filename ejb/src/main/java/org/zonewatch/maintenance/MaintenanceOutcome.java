package org.zonewatch.maintenance;

/**
 * What became of one article in a run: done ({@code failure} null) with the number of its facts whose indicator
 * changed, or why not.
 */
public record MaintenanceOutcome(long articleId, String failure, int remapped) {

    public static MaintenanceOutcome done(long articleId, int remapped) {
        return new MaintenanceOutcome(articleId, null, remapped);
    }

    public static MaintenanceOutcome failed(long articleId, String failure) {
        return new MaintenanceOutcome(articleId, failure, 0);
    }
}
