package org.zonewatch.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import jakarta.persistence.EntityManager;

/** The stored figures agreement is judged on: the facts of the given indicators whose period has days, not rejected. */
public final class Figures {

    private Figures() {
    }

    /** Each such fact's standing among the others, by fact id (see {@link Agreement}). */
    public static Map<Long, Agreement.Standing> standings(EntityManager em, Collection<String> indicatorCodes) {
        return Agreement.of(em.createQuery("select f.id, a.id, a.region, f.periodStart, f.periodEnd, f.value,"
                        + " f.valueMax, f.unit, f.approximate, f.indicatorCode from Fact f join f.article a"
                        + " where f.indicatorCode in :codes and f.periodEnd is not null and f.rejected = false",
                        Object[].class)
                .setParameter("codes", indicatorCodes)
                .getResultStream()
                .map(row -> new Agreement.Figure((Long) row[0], (Long) row[1], (String) row[9], (String) row[2],
                        (LocalDate) row[3], (LocalDate) row[4], (BigDecimal) row[5], (BigDecimal) row[6],
                        (String) row[7], (Boolean) row[8]))
                .toList());
    }
}
