package org.zonewatch.fact.extraction;

import java.util.ArrayList;
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

    public List<ExtractedFact> extract(String cleanedText) {
        List<ExtractedFact> facts = new ArrayList<>();
        if (cleanedText == null || cleanedText.isEmpty()) {
            return facts;
        }
        String[] lines = cleanedText.split("\n");
        int i = 0;
        while (i < lines.length) {
            if (lines[i].indexOf('\t') >= 0) {
                List<String> table = new ArrayList<>();
                while (i < lines.length && lines[i].indexOf('\t') >= 0) {
                    table.add(lines[i++]);
                }
                tables.read(table, facts);
            } else {
                prose.read(lines[i++], facts);
            }
        }
        return Repeats.labelled(facts);
    }
}
