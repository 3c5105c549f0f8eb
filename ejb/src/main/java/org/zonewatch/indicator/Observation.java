package org.zonewatch.indicator;

import java.time.Instant;

import org.zonewatch.fact.FactView;

/** One reported value of an indicator: the fact, and the article (where and when) that states it. */
public record Observation(long articleId, String articleTitle, Instant publishedAt, String region, FactView fact) {
}
