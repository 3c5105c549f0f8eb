package org.zonewatch.fact.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * A megabyte on one line (issue 10): text that runs on without 。！？ is read in windows of a bounded length, and
 * nothing is lost or read differently for it. Not timed: {@code org.zonewatch.bench.ExtractionScaling} measures how
 * the time grows with the text.
 */
class LongLineTest {

    private static final int BYTES = 1024 * 1024;

    private final FactExtractor extractor = new FactExtractor();

    @Test
    void aMegabyteOfSentencesGivesEveryFactOnce() {
        String text = line(i -> "全区新设外资企业" + i + "家。");
        List<ExtractedFact> facts = checkedFacts(text);
        String metric = extractor.extract("全区新设外资企业1家。").get(0).metric();
        for (int k = 0; k < facts.size(); k++) {
            assertEquals(metric, facts.get(k).metric());
            assertEquals("全区新设外资企业" + (k + 1) + "家。", facts.get(k).sentence());
        }
    }

    @Test
    void aMegabyteSentenceOfClausesIsReadClauseByClauseAsAShortOne() {
        String text = line(i -> "新设外资企业" + i + "家，增长" + i + "%；");
        List<ExtractedFact> facts = checkedFacts(text);
        ExtractedFact alone = extractor.extract("新设外资企业1家，增长1%；").get(0);
        for (int k = 0; k < facts.size(); k++) {
            ExtractedFact fact = facts.get(k);
            assertEquals(alone.metric(), fact.metric());
            assertNumber(k + 1, fact.changePct());
            assertTrue(fact.sentence().contains("新设外资企业" + (k + 1) + "家，增长" + (k + 1) + "%；"), fact::sentence);
        }
    }

    @Test
    void aMegabyteWithoutPunctuationLosesNoNumberWhereItIsCut() {
        checkedFacts(line(i -> "新设外资企业" + i + "家"));
    }

    @Test
    void aMegabyteTableRowGivesEveryCell() {
        int cells = 50_000;
        StringBuilder header = new StringBuilder("指标");
        StringBuilder row = new StringBuilder("企业数");
        for (int i = 1; i <= cells; i++) {
            header.append("\t企业（家）");
            row.append('\t').append(i);
        }
        List<ExtractedFact> facts = extractor.extract(header + "\n" + row);
        assertEquals(cells, facts.size());
        for (int k = 0; k < cells; k++) {
            assertNumber(k + 1, facts.get(k).value());
            assertEquals("企业数", facts.get(k).metric());
            assertEquals(Sentences.MAX_LENGTH, facts.get(k).sentence().length());
        }
    }

    /** A line of about a megabyte (UTF-8) of the clauses for 1, 2, 3… */
    private static String line(IntFunction<String> clause) {
        StringBuilder line = new StringBuilder();
        int bytes = 0;
        for (int i = 1; bytes < BYTES; i++) {
            String next = clause.apply(i);
            line.append(next);
            bytes += next.getBytes(StandardCharsets.UTF_8).length;
        }
        return line.toString();
    }

    /**
     * The facts of a line of clauses for 1, 2, 3…, each in 家 with its number: one per clause, in order, where the
     * number is written, and each with a sentence of a bounded length, the one an editor marking it would get.
     */
    private List<ExtractedFact> checkedFacts(String text) {
        List<ExtractedFact> facts = extractor.extract(text).stream().filter(fact -> fact.unit().equals("家")).toList();
        int clauses = text.split("家", -1).length - 1;
        assertEquals(clauses, facts.size());
        for (int k = 0; k < facts.size(); k++) {
            ExtractedFact fact = facts.get(k);
            assertNumber(k + 1, fact.value());
            assertEquals((k + 1) + "家", text.substring(fact.span().start(), fact.span().end()));
            assertTrue(fact.sentence().length() <= Sentences.MAX_LENGTH, () -> fact.sentence().length() + " chars");
            // around() reads all of the line again: asked where windows are cut, and for a sample elsewhere
            boolean cut = !fact.sentence().endsWith("。") && (k == 0 || k == facts.size() - 1
                    || !facts.get(k - 1).sentence().equals(fact.sentence())
                    || !facts.get(k + 1).sentence().equals(fact.sentence()));
            if (cut || k % 1000 == 0) {
                assertEquals(fact.sentence(), Sentences.around(text, fact.span()));
            }
        }
        return facts;
    }

    private static void assertNumber(int expected, BigDecimal actual) {
        assertTrue(actual != null && actual.compareTo(BigDecimal.valueOf(expected)) == 0,
                () -> "expected " + expected + " but was " + actual);
    }
}
