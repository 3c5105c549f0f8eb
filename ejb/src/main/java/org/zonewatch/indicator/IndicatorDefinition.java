package org.zonewatch.indicator;

import java.util.List;

import org.zonewatch.report.excel.ReportType;

/**
 * A tracked indicator of the 两区 reforms.
 *
 * @param code     stable identifier (FDI_UTILISED)
 * @param name     the usual Chinese name (实际利用外资)
 * @param category 外资/投资, 政策进展, 营商环境, 人才服务, 金融开放, 平台载体 …
 * @param unit     the unit its facts are stated in (家, 美元, %, 个工作日 …)
 * @param synonyms other wordings of the name that articles use (none when null)
 * @param dashboardPosition where its card stands on the dashboard (1 first), or null when it has none
 * @param report   the summary report that has a column for it (政策进展汇总 or 投资数据汇总), or null
 * @param reportPosition where its column stands in that report (1 first), or null when it has none
 *
 * <p>One constructor only: JSON-B builds the record from a request body and refuses a record with two.
 */
public record IndicatorDefinition(String code, String name, String category, String unit, List<String> synonyms,
                                  Integer dashboardPosition, ReportType report, Integer reportPosition) {

    public IndicatorDefinition {
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    }

    /** Why the report column cannot be (the database refuses it too), or null when it can. */
    public String reportColumnProblem() {
        if (report != null && !report.hasIndicatorColumns()) {
            return "report: only POLICY_PROGRESS and INVESTMENT have indicator columns.";
        }
        if ((report == null) != (reportPosition == null)) {
            return "report and reportPosition go together: give both or neither.";
        }
        return reportPosition != null && reportPosition < 1 ? "reportPosition: 1 or more." : null;
    }
}
