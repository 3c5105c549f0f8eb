package org.zonewatch.report.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * A sheet that is one table: a (one- or two-row) header that stays frozen, rows streamed below it, an
 * autofilter over them and column widths fitted to what was written. All cell writing of the workbooks goes
 * through here, so every sheet formats alike.
 */
final class TableSheet {

    /** Excel's limit for a text literal in a formula, here HYPERLINK's arguments. */
    private static final int FORMULA_TEXT_LIMIT = 255;

    final SXSSFSheet sheet;
    private final Styles styles;
    private final List<Column> columns;
    private final int headerRows;
    private final int[] widths;
    private int nextRow;

    TableSheet(ReportWorkbook workbook, String name, List<Column> columns, int frozenColumns) {
        this.sheet = workbook.createSheet(name);
        this.styles = workbook.styles;
        this.columns = List.copyOf(columns);
        this.headerRows = columns.stream().anyMatch(c -> c.group() != null) ? 2 : 1;
        this.widths = new int[columns.size()];
        writeHeader();
        nextRow = headerRows;
        sheet.createFreezePane(frozenColumns, headerRows);
        printOnPagesOneWide();
    }

    /** Printed or saved as PDF, a sheet runs down the pages, never across, with its header on each. */
    private void printOnPagesOneWide() {
        sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    Row newRow() {
        return sheet.createRow(nextRow++);
    }

    int dataRows() {
        return nextRow - headerRows;
    }

    /** Sets the autofilter and the widths; the sheet takes no more rows. */
    void finish() {
        sheet.setAutoFilter(new CellRangeAddress(headerRows - 1, Math.max(headerRows - 1, nextRow - 1), 0,
                columns.size() - 1));
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, widths[column] * 256);
        }
    }

    /** Nothing is written for null: an empty cell, not an empty text. */
    void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
            fit(column, value);
        }
    }

    void date(Row row, int column, LocalDate value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(styles.date);
        }
    }

    /** A number that names something (an article's id): no thousands separator. */
    void id(Row row, int column, long value) {
        row.createCell(column).setCellValue(value);
    }

    void integer(Row row, int column, long value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.count);
    }

    /** A number as stored, with as many decimals as it has. */
    void number(Row row, int column, BigDecimal value, boolean approximate) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(styles.number(value, 0, approximate));
        }
    }

    /** An indicator's value in its measure: 1340000000 美元 as 13.40 (亿美元), 70 % as 0.7 shown 70%. */
    void figure(Row row, int column, Measure measure, BigDecimal stored, boolean approximate) {
        if (measure.isPercent()) {
            percent(row, column, stored, approximate);
        } else if (stored != null) {
            BigDecimal value = measure.cellValue(stored);
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(styles.number(value, measure.minDecimals, approximate));
        }
    }

    /** A percentage given in percent (55 for 55 %), stored as the fraction 0.55 under a percent format. */
    void percent(Row row, int column, BigDecimal percent, boolean approximate) {
        if (percent != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(Measure.PERCENT.cellValue(percent).doubleValue());
            cell.setCellStyle(styles.percent(percent, approximate));
        }
    }

    /**
     * A HYPERLINK formula showing the text. A formula, not a POI hyperlink: those are kept in memory until the
     * workbook is written, a formula streams out with its row. Its cached value is the text, so the cell reads
     * right before any recalculation. Too long for a formula, or without address, the text stands alone.
     */
    void link(Row row, int column, String text, String url) {
        if (text == null) {
            return;
        }
        if (url == null || url.length() > FORMULA_TEXT_LIMIT || text.length() > FORMULA_TEXT_LIMIT) {
            text(row, column, text);
            return;
        }
        writeLink(row.createCell(column), text, url, styles);
        fit(column, text);
    }

    static void writeLink(Cell cell, String text, String url, Styles styles) {
        cell.setCellFormula("HYPERLINK(" + quoted(url) + "," + quoted(text) + ")");
        cell.setCellValue(text);
        cell.setCellStyle(styles.link);
    }

    /**
     * One row of headings, or two when columns are grouped: the group's heading merged over its columns, and an
     * ungrouped heading merged down over both rows.
     */
    private void writeHeader() {
        Row top = sheet.createRow(0);
        Row bottom = headerRows == 2 ? sheet.createRow(1) : top;
        for (int column = 0; column < columns.size(); column++) {
            Column c = columns.get(column);
            widths[column] = Math.max(c.minWidth(), displayWidth(c.header()) + 2);
            if (headerRows == 1) {
                headerCell(top, column, c.header());
            } else if (c.group() == null) {
                headerCell(top, column, c.header());
                headerCell(bottom, column, null);
                sheet.addMergedRegion(new CellRangeAddress(0, 1, column, column));
            } else {
                headerCell(bottom, column, c.header());
                boolean startsGroup = column == 0 || !c.group().equals(columns.get(column - 1).group());
                headerCell(top, column, startsGroup ? c.group() : null);
                if (startsGroup) {
                    int last = column;
                    while (last + 1 < columns.size() && c.group().equals(columns.get(last + 1).group())) {
                        last++;
                    }
                    if (last > column) {
                        sheet.addMergedRegion(new CellRangeAddress(0, 0, column, last));
                    }
                }
            }
        }
    }

    /** Merged-away cells get the style too, so the header's fill and borders are whole. */
    private void headerCell(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        if (text != null) {
            cell.setCellValue(text);
        }
        cell.setCellStyle(styles.header);
    }

    private void fit(int column, String text) {
        if (widths[column] < columns.get(column).maxWidth()) {
            int wanted = Math.max(widths[column], displayWidth(text) + 2);
            widths[column] = Math.min(columns.get(column).maxWidth(), wanted);
        }
    }

    /** In character widths: an ideograph or full-width sign takes two. */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) >= '\u2E80' ? 2 : 1;
        }
        return width;
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
