package org.zonewatch.report.excel;

/**
 * A catalogue indicator as a report shows it.
 *
 * @param withChangeAndShare whether the indicator gets 同比增长 and 占比 columns beside its value
 */
record Indicator(String code, String name, Measure measure, boolean withChangeAndShare) {

    Indicator(ReportIndicator catalogued, boolean withChangeAndShare) {
        this(catalogued.code(), catalogued.name(), Measure.of(catalogued.unit()), withChangeAndShare);
    }

    String header() {
        return measure.label == null ? name : name + "（" + measure.label + "）";
    }
}
