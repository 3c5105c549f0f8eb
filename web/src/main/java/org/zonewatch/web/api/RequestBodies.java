package org.zonewatch.web.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;

/** Reading what a client sent, within limits, with errors the client can act on. */
public final class RequestBodies {

    /** An article file is a few dozen KB; 10 MB leaves room for inline images and still refuses abuse. */
    public static final int MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

    /** A fact is a few hundred bytes of JSON; its longest field, the metric, at most 1,000 characters. */
    public static final int MAX_FACT_BYTES = 64 * 1024;

    private RequestBodies() {
    }

    /** The whole body, refused with 413 as soon as it passes {@code limit}, before it is all in memory. */
    public static byte[] read(InputStream body, int limit) throws IOException {
        var buffer = new ByteArrayOutputStream();
        if (body != null) {
            byte[] chunk = new byte[64 * 1024];
            int read;
            while ((read = body.read(chunk)) != -1) {
                if (buffer.size() + read > limit) {
                    throw new ApiException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too-large",
                            "The body is larger than " + size(limit) + ", the limit for this call.");
                }
                buffer.write(chunk, 0, read);
            }
        }
        return buffer.toByteArray();
    }

    private static String size(int bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    /** A yyyy-MM-dd query parameter, or null when absent. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("Parameter " + name + " must be a date like 2021-04-28, not '" + value + "'.");
        }
    }
}
