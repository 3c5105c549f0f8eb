package org.zonewatch.fact.scoring;

import java.util.List;

/**
 * The counts of SPEC §7.5 for one article (or summed over a corpus) and what went wrong.
 *
 * @param requiredGold      non-optional gold facts
 * @param requiredMatched   non-optional gold facts that were assigned a prediction
 * @param predicted         all predictions
 * @param predictedFitting  predictions that fit at least one gold fact
 * @param pairs             assigned pairs
 * @param pairsAgreeing     assigned pairs whose attributes agree
 */
public record ArticleScore(int requiredGold, int requiredMatched, int predicted, int predictedFitting, int pairs,
        int pairsAgreeing, List<String> misses, List<String> spurious, List<String> disagreements) {

    public double recall() {
        return ratio(requiredMatched, requiredGold);
    }

    public double precision() {
        return ratio(predictedFitting, predicted);
    }

    public double attributeAccuracy() {
        return ratio(pairsAgreeing, pairs);
    }

    public ArticleScore plus(ArticleScore other) {
        return new ArticleScore(requiredGold + other.requiredGold, requiredMatched + other.requiredMatched,
                predicted + other.predicted, predictedFitting + other.predictedFitting, pairs + other.pairs,
                pairsAgreeing + other.pairsAgreeing, concat(misses, other.misses), concat(spurious, other.spurious),
                concat(disagreements, other.disagreements));
    }

    public static ArticleScore empty() {
        return new ArticleScore(0, 0, 0, 0, 0, 0, List.of(), List.of(), List.of());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** A ratio with a zero denominator counts as 1.0 (SPEC §7.5). */
    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 1.0 : (double) numerator / denominator;
    }
}
