package org.zonewatch.report.excel;

/**
 * The rows of the combined workbook, one source per sheet. Each is iterated once, so a caller may pass
 * {@code stream::iterator} over a database cursor.
 */
public record SummaryData(IndicatorObservations policyProgress, IndicatorObservations investment,
                          Iterable<FactRow> facts, Iterable<ArticleRow> articles) {
}
