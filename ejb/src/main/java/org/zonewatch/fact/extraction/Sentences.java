package org.zonewatch.fact.extraction;

/**
 * Where sentences end in the cleaned text, and the sentence a fact is read from: a prose sentence (up to and with
 * its 。！？), stripped, or a table row as it stands. Text that runs on without 。！？ is read in windows of a bounded
 * length, and of a longer row only its start is given.
 */
public final class Sentences {

    static final String MARKS = "。！？!?";
    static final String CLAUSE_MARKS = "，,；;：:";
    /** The clause marks that end an item of a list (一是…；二是…), where an over-long sentence is best cut. */
    private static final String ITEM_MARKS = "；;";

    /**
     * The longest sentence, in characters (real ones are a few hundred at most). Text that runs on longer without
     * 。！？ is read in windows of at most this length, as if each were a sentence, cut after its last ；, or failing
     * that its last clause mark, or failing that at the limit: without an end, every fact of a megabyte line kept
     * all of it as its sentence, more than a stored fact's sentence holds (fact.sentence, 4000 characters).
     */
    static final int MAX_LENGTH = 2000;

    /**
     * How far before a number its words are read, in characters, when its clause is longer: real clauses are far
     * shorter, and the words before a number are read again for each of its figures, so this bounds the work a
     * number costs however long a text runs on without punctuation.
     */
    static final int MAX_CLAUSE = 200;

    private Sentences() {
    }

    /** The end (exclusive) of the sentence of {@code line} that starts at {@code from}. */
    static int end(String line, int from) {
        int limit = Math.min(line.length(), from + MAX_LENGTH);
        int itemEnd = -1;
        int clauseEnd = -1;
        for (int i = from; i < limit; i++) {
            char c = line.charAt(i);
            if (MARKS.indexOf(c) >= 0) {
                return i + 1;
            }
            if (ITEM_MARKS.indexOf(c) >= 0) {
                itemEnd = i + 1;
            }
            if (CLAUSE_MARKS.indexOf(c) >= 0) {
                clauseEnd = i + 1;
            }
        }
        if (limit == line.length()) {
            return limit;
        }
        return itemEnd >= 0 ? itemEnd : clauseEnd >= 0 ? clauseEnd : limit;
    }

    /**
     * A table row as the sentence of its facts: as it stands, or its first {@link #MAX_LENGTH} characters, which
     * hold its label, when it is longer.
     */
    static String row(String line) {
        return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH);
    }

    /** The sentence that holds the start of {@code span}, worded as the extractor words a fact's sentence. */
    public static String around(String text, TextSpan span) {
        int lineStart = text.lastIndexOf('\n', span.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', span.start());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        if (line.indexOf('\t') >= 0) {
            return row(line);
        }
        int at = span.start() - lineStart;
        int start = 0;
        for (int i = at - 1; i >= 0; i--) {
            if (MARKS.indexOf(line.charAt(i)) >= 0) {
                start = i + 1;
                break;
            }
        }
        int end = end(line, start);
        while (end <= at && end < line.length()) {
            start = end; // the next window of an over-long sentence
            end = end(line, start);
        }
        return line.substring(start, end).strip();
    }
}
