package org.zonewatch.fact.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Extracts the quantitative facts of an article's cleaned text (SPEC §5), in order of appearance.
 * Immutable and thread-safe: one instance can serve every request.
 */
public final class FactExtractor {

    private final ProseReader prose;
    private final TableReader tables;

    public FactExtractor() {
        QuantityScanner scanner = new QuantityScanner();
        this.prose = new ProseReader(scanner);
        this.tables = new TableReader(scanner);
    }

    /** The facts of the text, in order of appearance. */
    public List<ExtractedFact> extract(String cleanedText) {
        return read(cleanedText).facts();
    }

    /** The facts of the text, and the numbers it holds that could not be read whole, without a time limit. */
    public Extraction read(String cleanedText) {
        return read(cleanedText, Budget.UNLIMITED);
    }

    /**
     * The facts of the text, and the numbers it holds that could not be read whole.
     *
     * @throws BudgetSpentException when the budget is spent before the end of the text
     */
    public Extraction read(String cleanedText, Budget budget) {
        List<ExtractedFact> facts = new ArrayList<>();
        List<UnreadableNumber> unreadable = new ArrayList<>();
        if (cleanedText == null || cleanedText.isEmpty()) {
            return new Extraction(facts, unreadable);
        }
        String[] lines = cleanedText.split("\n");
        int[] lineStarts = new int[lines.length];
        for (int k = 1; k < lines.length; k++) {
            lineStarts[k] = lineStarts[k - 1] + lines[k - 1].length() + 1;
        }
        int i = 0;
        while (i < lines.length) {
            budget.check();
            if (lines[i].indexOf('\t') >= 0) {
                int first = i;
                while (i < lines.length && lines[i].indexOf('\t') >= 0) {
                    i++;
                }
                // a view of the lines: a copy of them all for each table made a text of many tables quadratic
                tables.read(Arrays.asList(lines).subList(first, i), lineStarts[first], facts, unreadable, budget);
            } else {
                prose.read(lines[i], lineStarts[i], facts, unreadable, budget);
                i++;
            }
        }
        return new Extraction(Repeats.labelled(facts), unreadable);
    }
}
