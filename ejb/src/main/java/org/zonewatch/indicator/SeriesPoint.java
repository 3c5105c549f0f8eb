package org.zonewatch.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A figure of an indicator's series as a chart needs it: the day it is for, the region, the value. */
public record SeriesPoint(LocalDate day, String region, BigDecimal value) {
}
