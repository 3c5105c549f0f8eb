package org.zonewatch.fact.extraction;

import java.math.BigDecimal;

/**
 * One quantitative fact found in an article's cleaned text (SPEC §5).
 *
 * @param metric      what is measured, in the text's own words
 * @param value       the normalised value; signed for standalone changes, deltas and percentage points
 * @param valueMax    upper bound of a range, or null
 * @param unit        measure word or unit as written (元 for any 元 amount, % for percent)
 * @param approximate whether a qualifier such as 约/余/以上 is attached to the value
 * @param changePct   attached relative change in percent, signed, or null
 * @param sharePct    attached share in percent, or null
 * @param baseline    the earlier value of a before→after pair, or null
 * @param sentence    the sentence the fact was read from
 * @param period      a period stated in the text for this fact (今年一季度, 1-10月…), or null
 * @param span        where the quantity stands in the cleaned text, so a page can mark it there
 */
public record ExtractedFact(String metric, BigDecimal value, BigDecimal valueMax, String unit, boolean approximate,
        BigDecimal changePct, BigDecimal sharePct, BigDecimal baseline, String sentence, String period,
        TextSpan span) {

    ExtractedFact withMetric(String newMetric) {
        return new ExtractedFact(newMetric, value, valueMax, unit, approximate, changePct, sharePct, baseline,
                sentence, period, span);
    }

    ExtractedFact withChangePct(BigDecimal newChangePct) {
        return new ExtractedFact(metric, value, valueMax, unit, approximate, newChangePct, sharePct, baseline,
                sentence, period, span);
    }

    ExtractedFact withSharePct(BigDecimal newSharePct) {
        return new ExtractedFact(metric, value, valueMax, unit, approximate, changePct, newSharePct, baseline,
                sentence, period, span);
    }
}
