package org.zonewatch.report.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * 投资数据汇总: per region, report date, stated period and source article the indicators the catalogue puts in this
 * report with their growth and share, and a chart sheet with the trend per region of the first of them that is an
 * amount of money (实际利用外资).
 */
final class InvestmentReport {

    static final String CHART_SHEET = "投资趋势图表";

    private InvestmentReport() {
    }

    static SheetCount write(ReportWorkbook workbook, List<ReportIndicator> catalogued,
                            Iterable<ObservationRow> observations) {
        List<Indicator> indicators = catalogued.stream().map(i -> new Indicator(i, true)).toList();
        Optional<Indicator> amount = indicators.stream().filter(i -> i.measure().isMoney()).findFirst();
        var table = new IndicatorTable(workbook, ReportType.INVESTMENT.title(), indicators);
        Set<String> regions = new LinkedHashSet<>();
        SortedMap<LocalDate, Map<String, BigDecimal>> trend = new TreeMap<>();
        for (ObservationRow observation : observations) {
            table.add(observation);
            if (amount.isPresent() && amount.get().code().equals(observation.indicatorCode())
                    && amount.get().measure().accepts(observation.unit())) {
                String region = ChartSheet.regionLabel(observation.region());
                regions.add(region);
                // One point per region and day the figure is for (its period's end): the first one reported.
                trend.computeIfAbsent(observation.day(), d -> new HashMap<>())
                        .putIfAbsent(region, observation.value());
            }
        }
        SheetCount count = table.finish();
        amount.ifPresent(indicator -> ChartSheet.lines(workbook, CHART_SHEET,
                indicator.name() + "趋势（" + indicator.measure().label + "）", indicator, new ArrayList<>(regions), trend));
        return count;
    }
}
