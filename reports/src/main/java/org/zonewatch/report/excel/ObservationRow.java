package org.zonewatch.report.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One reported value of a catalogue indicator, as the 政策进展汇总 and 投资数据汇总 sheets take it: the fact's
 * figures as stored, with where, when and from which article.
 *
 * @param region        the region the article reports on, or null
 * @param reportDate    the day the article reports it (publication date in Beijing)
 * @param period        the period stated for the figure (2020年9月28日以来, 今年一季度…), or null
 * @param indicatorCode the catalogue code, e.g. FDI_UTILISED
 * @param value         as stored: 1340000000 for 13.4亿美元, 70 for 70 %
 * @param unit          as stored: 美元, 家, 项, %
 * @param approximate   whether the text qualifies the value (约, 余, 以上)
 * @param changePct     growth in percent (55 for +55 %), or null
 * @param sharePct      share in percent (16.67 for 16.67 %), or null
 * @param periodStart   the period's first day, or null (a figure as of {@code periodEnd}, or no dated period)
 * @param periodEnd     the period's last day, or null when it has no days
 * @param conflicting   whether another article states a different figure for the same region and period
 * @param sourceCount   how many articles state this figure
 */
public record ObservationRow(String region, LocalDate reportDate, String period, String indicatorCode,
                             BigDecimal value, String unit, boolean approximate, BigDecimal changePct,
                             BigDecimal sharePct, SourceArticle source, LocalDate periodStart, LocalDate periodEnd,
                             boolean conflicting, int sourceCount) {

    public ObservationRow {
        Objects.requireNonNull(reportDate, "reportDate");
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }

    /** The day the figure is for: its period's end, or the report date when the period has no days. */
    public LocalDate day() {
        return periodEnd != null ? periodEnd : reportDate;
    }
}
