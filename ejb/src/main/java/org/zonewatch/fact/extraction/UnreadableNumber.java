package org.zonewatch.fact.extraction;

/**
 * A number with a unit that the extractor could not read whole ({@code 3,40万元}, {@code 10..1万元}): it gives no
 * fact, since a part of it would be a wrong value, and is reported so that someone can check the text.
 *
 * @param text the numeral with its unit, as written
 * @param span where it stands in the cleaned text
 */
public record UnreadableNumber(String text, TextSpan span) {
}
