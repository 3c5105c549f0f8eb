package org.zonewatch.indicator;

import java.io.Serializable;

/**
 * An indicator of the catalogue with how much is known of it.
 *
 * @param observations how many facts report it
 * @param latest       the most recent of them, or null when none does
 */
public record IndicatorOverview(IndicatorDefinition indicator, long observations, Observation latest) implements Serializable {
}
