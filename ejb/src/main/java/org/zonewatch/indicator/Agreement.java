package org.zonewatch.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether the articles that report an indicator for the same region and the same period (its days) agree. Two
 * figures from different articles that differ conflict; the same figure again corroborates it. An approximate
 * figure agrees with any figure that rounds to it (约4.6亿 with 4.62亿, 5万余 with 50,123). Figures without dated
 * period are never compared: nothing says they speak of the same time. Pure and thread-safe.
 */
public final class Agreement {

    /**
     * One reported figure, as far as agreement goes.
     *
     * @param periodStart null for a figure as of {@code periodEnd}
     */
    public record Figure(long factId, long articleId, String indicator, String region, LocalDate periodStart,
                         LocalDate periodEnd, BigDecimal value, BigDecimal valueMax, String unit, boolean approximate) {
    }

    /**
     * How a figure stands among the others.
     *
     * @param conflictsWith the facts of other articles that state a different figure, in id order
     * @param sourceCount   how many articles state this figure (itself included)
     */
    public record Standing(List<Long> conflictsWith, int sourceCount) {

        public static final Standing ALONE = new Standing(List.of(), 1);

        public boolean conflicting() {
            return !conflictsWith.isEmpty();
        }
    }

    private record Key(String indicator, String region, LocalDate periodStart, LocalDate periodEnd, String unit) {
    }

    private Agreement() {
    }

    /** The standing of each figure with a dated period, by fact id; a figure not in the map stands alone. */
    public static Map<Long, Standing> of(List<Figure> figures) {
        Map<Key, List<Figure>> byPeriod = new HashMap<>();
        for (Figure figure : figures) {
            if (figure.periodEnd() != null) {
                byPeriod.computeIfAbsent(new Key(figure.indicator(), figure.region(), figure.periodStart(),
                        figure.periodEnd(), figure.unit()), key -> new ArrayList<>()).add(figure);
            }
        }
        Map<Long, Standing> standings = new HashMap<>();
        byPeriod.values().forEach(same -> judge(same, standings));
        return standings;
    }

    /**
     * The standings of the figures of one indicator, region and period. Exact figures agree only with the same
     * value, so they are grouped by value first: a figure that hundreds of articles repeat costs one pass over them,
     * not a comparison of every pair. Approximate figures, which may agree with several values, are compared with
     * every other.
     */
    private static void judge(List<Figure> same, Map<Long, Standing> standings) {
        Map<Value, List<Figure>> exactByValue = new HashMap<>();
        List<Figure> approximate = new ArrayList<>();
        for (Figure figure : same) {
            if (figure.approximate()) {
                approximate.add(figure);
            } else {
                exactByValue.computeIfAbsent(Value.of(figure), value -> new ArrayList<>()).add(figure);
            }
        }
        for (Figure figure : approximate) {
            List<Long> conflicts = new ArrayList<>();
            Set<Long> sources = new HashSet<>();
            for (Figure other : same) {
                if (other.articleId() == figure.articleId()) {
                    continue;
                }
                if (agree(figure, other)) {
                    sources.add(other.articleId());
                } else {
                    conflicts.add(other.factId());
                }
            }
            standings.put(figure.factId(), standing(conflicts, sources.size() + 1));
        }
        for (List<Figure> equal : exactByValue.values()) {
            Set<Long> articles = new HashSet<>();
            equal.forEach(figure -> articles.add(figure.articleId()));
            for (Figure figure : equal) {
                List<Long> conflicts = new ArrayList<>();
                // The other articles that agree: those stating the same value (all of `articles` but its own), and
                // those whose approximate figure rounds to it.
                Set<Long> approximatelyAgreeing = new HashSet<>();
                for (Figure other : approximate) {
                    if (other.articleId() == figure.articleId()) {
                        continue;
                    }
                    if (!agree(figure, other)) {
                        conflicts.add(other.factId());
                    } else if (!articles.contains(other.articleId())) {
                        approximatelyAgreeing.add(other.articleId());
                    }
                }
                for (List<Figure> different : exactByValue.values()) {
                    if (different != equal) {
                        for (Figure other : different) {
                            if (other.articleId() != figure.articleId()) {
                                conflicts.add(other.factId());
                            }
                        }
                    }
                }
                standings.put(figure.factId(), standing(conflicts, articles.size() + approximatelyAgreeing.size()));
            }
        }
    }

    private static Standing standing(List<Long> conflicts, int sourceCount) {
        conflicts.sort(null);
        return new Standing(List.copyOf(conflicts), sourceCount);
    }

    /** An exact figure's value as agreement compares it: 1.5 and 1.50 are the same. */
    private record Value(BigDecimal value, BigDecimal valueMax) {

        static Value of(Figure figure) {
            return new Value(figure.value().stripTrailingZeros(),
                    figure.valueMax() == null ? null : figure.valueMax().stripTrailingZeros());
        }
    }

    static boolean agree(Figure a, Figure b) {
        return close(a.value(), a.approximate(), b.value(), b.approximate())
                && (a.valueMax() == null ? b.valueMax() == null
                        : b.valueMax() != null && close(a.valueMax(), a.approximate(), b.valueMax(), b.approximate()));
    }

    /** Equal, or equal once rounded to the precision of the approximate one(s). */
    private static boolean close(BigDecimal a, boolean aApproximate, BigDecimal b, boolean bApproximate) {
        if (a.compareTo(b) == 0) {
            return true;
        }
        if (!aApproximate && !bApproximate) {
            return false;
        }
        int scale = Math.min(aApproximate ? a.stripTrailingZeros().scale() : Integer.MAX_VALUE,
                bApproximate ? b.stripTrailingZeros().scale() : Integer.MAX_VALUE);
        return a.setScale(scale, RoundingMode.HALF_UP).compareTo(b.setScale(scale, RoundingMode.HALF_UP)) == 0;
    }

}
