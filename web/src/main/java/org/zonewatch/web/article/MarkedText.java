package org.zonewatch.web.article;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.zonewatch.fact.extraction.TextSpan;

/**
 * An article's cleaned text as HTML with each fact marked where its quantity stands: a paragraph per line, a table
 * for TAB-separated rows (the first one its header), and {@code <mark class="fact">} around every fact's span, with
 * what its popover shows as {@code data-} attributes.
 * Every character of the text is escaped, so the result is safe to write unescaped. Each paragraph and cell carries
 * {@code data-offset}, where its text starts in the cleaned text, so a selection in the page maps back to a span.
 * Pure: no Faces, no container.
 */
public final class MarkedText {

    /**
     * A fact to mark.
     *
     * @param state   "" or a class for how it stands: corrected, rejected, added
     * @param details more {@code data-} attributes, by name without the prefix (metric, quantity…), in order
     */
    public record Mark(long factId, TextSpan span, BigDecimal value, String unit, String state,
                       Map<String, String> details) {
    }

    private MarkedText() {
    }

    public static String html(String text, List<Mark> marks) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        List<Mark> ordered = marks.stream()
                .filter(mark -> mark.span() != null && mark.span().end() <= text.length()
                        && mark.span().end() > mark.span().start())
                .sorted(Comparator.comparingInt((Mark mark) -> mark.span().start()).thenComparingLong(Mark::factId))
                .toList();
        var html = new StringBuilder(text.length() * 2);
        String[] lines = text.split("\n", -1);
        int lineStart = 0;
        boolean inTable = false;
        for (String line : lines) {
            boolean row = line.indexOf('\t') >= 0;
            if (row && !inTable) {
                html.append("<table class=\"zw-text-table\">");
            } else if (!row && inTable) {
                html.append("</table>");
            }
            if (row) {
                String cell = inTable ? "td" : "th";
                html.append("<tr>");
                int cellStart = lineStart;
                for (String value : line.split("\t", -1)) {
                    html.append('<').append(cell).append(" data-offset=\"").append(cellStart).append("\">");
                    segment(text, cellStart, cellStart + value.length(), ordered, html);
                    html.append("</").append(cell).append('>');
                    cellStart += value.length() + 1;
                }
                html.append("</tr>");
            } else {
                html.append("<p data-offset=\"").append(lineStart).append("\">");
                segment(text, lineStart, lineStart + line.length(), ordered, html);
                html.append("</p>");
            }
            inTable = row;
            lineStart += line.length() + 1;
        }
        if (inTable) {
            html.append("</table>");
        }
        return html.toString();
    }

    /** Writes text[from, to) with the marks that lie wholly inside it; an overlapping mark is left out. */
    private static void segment(String text, int from, int to, List<Mark> marks, StringBuilder html) {
        int position = from;
        for (Mark mark : inside(marks, from, to)) {
            if (mark.span().start() < position) {
                continue;
            }
            escape(text, position, mark.span().start(), html);
            html.append("<mark class=\"fact").append(mark.state().isEmpty() ? "" : " " + mark.state())
                    .append("\" id=\"fact-").append(mark.factId())
                    .append("\" tabindex=\"0\" data-fact-id=\"").append(mark.factId())
                    .append("\" data-value=\"").append(mark.value() == null ? "" : mark.value().toPlainString())
                    .append("\" data-unit=\"");
            escape(mark.unit() == null ? "" : mark.unit(), html);
            mark.details().forEach((name, value) -> {
                html.append("\" data-").append(name).append("=\"");
                escape(value == null ? "" : value, html);
            });
            html.append("\">");
            escape(text, mark.span().start(), mark.span().end(), html);
            html.append("</mark>");
            position = mark.span().end();
        }
        escape(text, position, to, html);
    }

    private static List<Mark> inside(List<Mark> marks, int from, int to) {
        List<Mark> inside = new ArrayList<>();
        for (Mark mark : marks) {
            if (mark.span().start() >= from && mark.span().end() <= to) {
                inside.add(mark);
            }
        }
        return inside;
    }

    private static void escape(String text, StringBuilder html) {
        escape(text, 0, text.length(), html);
    }

    private static void escape(String text, int from, int to, StringBuilder html) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
