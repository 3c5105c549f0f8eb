package org.zonewatch.report.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;

/** 文章清单: the articles in scope with their metadata and how many facts each states. */
final class ArticleListSheet {

    private static final List<Column> COLUMNS = List.of(
            Column.of("编号", 8),
            Column.of("标题", 30, 60),
            Column.of("发布日期", 12),
            Column.of("地区", 8, 16),
            Column.of("分类", 10, 30),
            Column.of("来源", 8, 16),
            Column.of("事实数", 8));

    private ArticleListSheet() {
    }

    static SheetCount write(ReportWorkbook workbook, Iterable<ArticleRow> articles) {
        var table = new TableSheet(workbook, ReportType.ARTICLES.title(), COLUMNS, 0);
        for (ArticleRow article : articles) {
            Row row = table.newRow();
            table.id(row, 0, article.id());
            table.link(row, 1, article.title(), article.url());
            // A 00:24 GMT release is already the next day in Beijing.
            table.date(row, 2, article.publishedAt().atZone(ReportScope.BEIJING).toLocalDate());
            table.text(row, 3, article.region());
            table.text(row, 4, article.categories().isEmpty() ? null : String.join("、", article.categories()));
            table.text(row, 5, article.author());
            table.integer(row, 6, article.factCount());
        }
        table.finish();
        return new SheetCount(ReportType.ARTICLES.title(), table.dataRows(), table.dataRows());
    }
}
