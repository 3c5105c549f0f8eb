package org.zonewatch.web.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import jakarta.ws.rs.core.Response;

/** Reading what a client sent, within limits, with errors the client can act on. */
public final class RequestBodies {

    /** An article file is a few dozen KB; 10 MB leaves room for inline images and still refuses abuse. */
    public static final int MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

    /** A fact is a few hundred bytes of JSON; its longest field, the metric, at most 1,000 characters. */
    public static final int MAX_FACT_BYTES = 64 * 1024;

    /**
     * Text to extract facts from, answered while the client waits: an article's text is a few dozen KB. A megabyte
     * bounds what one call can make the server do: about a second of CPU for news text, half a minute for the worst
     * text measured (BENCHMARKS.md, section 5).
     */
    public static final int MAX_EXTRACT_BYTES = 1024 * 1024;

    private RequestBodies() {
    }

    /** The whole body, refused with 413 as soon as it passes {@code limit}, before it is all in memory. */
    public static byte[] read(InputStream body, int limit) throws IOException {
        return upTo(body, limit).orElseThrow(() -> new ApiException(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "too-large", "The body is larger than " + size(limit) + ", the limit for this call."));
    }

    /** The whole body, or nothing once it passes {@code limit}: reading stops there, a chunk at most beyond it. */
    public static Optional<byte[]> upTo(InputStream body, int limit) throws IOException {
        var buffer = new ByteArrayOutputStream();
        if (body != null) {
            byte[] chunk = new byte[64 * 1024];
            int read;
            while ((read = body.read(chunk)) != -1) {
                if (buffer.size() + read > limit) {
                    return Optional.empty();
                }
                buffer.write(chunk, 0, read);
            }
        }
        return Optional.of(buffer.toByteArray());
    }

    private static String size(int bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }
}
