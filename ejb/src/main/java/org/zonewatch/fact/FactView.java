package org.zonewatch.fact;

import java.math.BigDecimal;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.zonewatch.fact.extraction.ExtractedFact;

/**
 * A fact as the API and the pages show it; the field names are the corpus specification's, plus the
 * {@code indicator} code (or null), the {@code sentence} it was read from and the {@code period} it covers.
 */
@JsonbPropertyOrder({"metric", "value", "valueMax", "unit", "approximate", "changePct", "sharePct", "baseline",
        "indicator", "sentence", "period"})
public record FactView(String metric, BigDecimal value, BigDecimal valueMax, String unit, boolean approximate,
                       BigDecimal changePct, BigDecimal sharePct, BigDecimal baseline, String indicator,
                       String sentence, String period) {

    public FactView {
        value = Decimals.plain(value);
        valueMax = Decimals.plain(valueMax);
        changePct = Decimals.plain(changePct);
        sharePct = Decimals.plain(sharePct);
        baseline = Decimals.plain(baseline);
    }

    public static FactView of(ExtractedFact fact, String indicator) {
        return new FactView(fact.metric(), fact.value(), fact.valueMax(), fact.unit(), fact.approximate(),
                fact.changePct(), fact.sharePct(), fact.baseline(), indicator, fact.sentence(), fact.period());
    }
}
