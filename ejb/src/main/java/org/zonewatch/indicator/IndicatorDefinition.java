package org.zonewatch.indicator;

import java.io.Serializable;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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
 * <p>Its Bean Validation constraints are what the API lets through to the catalogue ({@code PUT /api/indicators}).
 */
public record IndicatorDefinition(
        @NotNull @Pattern(regexp = CODE, message = "capital letters, digits and _, a letter first, at most 64")
                String code,
        @NotBlank @Size(max = 200) @Pattern(regexp = TEXT, message = NO_CONTROLS) String name,
        @NotBlank @Size(max = 50) @Pattern(regexp = TEXT, message = NO_CONTROLS) String category,
        @NotBlank @Size(max = 20) @Pattern(regexp = TEXT, message = NO_CONTROLS) String unit,
        @Size(max = MAX_SYNONYMS) List<@NotBlank @Size(max = 200) @Pattern(regexp = TEXT, message = NO_CONTROLS) String>
                synonyms,
        @Min(1) @Max(MAX_POSITION) Integer dashboardPosition, ReportType report,
        @Min(1) @Max(MAX_POSITION) Integer reportPosition) implements Serializable {

    /**
     * The column sizes of the catalogue's tables (V2__facts.sql) bound what Bean Validation lets through; code and
     * positions as the catalogue page (CatalogueEditor) accepts them.
     */
    static final int MAX_CODE_LENGTH = 64;
    static final String CODE = "[A-Z][A-Z0-9_]{0," + (MAX_CODE_LENGTH - 1) + "}";
    static final String TEXT = "[^\\p{Cntrl}]*";
    static final String NO_CONTROLS = "no control characters";
    static final int MAX_SYNONYMS = 100;
    static final int MAX_POSITION = 99;

    public IndicatorDefinition {
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    }

    /** Whether {@code code} fits the catalogue's column at all; one that does not is in no catalogue. */
    public static boolean fitsColumn(String code) {
        return code != null && code.length() <= MAX_CODE_LENGTH;
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
