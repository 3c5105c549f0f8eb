package org.zonewatch.article.source;

/**
 * A listed company the page links as a stock keyword.
 *
 * @param name the name as linked in the text
 * @param code the exchange prefix and stock number, e.g. {@code sz000931}
 */
public record ListedCompany(String name, String code) {
}
