package org.zonewatch.web.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How the API names a download: as an attachment, never shown in the browser as a page of this site. */
public final class Attachments {

    private Attachments() {
    }

    /**
     * RFC 6266: an ASCII fallback name, and the real name in UTF-8 for every browser that reads it. Every character
     * of the real name outside the unreserved set is percent-encoded, so no quote, semicolon or line break in it can
     * end the header's value.
     *
     * @param asciiName the fallback, e.g. zonewatch-summary.xlsx: the caller's own, never a client's
     */
    public static String disposition(String fileName, String asciiName) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encoded;
    }

    /** {@code 2021/04/朝阳.md} and {@code 2021\04\朝阳.md} are {@code 朝阳.md}: the folders were the sender's. */
    public static String lastSegment(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        return name.isBlank() ? path.replace('/', '_').replace('\\', '_') : name;
    }
}
