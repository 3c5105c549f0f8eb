package org.zonewatch.report.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;

/** 指标明细: every fact with its figures as stored, its indicator, the sentence and a link to its article. */
final class FactDetailSheet {

    private static final List<Column> COLUMNS = List.of(
            Column.of("文章标题", 20, 50),
            Column.of("发布日期", 12),
            Column.of("地区", 8, 16),
            Column.of("指标项", 10, 30),
            Column.of("数值", 16),
            Column.of("单位", 6, 12),
            Column.of("约数", 6),
            Column.of("范围上限", 16),
            Column.of("同比增长", 10),
            Column.of("占比", 8),
            Column.of("基数", 16),
            Column.of("统计期", 10, 24),
            Column.of("统计期起", 12),
            Column.of("统计期止", 12),
            Column.of("对应指标", 12, 24),
            Column.of("原句", 30, 80));

    private FactDetailSheet() {
    }

    static SheetCount write(ReportWorkbook workbook, Iterable<FactRow> facts) {
        return write(workbook, ReportType.FACT_DETAIL.title(), facts);
    }

    /** The same sheet under another title: one indicator's observations are named by the indicator. */
    static SheetCount write(ReportWorkbook workbook, String title, Iterable<FactRow> facts) {
        var table = new TableSheet(workbook, title, COLUMNS, 0);
        for (FactRow fact : facts) {
            Row row = table.newRow();
            table.link(row, 0, fact.article().title(), fact.article().url());
            table.date(row, 1, fact.publishedDate());
            table.text(row, 2, fact.region());
            table.text(row, 3, fact.metric());
            table.number(row, 4, fact.value(), false);
            table.text(row, 5, fact.unit());
            table.text(row, 6, fact.approximate() ? "约" : null);
            table.number(row, 7, fact.valueMax(), false);
            table.percent(row, 8, fact.changePct(), false);
            table.percent(row, 9, fact.sharePct(), false);
            table.number(row, 10, fact.baseline(), false);
            table.text(row, 11, fact.period());
            table.date(row, 12, fact.periodStart());
            table.date(row, 13, fact.periodEnd());
            table.text(row, 14, fact.indicatorName());
            table.text(row, 15, fact.sentence());
        }
        table.finish();
        return new SheetCount(title, table.dataRows(), table.dataRows());
    }
}
