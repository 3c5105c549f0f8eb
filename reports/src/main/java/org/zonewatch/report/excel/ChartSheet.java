package org.zonewatch.report.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * A native Excel chart beside the small table it plots. The series refer to the table's cells and carry the
 * values as a cache too, so a reader that does not recalculate still draws them. Without data the sheet keeps
 * its header and no chart.
 */
final class ChartSheet {

    /** The day a figure is for: its period's end when the text states one, its report date otherwise. */
    static final String DAY = "统计日期";
    private static final int CHART_WIDTH_COLUMNS = 10;
    private static final int CHART_HEIGHT_ROWS = 22;
    /**
     * Office's default series colours. Set explicitly because a series without its own colour is drawn
     * invisibly by LibreOffice.
     */
    private static final String[] PALETTE = {"4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "264478",
            "9E480E", "636363", "997300"};

    /** The bar of a category: its stored value and the day it is for (its period's end, or its report date). */
    record Bar(String category, LocalDate day, BigDecimal stored) {
    }

    private ChartSheet() {
    }

    /** A chart needs a name where the table may leave the region empty. */
    static String regionLabel(String region) {
        return region == null ? "未注明地区" : region;
    }

    /** One bar per category; the table has 类别 | value | 统计日期. */
    static void bars(ReportWorkbook workbook, String sheetName, String title, String categoryHeader,
                     Indicator indicator, List<Bar> bars) {
        TableSheet table = new TableSheet(workbook, sheetName, List.of(Column.of(categoryHeader, 8, 16),
                Column.of(indicator.header(), 12), Column.of(DAY, 12)), 0);
        String[] categories = new String[bars.size()];
        Double[] values = new Double[bars.size()];
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            Row row = table.newRow();
            table.text(row, 0, bar.category());
            table.figure(row, 1, indicator.measure(), bar.stored(), false);
            table.date(row, 2, bar.day());
            categories[i] = bar.category();
            values[i] = indicator.measure().cellValue(bar.stored()).doubleValue();
        }
        table.finish();
        if (bars.isEmpty()) {
            return;
        }
        Frame frame = frame(table.sheet, 3, title, axisFormat(indicator.measure()));
        var data = (XDDFBarChartData) frame.chart.createData(ChartTypes.BAR, frame.categories, frame.values);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        addSeries(data, sheetName, XDDFDataSourcesFactory.fromArray(categories, categoryRange(sheetName, bars.size())),
                indicator.header(), 1, values);
        frame.chart.plot(data);
    }

    /** One line per series (region) over the days the figures are for; the table has 统计日期 | one per series. */
    static void lines(ReportWorkbook workbook, String sheetName, String title, Indicator indicator,
                      List<String> series, SortedMap<LocalDate, Map<String, BigDecimal>> storedByDate) {
        List<Column> columns = new ArrayList<>(List.of(Column.of(DAY, 12)));
        series.forEach(name -> columns.add(Column.of(name, 12, 16)));
        TableSheet table = new TableSheet(workbook, sheetName, columns, 1);
        String[] dates = new String[storedByDate.size()];
        Double[][] values = new Double[series.size()][storedByDate.size()];
        int point = 0;
        for (var date : storedByDate.entrySet()) {
            Row row = table.newRow();
            table.date(row, 0, date.getKey());
            dates[point] = date.getKey().toString();
            for (int s = 0; s < series.size(); s++) {
                BigDecimal stored = date.getValue().get(series.get(s));
                table.figure(row, s + 1, indicator.measure(), stored, false);
                values[s][point] = stored == null ? null : indicator.measure().cellValue(stored).doubleValue();
            }
            point++;
        }
        table.finish();
        if (storedByDate.isEmpty()) {
            return;
        }
        Frame frame = frame(table.sheet, series.size() + 2, title, axisFormat(indicator.measure()));
        var data = (XDDFLineChartData) frame.chart.createData(ChartTypes.LINE, frame.categories, frame.values);
        data.setVaryColors(false);
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(dates,
                categoryRange(sheetName, dates.length));
        for (int s = 0; s < series.size(); s++) {
            var line = (XDDFLineChartData.Series) addSeries(data, sheetName, categories, series.get(s), s + 1,
                    values[s]);
            // A single report date must still show as a point.
            line.setMarkerStyle(MarkerStyle.CIRCLE);
            line.setSmooth(false);
        }
        frame.chart.plot(data);
    }

    private record Frame(XSSFChart chart, XDDFCategoryAxis categories, XDDFValueAxis values) {
    }

    /** The chart to the right of the table, title above, legend below, values from zero. */
    private static Frame frame(SXSSFSheet sheet, int firstColumn, String title, String axisFormat) {
        sheet.createDrawingPatriarch();
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, firstColumn, 0,
                firstColumn + CHART_WIDTH_COLUMNS, CHART_HEIGHT_ROWS));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        // A region without a report that day has no point there, not a zero.
        chart.displayBlanksAs(DisplayBlanks.GAP);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        values.setMinimum(0);
        values.setNumberFormat(axisFormat);
        return new Frame(chart, categories, values);
    }

    private static XDDFChartData.Series addSeries(XDDFChartData data, String sheetName,
                                                  XDDFCategoryDataSource categories, String name, int column,
                                                  Double[] values) {
        String range = new CellRangeAddress(1, values.length, column, column).formatAsString(sheetName, true);
        XDDFChartData.Series series = data.addSeries(categories, XDDFDataSourcesFactory.fromArray(values, range));
        series.setTitle(name, new CellReference(sheetName, 0, column, true, true));
        String rgb = PALETTE[(column - 1) % PALETTE.length];
        var colour = new XDDFSolidFillProperties(XDDFColor.from(HexFormat.of().parseHex(rgb)));
        var line = new XDDFLineProperties(colour);
        line.setWidth(2.25);
        var shape = new XDDFShapeProperties();
        shape.setFillProperties(colour);
        shape.setLineProperties(line);
        series.setShapeProperties(shape);
        return series;
    }

    private static String categoryRange(String sheetName, int points) {
        return new CellRangeAddress(1, points, 0, 0).formatAsString(sheetName, true);
    }

    private static String axisFormat(Measure measure) {
        return measure.isPercent() ? "0%" : "#,##0";
    }
}
