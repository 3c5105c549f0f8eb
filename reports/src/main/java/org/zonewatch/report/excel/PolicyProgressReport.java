package org.zonewatch.report.excel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 政策进展汇总: per region, report date and source article the catalogue's policy-progress indicators, and a
 * chart sheet with each region's latest 政策落地率.
 */
final class PolicyProgressReport {

    static final String CHART_SHEET = "落地率图表";
    static final Indicator LANDING_RATE = new Indicator("POLICY_LANDING_RATE", "政策落地率", null, Measure.PERCENT, false);
    static final List<Indicator> INDICATORS = List.of(
            new Indicator("KEY_TASKS", "重点任务", "项", Measure.ITEMS, false),
            new Indicator("TASKS_WITH_RESULTS", "取得成果的任务", "项", Measure.ITEMS, false),
            LANDING_RATE,
            new Indicator("PILOT_POLICIES", "试点政策突破", "项", Measure.ITEMS, false),
            new Indicator("INSTITUTIONAL_INNOVATION_CASES", "制度创新案例", "项", Measure.ITEMS, false),
            new Indicator("POLICY_MEASURES", "政策措施", "项", Measure.ITEMS, false));
    static final Set<String> CODES = INDICATORS.stream().map(Indicator::code).collect(Collectors.toUnmodifiableSet());

    private PolicyProgressReport() {
    }

    static SheetCount write(ReportWorkbook workbook, Iterable<ObservationRow> observations) {
        var table = new IndicatorTable(workbook, ReportType.POLICY_PROGRESS.title(), INDICATORS);
        Map<String, ChartSheet.Bar> latestRate = new LinkedHashMap<>();
        for (ObservationRow observation : observations) {
            table.add(observation);
            if (LANDING_RATE.code().equals(observation.indicatorCode())
                    && LANDING_RATE.measure().accepts(observation.unit())) {
                String region = ChartSheet.regionLabel(observation.region());
                ChartSheet.Bar earlier = latestRate.get(region);
                if (earlier == null || observation.day().isAfter(earlier.day())) {
                    latestRate.put(region, new ChartSheet.Bar(region, observation.day(), observation.value()));
                }
            }
        }
        SheetCount count = table.finish();
        ChartSheet.bars(workbook, CHART_SHEET, "各地区政策落地率（最新报告）", "地区", LANDING_RATE,
                List.copyOf(latestRate.values()));
        return count;
    }
}
