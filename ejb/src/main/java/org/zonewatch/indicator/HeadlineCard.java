package org.zonewatch.indicator;

import java.util.List;

/**
 * A dashboard card: an indicator's latest reported value and, for its trend, the values reported before it for
 * the same region, oldest first (the latest included).
 *
 * @param latest null when nothing reports the indicator (in the chosen region)
 */
public record HeadlineCard(IndicatorDefinition indicator, Observation latest, List<Observation> trend) {
}
