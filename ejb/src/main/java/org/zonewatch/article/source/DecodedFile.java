package org.zonewatch.article.source;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * An uploaded file turned into text, before any format has looked at it.
 *
 * @param fileName the name it was uploaded under, or null when none was given
 * @param text     the decoded text, without a byte order mark
 * @param charset  the encoding the bytes were decoded from
 */
public record DecodedFile(String fileName, String text, Charset charset) {
    public DecodedFile {
        Objects.requireNonNull(text);
        Objects.requireNonNull(charset);
    }
}
