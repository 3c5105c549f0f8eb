package org.zonewatch.fact.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.zonewatch.fact.corpus.Corpus;
import org.zonewatch.fact.corpus.Resources;
import org.zonewatch.fact.extraction.ExtractedFact;
import org.zonewatch.fact.extraction.FactExtractor;

/**
 * The extractor on sentences it was not tuned to: {@code sentences/official-writing.txt}, in the forms of issue 9
 * and of official reporting, each scored as an article of its own with SPEC §7 and summed.
 */
class SentenceSetTest {

    private static final String SET = "sentences/official-writing.txt";
    private static final String NUMERAL_CHARS = "0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿"
            + "壹贰叁肆伍陆柒捌玖拾佰仟萬億兩貳參陸";

    private final FactExtractor extractor = new FactExtractor();

    record Sentence(String text, List<GoldFact> gold) {
    }

    static List<Sentence> sentences() {
        List<Sentence> sentences = new ArrayList<>();
        for (String line : Resources.text(SET).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!line.startsWith(" ")) {
                sentences.add(new Sentence(line, new ArrayList<>()));
                continue;
            }
            sentences.get(sentences.size() - 1).gold().add(fact(line.strip()));
        }
        return sentences;
    }

    /** {@code key | value[..max] unit | attributes}. */
    private static GoldFact fact(String line) {
        String[] parts = line.split("\\|");
        String key = parts[0].strip();
        String[] quantity = parts[1].strip().split(" ");
        String[] range = quantity[0].split("\\.\\.");
        List<String> attributes = parts.length > 2 ? List.of(parts[2].strip().split(" +")) : List.of();
        return new GoldFact(key, key, new BigDecimal(range[0]), range.length > 1 ? new BigDecimal(range[1]) : null,
                quantity[1], attributes.contains("~"), attribute(attributes, "chg"), attribute(attributes, "share"),
                attribute(attributes, "base"), attributes.contains("opt"));
    }

    private static BigDecimal attribute(List<String> attributes, String name) {
        int at = attributes.indexOf(name);
        return at < 0 ? null : new BigDecimal(attributes.get(at + 1));
    }

    @Test
    void scoresOnSentencesItWasNotTunedTo() {
        List<Sentence> sentences = sentences();
        ArticleScore total = ArticleScore.empty();
        for (Sentence sentence : sentences) {
            ArticleScore score = FactScorer.score(sentence.gold(), extractor.extract(sentence.text()));
            if (!score.misses().isEmpty() || !score.spurious().isEmpty() || !score.disagreements().isEmpty()) {
                System.out.println(sentence.text() + "\n    missed: " + score.misses() + "\n    spurious: "
                        + score.spurious() + "\n    attributes: " + score.disagreements());
            }
            total = total.plus(score);
        }
        System.out.printf(Locale.ROOT, "sentence set: sentences=%d gold=%d recall=%.4f precision=%.4f attr_acc=%.4f"
                        + " (predicted=%d pairs=%d)%n", sentences.size(), total.requiredGold(), total.recall(),
                total.precision(), total.attributeAccuracy(), total.predicted(), total.pairs());
        assertTrue(sentences.size() >= 200, "sentences " + sentences.size());
        assertTrue(total.recall() >= 0.95, "recall " + total.recall());
        assertTrue(total.precision() >= 0.95, "precision " + total.precision());
        assertTrue(total.attributeAccuracy() >= 0.95, "attribute accuracy " + total.attributeAccuracy());
    }

    /**
     * No fact is a fragment of the number in the text: a fact's span never starts or ends inside a numeral, in the
     * sentence set and in the dev corpus.
     */
    @Test
    void noFactIsAFragmentOfANumber() {
        List<String> texts = new ArrayList<>(sentences().stream().map(Sentence::text).toList());
        Corpus.STEMS.forEach(stem -> texts.add(Corpus.cleanedText(stem)));
        List<String> fragments = new ArrayList<>();
        for (String text : texts) {
            for (ExtractedFact fact : extractor.extract(text)) {
                int start = fact.span().start();
                int end = fact.span().end();
                boolean cutBefore = start > 0 && (continuesNumeral(text.charAt(start - 1))
                        || (start > 1 && ",，. ．点".indexOf(text.charAt(start - 1)) >= 0
                        && Character.isDigit(text.charAt(start - 2))));
                boolean cutAfter = end < text.length() && Character.isDigit(text.charAt(end));
                if (cutBefore || cutAfter) {
                    fragments.add(text.substring(Math.max(0, start - 5), Math.min(text.length(), end + 5)) + " → "
                            + fact);
                }
            }
        }
        assertEquals(List.of(), fragments);
    }

    private static boolean continuesNumeral(char c) {
        return NUMERAL_CHARS.indexOf(c) >= 0;
    }
}
