package org.zonewatch.indicator;

import java.util.List;

/** One page of an indicator's observations, with how many there are in all. */
public record ObservationPage(long total, List<Observation> items) {
}
