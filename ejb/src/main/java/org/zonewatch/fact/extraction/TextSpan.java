package org.zonewatch.fact.extraction;

import java.io.Serializable;

/**
 * A stretch of an article's cleaned text, as character offsets: {@code start} inclusive, {@code end} exclusive.
 * For a fact, the quantity as written (qualifier, number, multiplier and unit: 约13.4亿美元).
 */
public record TextSpan(int start, int end) implements Serializable {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a span: " + start + ".." + end);
        }
    }

}
