package org.zonewatch.report.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * 封面: the filters, the time of generation and what each sheet holds. It comes first in the workbook but is
 * filled last, when the counts are known; SXSSF allows that because nothing of this sheet has been flushed.
 */
final class CoverSheet {

    static final String NAME = "封面";
    static final int SHEET_TABLE_HEADER_ROW = 8;

    private final ReportWorkbook workbook;
    private final SXSSFSheet sheet;

    private CoverSheet(ReportWorkbook workbook) {
        this.workbook = workbook;
        this.sheet = workbook.createSheet(NAME);
    }

    /** Creates the sheet, so it is the first. */
    static CoverSheet reserve(ReportWorkbook workbook) {
        return new CoverSheet(workbook);
    }

    void write(int articles, int facts, List<SheetCount> sheets) {
        Styles styles = workbook.styles;
        ReportScope scope = workbook.scope;
        cell(sheet.createRow(0), 0, "两区建设监测平台 · 汇总报表", styles.title);
        labelled(2, "地区范围").setCellValue(scope.regionsText());
        labelled(3, "时间范围").setCellValue(scope.periodText());
        Cell generated = labelled(4, "生成时间（北京时间）");
        generated.setCellValue(scope.generatedInBeijing());
        generated.setCellStyle(styles.leftAligned(styles.dateTime));
        labelledCount(5, "文章数", articles);
        labelledCount(6, "事实数", facts);

        Row header = sheet.createRow(SHEET_TABLE_HEADER_ROW);
        cell(header, 0, "工作表", styles.header);
        cell(header, 1, "数据行", styles.header);
        cell(header, 2, "观测值", styles.header);
        int rowIndex = SHEET_TABLE_HEADER_ROW + 1;
        for (SheetCount counted : sheets) {
            Row row = sheet.createRow(rowIndex++);
            TableSheet.writeLink(row.createCell(0), counted.sheet(), "#'" + counted.sheet() + "'!A1", styles);
            count(row.createCell(1), counted.rows());
            count(row.createCell(2), counted.observations());
        }
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        sheet.setColumnWidth(2, 10 * 256);
    }

    /** The label in column A, returning the value's cell in column B. */
    private Cell labelled(int rowIndex, String label) {
        Row row = sheet.createRow(rowIndex);
        cell(row, 0, label, workbook.styles.label);
        return row.createCell(1);
    }

    /** Column B holds texts, so its numbers align left with them. */
    private void labelledCount(int rowIndex, String label, int value) {
        Cell cell = labelled(rowIndex, label);
        cell.setCellValue(value);
        cell.setCellStyle(workbook.styles.leftAligned(workbook.styles.count));
    }

    private void count(Cell cell, int value) {
        cell.setCellValue(value);
        cell.setCellStyle(workbook.styles.count);
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }
}
