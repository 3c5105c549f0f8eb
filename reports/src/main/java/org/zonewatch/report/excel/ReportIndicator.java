package org.zonewatch.report.excel;

import java.util.Objects;

/**
 * An indicator of the catalogue that a summary report has a column for, as the catalogue names it today: admins
 * rename indicators and choose which report shows them, so the reports take them from the caller.
 *
 * @param code the catalogue code the observations carry (FDI_UTILISED)
 * @param name the header (实际利用外资)
 * @param unit the unit the catalogue states the indicator's facts in (美元, 家, %): it decides how cells are shown
 */
public record ReportIndicator(String code, String name, String unit) {

    public ReportIndicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
    }
}
