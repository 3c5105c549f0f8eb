package org.zonewatch.report.excel;

import java.util.List;

/**
 * What a summary report of indicators is made of: the indicators it has columns for, in column order, and their
 * observations, ordered by region, the day they are for and article, iterated once (a caller may pass
 * {@code stream::iterator} over a database cursor).
 */
public record IndicatorObservations(List<ReportIndicator> indicators, Iterable<ObservationRow> rows) {

    public IndicatorObservations {
        indicators = List.copyOf(indicators);
    }
}
