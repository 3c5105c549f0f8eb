package org.zonewatch.fact.extraction;

/**
 * Where sentences end in the cleaned text, and the sentence a fact is read from: a prose sentence (up to and with
 * its 。！？), stripped, or a table row as it stands.
 */
public final class Sentences {

    static final String MARKS = "。！？!?";

    private Sentences() {
    }

    /** The end (exclusive) of the sentence of {@code line} that starts at {@code from}. */
    static int end(String line, int from) {
        for (int i = from; i < line.length(); i++) {
            if (MARKS.indexOf(line.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return line.length();
    }

    /** The sentence that holds the start of {@code span}, worded as the extractor words a fact's sentence. */
    public static String around(String text, TextSpan span) {
        int lineStart = text.lastIndexOf('\n', span.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', span.start());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        if (line.indexOf('\t') >= 0) {
            return line;
        }
        int at = span.start() - lineStart;
        int start = 0;
        for (int i = at - 1; i >= 0; i--) {
            if (MARKS.indexOf(line.charAt(i)) >= 0) {
                start = i + 1;
                break;
            }
        }
        return line.substring(start, end(line, start)).strip();
    }
}
