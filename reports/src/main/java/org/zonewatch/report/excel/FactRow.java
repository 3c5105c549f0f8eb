package org.zonewatch.report.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One fact as the 指标明细 sheet lists it: the figures as stored, the indicator it maps to and the sentence it
 * was read from.
 *
 * @param publishedDate the article's publication date in Beijing
 * @param metric        what is measured, in the text's own words
 * @param valueMax      upper bound of a range, or null
 * @param baseline      the earlier value of a before→after pair, or null
 * @param indicatorName the catalogue indicator's name, or null when the fact maps to none
 * @param periodStart   the days of {@code period}: first (null for a figure as of a day) and last, or both null
 */
public record FactRow(SourceArticle article, LocalDate publishedDate, String region, String metric,
                      BigDecimal value, BigDecimal valueMax, String unit, boolean approximate, BigDecimal changePct,
                      BigDecimal sharePct, BigDecimal baseline, String period, String indicatorName,
                      String sentence, LocalDate periodStart, LocalDate periodEnd) {

    public FactRow {
        Objects.requireNonNull(article, "article");
    }
}
