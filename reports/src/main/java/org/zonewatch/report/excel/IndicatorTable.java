package org.zonewatch.report.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Row;

/**
 * A sheet with one row per region, report date (and stated period, with its days) and source article, and a
 * column (group) per indicator. Observations arrive one by one and only the row being filled is held: rows sharing
 * a key should arrive together (the caller orders by region, the day the figures are for, article), otherwise they
 * yield several rows, each still right. The column 核对 marks a figure that another article states differently
 * for the same region and period (冲突), and one that several articles state alike (来源数).
 *
 * <p>A row takes each indicator once. The same figure again (an article repeating itself) is dropped; a
 * different figure for the same indicator starts another row, so no figure is lost or overwritten. A value in a
 * unit the column does not show (合同外资 in 元) goes, as written, into the row's 备注.
 */
final class IndicatorTable {

    private static final String REMARKS_HEADER = "备注";
    private static final String CHECK_HEADER = "核对";

    private final TableSheet table;
    private final List<Indicator> indicators;
    private final Map<String, Integer> firstColumn = new HashMap<>();
    private final int sourceColumn;
    private int observations;
    private Pending pending;

    IndicatorTable(ReportWorkbook workbook, String sheetName, List<Indicator> indicators) {
        this.indicators = List.copyOf(indicators);
        List<Column> columns = new ArrayList<>(List.of(Column.of("地区", 8, 16), Column.of("报告日期", 12),
                Column.of("统计期", 10, 24), Column.of("统计期起", 12), Column.of("统计期止", 12)));
        for (Indicator indicator : indicators) {
            firstColumn.put(indicator.code(), columns.size());
            if (indicator.withChangeAndShare()) {
                columns.add(Column.grouped(indicator.header(), "数值", 12));
                columns.add(Column.grouped(indicator.header(), "同比增长", 10));
                columns.add(Column.grouped(indicator.header(), "占比", 8));
            } else {
                columns.add(Column.of(indicator.header(), 10));
            }
        }
        sourceColumn = columns.size();
        columns.add(Column.of("来源文章", 20, 50));
        columns.add(Column.of(CHECK_HEADER, 8, 40));
        columns.add(Column.of(REMARKS_HEADER, 8, 50));
        table = new TableSheet(workbook, sheetName, columns, 2);
    }

    /** @throws IllegalArgumentException for an indicator the sheet has no column for */
    void add(ObservationRow observation) {
        Indicator indicator = indicators.stream()
                .filter(i -> i.code().equals(observation.indicatorCode()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("indicator " + observation.indicatorCode()
                        + " has no column in " + table.sheet.getSheetName()));
        observations++;
        Key key = Key.of(observation);
        if (pending == null || !pending.key.equals(key)) {
            startRow(key, observation.source());
        }
        if (!indicator.measure().accepts(observation.unit())) {
            pending.remarks.add(indicator.name() + " " + observation.value().toPlainString() + " "
                    + observation.unit() + "（单位不同，未换算）");
            return;
        }
        ObservationRow earlier = pending.figures.get(indicator);
        if (earlier != null && !sameFigure(earlier, observation)) {
            startRow(key, observation.source());
        }
        pending.figures.put(indicator, observation);
    }

    SheetCount finish() {
        writePending();
        table.finish();
        return new SheetCount(table.sheet.getSheetName(), table.dataRows(), observations);
    }

    private void startRow(Key key, SourceArticle source) {
        writePending();
        pending = new Pending(key, source);
    }

    private void writePending() {
        if (pending == null) {
            return;
        }
        Row row = table.newRow();
        table.text(row, 0, pending.key.region);
        table.date(row, 1, pending.key.reportDate);
        table.text(row, 2, pending.key.period);
        table.date(row, 3, pending.key.periodStart);
        table.date(row, 4, pending.key.periodEnd);
        List<String> checks = new ArrayList<>();
        pending.figures.forEach((indicator, observation) -> {
            writeFigure(row, indicator, observation);
            if (observation.conflicting()) {
                checks.add(indicator.name() + "：冲突，另有来源数值不同");
            } else if (observation.sourceCount() > 1) {
                checks.add(indicator.name() + "：" + observation.sourceCount() + "个来源一致");
            }
        });
        table.link(row, sourceColumn, pending.source.title(), pending.source.url());
        if (!checks.isEmpty()) {
            table.text(row, sourceColumn + 1, String.join("；", checks));
        }
        if (!pending.remarks.isEmpty()) {
            table.text(row, sourceColumn + 2, String.join("；", pending.remarks));
        }
        pending = null;
    }

    private void writeFigure(Row row, Indicator indicator, ObservationRow observation) {
        int column = firstColumn.get(indicator.code());
        table.figure(row, column, indicator.measure(), observation.value(), observation.approximate());
        if (indicator.withChangeAndShare()) {
            table.percent(row, column + 1, observation.changePct(), false);
            table.percent(row, column + 2, observation.sharePct(), false);
        }
    }

    private static boolean sameFigure(ObservationRow a, ObservationRow b) {
        return a.approximate() == b.approximate() && sameNumber(a.value(), b.value())
                && sameNumber(a.changePct(), b.changePct()) && sameNumber(a.sharePct(), b.sharePct());
    }

    /** 55 and 55.0 are the same figure. */
    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private record Key(String region, LocalDate reportDate, String period, LocalDate periodStart,
                       LocalDate periodEnd, long articleId) {
        static Key of(ObservationRow observation) {
            return new Key(observation.region(), observation.reportDate(), observation.period(),
                    observation.periodStart(), observation.periodEnd(), observation.source().id());
        }
    }

    private static final class Pending {
        final Key key;
        final SourceArticle source;
        /** In the order the figures arrived; each knows its column. */
        final Map<Indicator, ObservationRow> figures = new LinkedHashMap<>();
        final List<String> remarks = new ArrayList<>();

        Pending(Key key, SourceArticle source) {
            this.key = Objects.requireNonNull(key);
            this.source = source;
        }
    }
}
