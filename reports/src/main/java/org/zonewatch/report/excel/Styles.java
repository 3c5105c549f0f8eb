package org.zonewatch.report.excel;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.zonewatch.units.Decimals;

/**
 * The cell styles and number formats of every zonewatch workbook, made once per workbook (a workbook holds at
 * most 64,000 styles, so they are shared, never made per cell).
 *
 * <p>Numbers are shown with as many decimals as the article gave (at least a sheet's minimum, at most
 * {@link #MAX_DECIMALS}), so the screen shows the figure to its last digit: 22.39 % stays 22.39 %, not 22.4 %.
 */
final class Styles {

    /** The facts' column scale. */
    private static final int MAX_DECIMALS = 8;

    final CellStyle header;
    final CellStyle title;
    final CellStyle label;
    final CellStyle count;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle link;

    private final Workbook workbook;
    private final Map<String, CellStyle> byFormat = new HashMap<>();
    /** By number of decimals; looked up for every numeric cell, so indexed rather than keyed by format text. */
    private final CellStyle[] numbers = new CellStyle[MAX_DECIMALS + 1];
    private final CellStyle[] approximateNumbers = new CellStyle[MAX_DECIMALS + 1];
    private final CellStyle[] percents = new CellStyle[MAX_DECIMALS + 1];
    private final CellStyle[] approximatePercents = new CellStyle[MAX_DECIMALS + 1];
    private final Map<CellStyle, CellStyle> leftAligned = new HashMap<>();

    Styles(Workbook workbook) {
        this.workbook = workbook;
        header = headerStyle();
        title = boldStyle((short) 16);
        label = boldStyle((short) 11);
        count = format("#,##0");
        date = centred(format("yyyy-mm-dd"));
        dateTime = format("yyyy-mm-dd hh:mm");
        link = linkStyle();
    }

    /** #,##0 / #,##0.00 …, prefixed with 约 for an approximate value, which keeps it a number. */
    CellStyle number(BigDecimal shown, int minDecimals, boolean approximate) {
        int decimals = decimals(shown, minDecimals);
        CellStyle[] styles = approximate ? approximateNumbers : numbers;
        if (styles[decimals] == null) {
            styles[decimals] = format(prefix(approximate) + "#,##0" + fraction(decimals));
        }
        return styles[decimals];
    }

    /** 0% / 0.0% / 0.00 % …; the cell holds the fraction (0.55 for 55 %). */
    CellStyle percent(BigDecimal percent, boolean approximate) {
        int decimals = decimals(percent, 0);
        CellStyle[] styles = approximate ? approximatePercents : percents;
        if (styles[decimals] == null) {
            styles[decimals] = format(prefix(approximate) + "0" + fraction(decimals) + "%");
        }
        return styles[decimals];
    }

    /** The same style aligned left, for a number in a column of texts (the cover's values). */
    CellStyle leftAligned(CellStyle style) {
        return leftAligned.computeIfAbsent(style, s -> {
            CellStyle aligned = workbook.createCellStyle();
            aligned.cloneStyleFrom(s);
            aligned.setAlignment(HorizontalAlignment.LEFT);
            return aligned;
        });
    }

    /** Dates centred: right-aligned, they run into the text of the next column. */
    private CellStyle centred(CellStyle style) {
        style.setAlignment(HorizontalAlignment.CENTER);
        return style;
    }

    private CellStyle format(String format) {
        return byFormat.computeIfAbsent(format, f -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(f));
            return style;
        });
    }

    /** The decimals the value has (1340000000.00000000 from a database column has none), within bounds. */
    private static int decimals(BigDecimal value, int minDecimals) {
        int given = Decimals.decimals(value);
        return Math.max(minDecimals, Math.min(MAX_DECIMALS, given));
    }

    private static String fraction(int decimals) {
        return decimals == 0 ? "" : "." + "0".repeat(decimals);
    }

    private static String prefix(boolean approximate) {
        return approximate ? "\"约\"" : "";
    }

    private CellStyle headerStyle() {
        CellStyle style = boldStyle((short) 11);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private CellStyle boldStyle(short points) {
        Font font = workbook.createFont();
        font.setBold(true);
        font.setFontHeightInPoints(points);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    /** Blue and underlined, as Excel's own Hyperlink style. */
    private CellStyle linkStyle() {
        Font font = workbook.createFont();
        font.setUnderline(Font.U_SINGLE);
        font.setColor(IndexedColors.BLUE.getIndex());
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }
}
