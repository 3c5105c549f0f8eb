package org.zonewatch.indicator;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;

import org.zonewatch.fact.FactView;
import org.zonewatch.platform.BeijingDays;

/**
 * One reported value of an indicator: the fact, and the article (where and when) that states it; with how it
 * stands among the other articles' figures for the same region and period: the facts it conflicts with, and how
 * many articles state the same figure.
 */
@JsonbPropertyOrder({"articleId", "articleTitle", "publishedAt", "region", "fact", "conflictsWith", "sourceCount"})
public record Observation(long articleId, String articleTitle, Instant publishedAt, String region, FactView fact,
                          List<Long> conflictsWith, int sourceCount) implements Serializable {

    /** Series run by the day a figure is for: its period's end when the text states one, its publication day otherwise. */
    public static final Comparator<Observation> IN_TIME = Comparator.comparing(Observation::day)
            .thenComparing(Observation::publishedAt)
            .thenComparingLong(Observation::articleId)
            .thenComparing(o -> o.fact().id(), Comparator.nullsFirst(Comparator.naturalOrder()));

    /** The day the figure is for. */
    @JsonbTransient
    public LocalDate day() {
        return fact.periodEnd() != null ? fact.periodEnd() : BeijingDays.dayOf(publishedAt);
    }
}
