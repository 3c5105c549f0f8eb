package org.zonewatch.report.excel;

/** What one sheet received and shows, for the cover sheet. */
record SheetCount(String sheet, int rows, int observations) {
}
