package org.zonewatch.report.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * 投资数据汇总: per region, report date, stated period and source article the investment indicators with their
 * growth and share, and a chart sheet with the trend of 实际利用外资 per region.
 */
final class InvestmentReport {

    static final String CHART_SHEET = "投资趋势图表";
    static final Indicator FDI_UTILISED =
            new Indicator("FDI_UTILISED", "实际利用外资", "亿美元", Measure.HUNDRED_MILLION_USD, true);
    static final List<Indicator> INDICATORS = List.of(
            new Indicator("FDI_NEW_ENTERPRISES", "新设外资企业", "家", Measure.FIRMS, true),
            new Indicator("FDI_CONTRACTED", "合同外资", "亿美元", Measure.HUNDRED_MILLION_USD, true),
            FDI_UTILISED,
            new Indicator("DOMESTIC_NEW_ENTERPRISES", "新增内资企业", "户", Measure.FIRMS, true));
    static final Set<String> CODES = INDICATORS.stream().map(Indicator::code).collect(Collectors.toUnmodifiableSet());

    private InvestmentReport() {
    }

    static SheetCount write(ReportWorkbook workbook, Iterable<ObservationRow> observations) {
        var table = new IndicatorTable(workbook, ReportType.INVESTMENT.title(), INDICATORS);
        Set<String> regions = new LinkedHashSet<>();
        SortedMap<LocalDate, Map<String, BigDecimal>> trend = new TreeMap<>();
        for (ObservationRow observation : observations) {
            table.add(observation);
            if (FDI_UTILISED.code().equals(observation.indicatorCode())
                    && FDI_UTILISED.measure().accepts(observation.unit())) {
                String region = ChartSheet.regionLabel(observation.region());
                regions.add(region);
                // One point per region and day the figure is for (its period's end): the first one reported.
                trend.computeIfAbsent(observation.day(), d -> new HashMap<>())
                        .putIfAbsent(region, observation.value());
            }
        }
        SheetCount count = table.finish();
        ChartSheet.lines(workbook, CHART_SHEET, "实际利用外资趋势（亿美元）", FDI_UTILISED, new ArrayList<>(regions),
                trend);
        return count;
    }
}
