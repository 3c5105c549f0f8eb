package org.zonewatch.report.excel;

/** The workbooks zonewatch exports; the title names the file, the workbook and the report's main sheet. */
public enum ReportType {
    POLICY_PROGRESS("政策进展汇总"),
    INVESTMENT("投资数据汇总"),
    FACT_DETAIL("指标明细"),
    ARTICLES("文章清单"),
    SUMMARY("汇总");

    private final String title;

    ReportType(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Whether the report has a column for each indicator the catalogue places in it. */
    public boolean hasIndicatorColumns() {
        return this == POLICY_PROGRESS || this == INVESTMENT;
    }

    /** The download name, e.g. 政策进展汇总_2021-04-01_2021-04-30.xlsx. */
    public String fileName(ReportScope scope) {
        return title + scope.periodForFileName() + ".xlsx";
    }
}
