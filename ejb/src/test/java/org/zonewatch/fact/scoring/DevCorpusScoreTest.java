package org.zonewatch.fact.scoring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.zonewatch.fact.corpus.Corpus;
import org.zonewatch.fact.extraction.ExtractedFact;
import org.zonewatch.fact.extraction.FactExtractor;

/** Runs the extractor over the development corpus and scores it with SPEC §7. */
class DevCorpusScoreTest {

    private final FactExtractor extractor = new FactExtractor();

    @Test
    void meetsTheCorpusThresholds() {
        ArticleScore total = ArticleScore.empty();
        for (String stem : Corpus.STEMS) {
            List<ExtractedFact> predicted = extractor.extract(Corpus.cleanedText(stem));
            ArticleScore article = FactScorer.score(GoldFiles.facts(Corpus.goldJson(stem)), predicted);
            report(stem, article);
            total = total.plus(article);
        }
        System.out.printf(Locale.ROOT, "corpus: gold=%d recall=%.4f precision=%.4f attr_acc=%.4f (predicted=%d pairs=%d)%n",
                total.requiredGold(), total.recall(), total.precision(), total.attributeAccuracy(), total.predicted(),
                total.pairs());
        assertTrue(total.recall() >= 0.97, "recall " + total.recall());
        assertTrue(total.precision() >= 0.95, "precision " + total.precision());
        assertTrue(total.attributeAccuracy() >= 0.95, "attribute accuracy " + total.attributeAccuracy());
    }

    /** SPEC §5.15: metrics are read in the UI and in Excel reports, so they must be short labels. */
    @Test
    void metricsAreConcise() {
        List<Integer> lengths = Corpus.STEMS.stream()
                .flatMap(stem -> extractor.extract(Corpus.cleanedText(stem)).stream())
                .map(fact -> fact.metric().length()).sorted().toList();
        int median = lengths.get(lengths.size() / 2);
        int max = lengths.get(lengths.size() - 1);
        System.out.printf(Locale.ROOT, "metrics: %d, length median=%d max=%d%n", lengths.size(), median, max);
        assertTrue(lengths.get(0) > 0, "a metric is empty");
        assertTrue(median <= 7, "median metric length " + median);
        assertTrue(max <= 18, "longest metric " + max);
    }

    private static void report(String stem, ArticleScore s) {
        if (s.misses().isEmpty() && s.spurious().isEmpty() && s.disagreements().isEmpty()) {
            return;
        }
        System.out.println(stem + ":");
        if (!s.misses().isEmpty()) {
            System.out.println("    missed: " + String.join("; ", s.misses()));
        }
        if (!s.spurious().isEmpty()) {
            System.out.println("    spurious: " + String.join("; ", s.spurious()));
        }
        if (!s.disagreements().isEmpty()) {
            System.out.println("    attributes: " + String.join("; ", s.disagreements()));
        }
    }
}
