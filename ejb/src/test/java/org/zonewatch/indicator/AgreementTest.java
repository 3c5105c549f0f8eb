package org.zonewatch.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgreementTest {

    private static final LocalDate Q1_START = LocalDate.of(2021, 1, 1);
    private static final LocalDate Q1_END = LocalDate.of(2021, 3, 31);

    private static Agreement.Figure figure(long factId, long articleId, String value, boolean approximate) {
        return new Agreement.Figure(factId, articleId, "FDI_UTILISED", "朝阳区", Q1_START, Q1_END,
                new BigDecimal(value), null, "美元", approximate);
    }

    @Test
    void differentFiguresOfTwoArticlesConflictBothWays() {
        Map<Long, Agreement.Standing> standings = Agreement.of(List.of(figure(1, 10, "1340000000", false),
                figure(2, 11, "1430000000", false)));
        assertEquals(List.of(2L), standings.get(1L).conflictsWith());
        assertEquals(List.of(1L), standings.get(2L).conflictsWith());
        assertEquals(1, standings.get(1L).sourceCount());
    }

    @Test
    void theSameFigureAgainIsCorroboration() {
        Map<Long, Agreement.Standing> standings = Agreement.of(List.of(figure(1, 10, "1340000000", false),
                figure(2, 11, "1340000000.00", false), figure(3, 12, "1340000000", false),
                figure(4, 13, "999", false)));
        assertEquals(3, standings.get(1L).sourceCount());
        assertEquals(List.of(4L), standings.get(1L).conflictsWith());
        assertEquals(List.of(1L, 2L, 3L), standings.get(4L).conflictsWith());
    }

    @Test
    void anApproximateFigureAgreesWithWhatRoundsToIt() {
        Map<Long, Agreement.Standing> standings = Agreement.of(List.of(figure(1, 10, "460000000", true),
                figure(2, 11, "462000000", false), figure(3, 12, "470000000", false)));
        assertEquals(List.of(3L), standings.get(1L).conflictsWith());
        assertEquals(2, standings.get(1L).sourceCount());
        assertEquals(List.of(3L), standings.get(2L).conflictsWith());
    }

    @Test
    void oneArticleNeverConflictsWithItselfAndOtherPeriodsOrRegionsAreNotCompared() {
        Agreement.Figure otherRegion = new Agreement.Figure(3, 12, "FDI_UTILISED", "海淀区", Q1_START, Q1_END,
                BigDecimal.ONE, null, "美元", false);
        Agreement.Figure otherPeriod = new Agreement.Figure(4, 13, "FDI_UTILISED", "朝阳区", Q1_START,
                LocalDate.of(2021, 6, 30), BigDecimal.TEN, null, "美元", false);
        Agreement.Figure undated = new Agreement.Figure(5, 14, "FDI_UTILISED", "朝阳区", null, null,
                BigDecimal.TEN, null, "美元", false);
        Map<Long, Agreement.Standing> standings = Agreement.of(List.of(figure(1, 10, "100", false),
                figure(2, 10, "200", false), otherRegion, otherPeriod, undated));
        assertFalse(standings.get(1L).conflicting());
        assertFalse(standings.get(3L).conflicting());
        assertFalse(standings.get(4L).conflicting());
        assertFalse(standings.containsKey(5L));
    }

    /**
     * Grouping exact figures by value is a shortcut, not a new rule: on random figures (repeated values, ranges,
     * approximate ones, several figures of one article, two periods and regions) every standing equals what comparing
     * every pair gives.
     */
    @Test
    void groupingByValueGivesWhatComparingEveryPairGives() {
        var random = new Random(11);
        String[] values = {"460000000", "462000000", "460000000.00", "470000000", "500000000", "1340000000"};
        for (int round = 0; round < 200; round++) {
            List<Agreement.Figure> figures = new ArrayList<>();
            int count = 1 + random.nextInt(40);
            for (long id = 1; id <= count; id++) {
                BigDecimal value = new BigDecimal(values[random.nextInt(values.length)]);
                BigDecimal valueMax = random.nextInt(6) == 0 ? value.add(BigDecimal.TEN) : null;
                figures.add(new Agreement.Figure(id, 100 + random.nextInt(count), "FDI_UTILISED",
                        random.nextBoolean() ? "朝阳区" : "海淀区", Q1_START, random.nextInt(4) == 0 ? Q1_START : Q1_END,
                        value, valueMax, "美元", random.nextInt(4) == 0));
            }
            assertEquals(everyPair(figures), Agreement.of(figures), figures.toString());
        }
    }

    /** The rule as written: every figure compared with every other of the same indicator, region and period. */
    private static Map<Long, Agreement.Standing> everyPair(List<Agreement.Figure> figures) {
        Map<Long, Agreement.Standing> standings = new HashMap<>();
        for (Agreement.Figure figure : figures) {
            List<Long> conflicts = new ArrayList<>();
            Set<Long> sources = new HashSet<>();
            for (Agreement.Figure other : figures) {
                boolean comparable = other.region().equals(figure.region())
                        && other.periodEnd().equals(figure.periodEnd()) && other.articleId() != figure.articleId();
                if (comparable && Agreement.agree(figure, other)) {
                    sources.add(other.articleId());
                } else if (comparable) {
                    conflicts.add(other.factId());
                }
            }
            conflicts.sort(null);
            standings.put(figure.factId(), new Agreement.Standing(List.copyOf(conflicts), sources.size() + 1));
        }
        return standings;
    }
}
