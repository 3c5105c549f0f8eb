package org.zonewatch.fact.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads test resources from the classpath, never from the shared folders. */
public final class Resources {

    private Resources() {
    }

    public static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    public static byte[] bytes(String path) {
        try (InputStream in = Resources.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data rows of a TSV file (header skipped), each split on TAB. */
    public static List<String[]> tsvRows(String path) {
        List<String[]> rows = new ArrayList<>();
        String[] lines = text(path).split("\n");
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                rows.add(lines[i].split("\t", -1));
            }
        }
        return rows;
    }
}
