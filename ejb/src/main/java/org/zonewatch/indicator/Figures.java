package org.zonewatch.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/** The stored figures agreement is judged on: the facts of the given indicators whose period has days, not rejected. */
public final class Figures {

    private Figures() {
    }

    private static final String FIGURES = "select f.id, a.id, a.region, f.periodStart, f.periodEnd, f.value,"
            + " f.valueMax, f.unit, f.approximate, f.indicatorCode from Fact f join f.article a"
            + " where f.periodEnd is not null and f.rejected = false";

    /** Each such fact's standing among the others, by fact id (see {@link Agreement}). */
    public static Map<Long, Agreement.Standing> standings(EntityManager em, Collection<String> indicatorCodes) {
        return standings(em.createQuery(FIGURES + " and f.indicatorCode in :codes", Object[].class)
                .setParameter("codes", indicatorCodes));
    }

    /**
     * The standings of the indicator's facts whose periods end on the given days: only figures for the same days can
     * agree or conflict, so a page of observations needs no more than these.
     */
    public static Map<Long, Agreement.Standing> standings(EntityManager em, String indicatorCode,
                                                          Collection<LocalDate> periodEnds) {
        if (periodEnds.isEmpty()) {
            return Map.of();
        }
        return standings(em.createQuery(FIGURES + " and f.indicatorCode = :code and f.periodEnd in :ends",
                        Object[].class)
                .setParameter("code", indicatorCode)
                .setParameter("ends", periodEnds));
    }

    private static Map<Long, Agreement.Standing> standings(TypedQuery<Object[]> figures) {
        return Agreement.of(figures.getResultStream()
                .map(row -> new Agreement.Figure((Long) row[0], (Long) row[1], (String) row[9], (String) row[2],
                        (LocalDate) row[3], (LocalDate) row[4], (BigDecimal) row[5], (BigDecimal) row[6],
                        (String) row[7], (Boolean) row[8]))
                .toList());
    }
}
