package org.zonewatch.report.excel;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;

/**
 * 冲突: the figures of the summary's indicators that another article states differently for the same region and
 * period, side by side by indicator, region and period, so an analyst sees which number needs checking.
 */
final class ConflictSheet {

    static final String NAME = "冲突";

    private static final List<Column> COLUMNS = List.of(
            Column.of("指标", 10, 20),
            Column.of("地区", 8, 16),
            Column.of("统计期", 10, 24),
            Column.of("统计期起", 12),
            Column.of("统计期止", 12),
            Column.of("数值", 12),
            Column.of("单位", 6, 12),
            Column.of("报告日期", 12),
            Column.of("来源文章", 20, 50));

    private ConflictSheet() {
    }

    /** @param indicators the reports' indicators, which name the conflicting figures' */
    static SheetCount write(ReportWorkbook workbook, List<ObservationRow> conflicts,
                            List<ReportIndicator> indicators) {
        Map<String, String> names = indicators.stream()
                .collect(Collectors.toMap(ReportIndicator::code, ReportIndicator::name, (a, b) -> a));
        Comparator<ObservationRow> byFigure = Comparator
                .comparing((ObservationRow o) -> names.get(o.indicatorCode()))
                .thenComparing(ObservationRow::region, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(ObservationRow::day)
                .thenComparing(o -> o.source().id());
        var table = new TableSheet(workbook, NAME, COLUMNS, 1);
        for (ObservationRow observation : conflicts.stream().sorted(byFigure).toList()) {
            Row row = table.newRow();
            table.text(row, 0, names.get(observation.indicatorCode()));
            table.text(row, 1, observation.region());
            table.text(row, 2, observation.period());
            table.date(row, 3, observation.periodStart());
            table.date(row, 4, observation.periodEnd());
            table.number(row, 5, observation.value(), observation.approximate());
            table.text(row, 6, observation.unit());
            table.date(row, 7, observation.reportDate());
            table.link(row, 8, observation.source().title(), observation.source().url());
        }
        table.finish();
        return new SheetCount(NAME, table.dataRows(), table.dataRows());
    }
}
