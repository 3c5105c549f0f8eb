package org.zonewatch.fact;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.zonewatch.fact.extraction.ExtractedFact;
import org.zonewatch.fact.extraction.PeriodDates;
import org.zonewatch.fact.extraction.TextSpan;
import org.zonewatch.units.Decimals;

/**
 * A fact as the API and the pages show it; the field names are the corpus specification's, plus its {@code id}
 * (null for text extracted without storing it), the {@code indicator} code (or null), the {@code sentence} it
 * was read from, the {@code period} it covers and the {@code span} where its quantity stands in the article's
 * cleaned text (null when it was stored without one), and the days of that period, {@code periodStart} and
 * {@code periodEnd} (Beijing calendar; a start is null for a figure as of a day, both are null when the period is
 * none that can be dated or the fact was stored before they were kept). {@code corrected}: an editor changed fields
 * the extractor read; {@code rejected}: an editor rejected it, so it counts nowhere; {@code addedBy}: the editor who
 * added it, or null for the extractor's.
 */
@JsonbPropertyOrder({"id", "metric", "value", "valueMax", "unit", "approximate", "changePct", "sharePct", "baseline",
        "indicator", "sentence", "period", "periodStart", "periodEnd", "span", "corrected", "rejected", "addedBy"})
public record FactView(Long id, String metric, BigDecimal value, BigDecimal valueMax, String unit, boolean approximate,
                       BigDecimal changePct, BigDecimal sharePct, BigDecimal baseline, String indicator,
                       String sentence, String period, TextSpan span, LocalDate periodStart, LocalDate periodEnd,
                       boolean corrected, boolean rejected, String addedBy) implements Serializable {

    public FactView {
        value = Decimals.plain(value);
        valueMax = Decimals.plain(valueMax);
        changePct = Decimals.plain(changePct);
        sharePct = Decimals.plain(sharePct);
        baseline = Decimals.plain(baseline);
    }

    /** A fact extracted without storing it; its period is dated against {@code published}. */
    public static FactView of(ExtractedFact fact, String indicator, LocalDate published) {
        var days = PeriodDates.of(fact.period(), published);
        return new FactView(null, fact.metric(), fact.value(), fact.valueMax(), fact.unit(), fact.approximate(),
                fact.changePct(), fact.sharePct(), fact.baseline(), indicator, fact.sentence(), fact.period(), fact.span(),
                days.map(PeriodDates.Range::start).orElse(null), days.map(PeriodDates.Range::end).orElse(null),
                false, false, null);
    }
}
