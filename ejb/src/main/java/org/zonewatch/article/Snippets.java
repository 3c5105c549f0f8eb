package org.zonewatch.article;

import java.util.List;

/**
 * The snippet of a search hit, as HTML: the highlighted passage of the text, or else the highlighted title (the
 * words matched only there), or else the start of the text. The highlighter escapes its passages itself.
 */
final class Snippets {

    private Snippets() {
    }

    static String choose(List<String> inText, List<String> inTitle, String text, int length) {
        if (!inText.isEmpty()) {
            return inText.get(0);
        }
        if (!inTitle.isEmpty()) {
            return inTitle.get(0);
        }
        int end = text.offsetByCodePoints(0, Math.min(length, text.codePointCount(0, text.length())));
        return escape(text.substring(0, end)) + (end < text.length() ? "…" : "");
    }

    static String escape(String text) {
        var html = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#x27;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}
