package org.zonewatch.report.excel;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streaming workbook (SXSSF) with zonewatch's styles and properties: only a window of rows stays in memory,
 * the rest goes to a temporary file until {@link #writeTo} zips it all into the caller's stream.
 */
final class ReportWorkbook implements Closeable {

    private static final int ROWS_IN_MEMORY = 200;

    final ReportScope scope;
    final Styles styles;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);

    ReportWorkbook(ReportType type, ReportScope scope) {
        this.scope = scope;
        this.styles = new Styles(workbook);
        POIXMLProperties.CoreProperties properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        properties.setTitle("zonewatch " + type.title());
        properties.setCreator("zonewatch");
        properties.setSubjectProperty(scope.regionsText() + " · " + scope.periodText());
        properties.setKeywords("两区建设");
        properties.setCreated(Optional.of(Date.from(scope.generatedAt())));
    }

    SXSSFSheet createSheet(String name) {
        return workbook.createSheet(name);
    }

    void writeTo(OutputStream out) throws IOException {
        workbook.write(out);
    }

    /** Deletes the temporary files. */
    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }
}
