package org.zonewatch.web.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zonewatch.fact.extraction.TextSpan;

class MarkedTextTest {

    private static MarkedText.Mark mark(long id, int start, int end, String value, String unit) {
        return new MarkedText.Mark(id, new TextSpan(start, end), new BigDecimal(value), unit, "", Map.of());
    }

    @Test
    void marksTheQuantityWhereItStands() {
        String text = "新设外资企业563家，增长55%。";
        String html = MarkedText.html(text, List.of(mark(7, 6, 10, "563", "家")));
        assertEquals("<p data-offset=\"0\">新设外资企业<mark class=\"fact\" id=\"fact-7\" tabindex=\"0\" data-fact-id=\"7\""
                + " data-value=\"563\" data-unit=\"家\">563家</mark>，增长55%。</p>", html);
    }

    @Test
    void aMarkCarriesWhatItsPopoverShowsEscaped() {
        var details = new java.util.LinkedHashMap<String, String>();
        details.put("metric", "\"三单\"<清单>");
        details.put("quantity", "13.40亿美元");
        String html = MarkedText.html("实际利用外资13.4亿美元", List.of(new MarkedText.Mark(3, new TextSpan(6, 13),
                new BigDecimal("1340000000"), "美元", "corrected", details)));
        assertTrue(html.contains("<mark class=\"fact corrected\" id=\"fact-3\" tabindex=\"0\" data-fact-id=\"3\""
                + " data-value=\"1340000000\" data-unit=\"美元\" data-metric=\"&quot;三单&quot;&lt;清单&gt;\""
                + " data-quantity=\"13.40亿美元\">13.4亿美元</mark>"), html);
    }

    @Test
    void offsetsCountAcrossLinesAndTableCells() {
        String text = "导语\n区域\t进出口额\n东区\t5230万元";
        String html = MarkedText.html(text, List.of(mark(1, 15, 20, "2300000", "元")));
        assertTrue(html.startsWith("<p data-offset=\"0\">导语</p><table class=\"zw-text-table\"><tr><th data-offset=\"3\">区域</th>"
                + "<th data-offset=\"6\">进出口额</th></tr><tr><td data-offset=\"11\">东区</td><td data-offset=\"14\">"), html);
        assertTrue(html.contains("<td data-offset=\"14\">5<mark"), "the mark starts inside the cell: " + html);
        assertTrue(html.endsWith("230万元</mark></td></tr></table>"), html);
    }

    @Test
    void everythingIsEscapedAndMarksNeverCrossALine() {
        String text = "R&D <b>投入</b> 5亿元\n下一行";
        String html = MarkedText.html(text, List.of(mark(1, 14, 18, "500000000", "元"), mark(2, 16, 20, "1", "个")));
        assertTrue(html.contains("R&amp;D &lt;b&gt;投入&lt;/b&gt; "), html);
        assertFalse(html.contains("<b>"), html);
        assertFalse(html.contains("fact-2\""), "a span across the line break is not marked: " + html);
    }

    @Test
    void overlappingAndOutOfRangeSpansAreLeftOut() {
        String text = "约13.4亿美元";
        String html = MarkedText.html(text, List.of(mark(1, 0, 8, "1340000000", "美元"), mark(2, 1, 5, "13.4", "亿"),
                mark(3, 5, 40, "1", "个")));
        assertEquals(1, html.split("<mark", -1).length - 1, html);
        assertTrue(html.contains("id=\"fact-1\""), html);
    }
}
