package org.zonewatch.article;

import java.util.List;

/**
 * The snippet of a search hit, as escaped HTML with {@code <mark>} around the search words: a passage of the text
 * around the first word found, or else the title (the words matched only there), or else the start of the text.
 *
 * <p>Made here rather than by Hibernate Search's highlighter: WildFly 39's Lucene module lacks
 * lucene-highlighter, so the highlight projection fails there (README, "Search"). Words are found as the index
 * finds them: full-width Latin letters and digits folded to plain ones, upper case to lower, one character for
 * one, so positions in the folded text are positions in the text.
 */
final class Snippets {

    /** Text shown before the first match, so it is read in context. */
    private static final int LEAD = 20;

    private Snippets() {
    }

    static String of(List<String> words, String title, String text, int length) {
        List<String> folded = words.stream().map(Snippets::fold).toList();
        String foldedText = fold(text);
        int first = -1;
        for (String word : folded) {
            int at = foldedText.indexOf(word);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        if (first >= 0) {
            int start = boundary(text, Math.max(0, first - LEAD));
            int end = boundary(text, Math.min(text.length(), start + length));
            return (start > 0 ? "…" : "") + marked(text, foldedText, folded, start, end)
                    + (end < text.length() ? "…" : "");
        }
        String foldedTitle = fold(title);
        if (folded.stream().anyMatch(foldedTitle::contains)) {
            return marked(title, foldedTitle, folded, 0, title.length());
        }
        int end = boundary(text, Math.min(text.length(), length));
        return escape(text.substring(0, end)) + (end < text.length() ? "…" : "");
    }

    /** {@code text} from start to end, escaped, each occurrence of a word (the longest at a place) marked. */
    private static String marked(String text, String folded, List<String> words, int start, int end) {
        var html = new StringBuilder();
        int i = start;
        while (i < end) {
            int match = 0;
            for (String word : words) {
                if (word.length() > match && i + word.length() <= end && folded.startsWith(word, i)) {
                    match = word.length();
                }
            }
            if (match > 0) {
                html.append("<mark>").append(escape(text.substring(i, i + match))).append("</mark>");
                i += match;
            } else {
                html.append(escape(text.substring(i, i + 1)));
                i++;
            }
        }
        return html.toString();
    }

    /** Moves a cut off the middle of a surrogate pair. */
    private static int boundary(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
    }

    static String fold(String text) {
        var folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Full-width forms of ASCII (！ to ～), as Lucene's CJK width filter folds them.
            if (c >= '\uff01' && c <= '\uff5e') {
                c = (char) (c - 0xfee0);
            }
            folded.append(Character.toLowerCase(c));
        }
        return folded.toString();
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
