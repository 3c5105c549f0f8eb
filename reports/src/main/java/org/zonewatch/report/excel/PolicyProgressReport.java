package org.zonewatch.report.excel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 政策进展汇总: per region, report date and source article the indicators the catalogue puts in this report, and a
 * chart sheet with each region's latest figure of the first of them that is a rate (政策落地率).
 */
final class PolicyProgressReport {

    static final String CHART_SHEET = "落地率图表";

    private PolicyProgressReport() {
    }

    static SheetCount write(ReportWorkbook workbook, List<ReportIndicator> catalogued,
                            Iterable<ObservationRow> observations) {
        List<Indicator> indicators = catalogued.stream().map(i -> new Indicator(i, false)).toList();
        Optional<Indicator> rate = indicators.stream().filter(i -> i.measure().isPercent()).findFirst();
        var table = new IndicatorTable(workbook, ReportType.POLICY_PROGRESS.title(), indicators);
        Map<String, ChartSheet.Bar> latestRate = new LinkedHashMap<>();
        for (ObservationRow observation : observations) {
            table.add(observation);
            if (rate.isPresent() && rate.get().code().equals(observation.indicatorCode())
                    && rate.get().measure().accepts(observation.unit())) {
                String region = ChartSheet.regionLabel(observation.region());
                ChartSheet.Bar earlier = latestRate.get(region);
                if (earlier == null || observation.day().isAfter(earlier.day())) {
                    latestRate.put(region, new ChartSheet.Bar(region, observation.day(), observation.value()));
                }
            }
        }
        SheetCount count = table.finish();
        rate.ifPresent(indicator -> ChartSheet.bars(workbook, CHART_SHEET, "各地区" + indicator.name() + "（最新报告）",
                "地区", indicator, List.copyOf(latestRate.values())));
        return count;
    }
}
