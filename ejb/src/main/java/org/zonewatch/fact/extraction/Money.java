package org.zonewatch.fact.extraction;

import java.math.BigDecimal;

/** An amount of money: its value in whole currency units and the ISO 4217 code. */
public record Money(BigDecimal value, String currency) {
}
