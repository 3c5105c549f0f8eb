package org.zonewatch.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The 文章清单 (article list) workbook. Streams rows (SXSSF) so memory stays flat however many
 * articles are exported.
 */
public final class ArticleListWorkbook {

    public static final String SHEET_NAME = "文章清单";

    private static final String[] HEADERS = {"编号", "标题", "发布日期", "地区", "分类", "来源", "事实数"};
    private static final int[] WIDTHS = {8, 60, 12, 14, 30, 14, 8};
    /** Articles are dated in Beijing time: a 00:24 GMT release is the same calendar day there. */
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final int ROWS_IN_MEMORY = 200;

    private ArticleListWorkbook() {
    }

    public static void write(Iterable<ArticleRow> articles, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle("zonewatch 文章清单");
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("zonewatch");
            SXSSFSheet sheet = workbook.createSheet(SHEET_NAME);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));

            writeHeader(workbook, sheet);
            int rowIndex = 1;
            for (ArticleRow article : articles) {
                Row row = sheet.createRow(rowIndex++);
                row.createCell(0).setCellValue(article.id());
                row.createCell(1).setCellValue(article.title());
                var published = row.createCell(2);
                published.setCellValue(article.publishedAt().atZone(BEIJING).toLocalDate());
                published.setCellStyle(dateStyle);
                row.createCell(3).setCellValue(article.region() == null ? "" : article.region());
                row.createCell(4).setCellValue(String.join("、", article.categories()));
                row.createCell(5).setCellValue(article.author() == null ? "" : article.author());
                row.createCell(6).setCellValue(article.factCount());
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, HEADERS.length - 1));
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void writeHeader(SXSSFWorkbook workbook, Sheet sheet) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        Row header = sheet.createRow(0);
        for (int column = 0; column < HEADERS.length; column++) {
            var cell = header.createCell(column);
            cell.setCellValue(HEADERS[column]);
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(column, WIDTHS[column] * 256);
        }
    }
}
