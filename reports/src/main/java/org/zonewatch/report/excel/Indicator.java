package org.zonewatch.report.excel;

/**
 * A catalogue indicator as a report shows it.
 *
 * @param unitLabel         the unit in the header (亿美元), or null when the format shows it (%)
 * @param withChangeAndShare whether the indicator gets 同比增长 and 占比 columns beside its value
 */
record Indicator(String code, String name, String unitLabel, Measure measure, boolean withChangeAndShare) {

    String header() {
        return unitLabel == null ? name : name + "（" + unitLabel + "）";
    }
}
