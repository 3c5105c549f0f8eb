package org.zonewatch.report.excel;

/**
 * A column of a table sheet.
 *
 * @param group    the heading over several columns (合同外资（亿美元）over 数值 / 同比增长 / 占比), or null
 * @param header   the column's own heading
 * @param minWidth width in characters, enough for the numbers the column holds
 * @param maxWidth the width longer texts are cut to (they stay whole in the cell)
 */
record Column(String group, String header, int minWidth, int maxWidth) {

    static Column of(String header, int minWidth, int maxWidth) {
        return new Column(null, header, minWidth, maxWidth);
    }

    static Column of(String header, int width) {
        return of(header, width, width);
    }

    static Column grouped(String group, String header, int width) {
        return new Column(group, header, width, width);
    }
}
