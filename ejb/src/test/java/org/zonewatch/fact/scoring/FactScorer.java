package org.zonewatch.fact.scoring;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.zonewatch.fact.extraction.ExtractedFact;

/**
 * Scores one article's predicted facts against its gold facts exactly as SPEC §7 (and the reference
 * score.py) does: normalisation §7.1, fit §7.3, greedy assignment §7.4, counts §7.5.
 */
public final class FactScorer {

    private static final String QUOTES = "“”‘’\"'「」";
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-6");

    private FactScorer() {
    }

    public static ArticleScore score(List<GoldFact> gold, List<ExtractedFact> predicted) {
        boolean[] used = new boolean[predicted.size()];
        int requiredGold = 0;
        int requiredMatched = 0;
        int pairs = 0;
        int agreeing = 0;
        List<String> misses = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        for (GoldFact g : gold) {
            int firstFit = -1;
            int firstAgreeing = -1;
            for (int i = 0; i < predicted.size(); i++) {
                if (used[i] || !fits(g, predicted.get(i))) {
                    continue;
                }
                if (firstFit < 0) {
                    firstFit = i;
                }
                if (attributesAgree(g, predicted.get(i))) {
                    firstAgreeing = i;
                    break;
                }
            }
            int pick = firstAgreeing >= 0 ? firstAgreeing : firstFit;
            if (!g.optional()) {
                requiredGold++;
            }
            if (pick < 0) {
                if (!g.optional()) {
                    misses.add(g.toString());
                }
                continue;
            }
            used[pick] = true;
            pairs++;
            if (!g.optional()) {
                requiredMatched++;
            }
            if (attributesAgree(g, predicted.get(pick))) {
                agreeing++;
            } else {
                disagreements.add(g.metric() + ": " + difference(g, predicted.get(pick)));
            }
        }
        int fitting = 0;
        List<String> spurious = new ArrayList<>();
        for (ExtractedFact p : predicted) {
            if (gold.stream().anyMatch(g -> fits(g, p))) {
                fitting++;
            } else {
                spurious.add(p.metric() + "=" + p.value().toPlainString() + p.unit());
            }
        }
        return new ArticleScore(requiredGold, requiredMatched, predicted.size(), fitting, pairs, agreeing, misses,
                spurious, disagreements);
    }

    /** NFKC, then whitespace and quotation marks removed (SPEC §7.1). */
    public static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(n.length());
        n.codePoints().filter(c -> !Character.isWhitespace(c) && !isPythonSpace(c) && QUOTES.indexOf(c) < 0)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Python's str.isspace() also counts these, which Java's isWhitespace does not. */
    private static boolean isPythonSpace(int c) {
        return c == 0x00a0 || c == 0x2007 || c == 0x202f || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x1f
                || c == 0x85;
    }

    static boolean fits(GoldFact g, ExtractedFact p) {
        return norm(p.unit()).equals(norm(g.unit())) && close(p.value(), g.value())
                && norm(p.metric()).contains(norm(g.key()));
    }

    static boolean attributesAgree(GoldFact g, ExtractedFact p) {
        return g.approximate() == p.approximate() && close(p.valueMax(), g.valueMax())
                && close(p.changePct(), g.changePct()) && close(p.sharePct(), g.sharePct())
                && close(p.baseline(), g.baseline());
    }

    /** Both null, or |p − g| ≤ 1e-6 × max(1, |g|). */
    private static boolean close(BigDecimal p, BigDecimal g) {
        if (p == null || g == null) {
            return p == null && g == null;
        }
        return p.subtract(g).abs().compareTo(TOLERANCE.multiply(g.abs().max(BigDecimal.ONE))) <= 0;
    }

    private static String difference(GoldFact g, ExtractedFact p) {
        List<String> parts = new ArrayList<>();
        if (g.approximate() != p.approximate()) {
            parts.add("approximate " + p.approximate() + "!=" + g.approximate());
        }
        addIfDifferent(parts, "valueMax", p.valueMax(), g.valueMax());
        addIfDifferent(parts, "changePct", p.changePct(), g.changePct());
        addIfDifferent(parts, "sharePct", p.sharePct(), g.sharePct());
        addIfDifferent(parts, "baseline", p.baseline(), g.baseline());
        return String.join(",", parts);
    }

    private static void addIfDifferent(List<String> parts, String name, BigDecimal p, BigDecimal g) {
        if (!close(p, g)) {
            parts.add(name + " " + p + "!=" + g);
        }
    }
}
