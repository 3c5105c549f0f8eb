package org.zonewatch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The development corpus (copied from the shared corpus into this module's resources, so a run does not
 * depend on the shared folders): twelve Sina Finance articles saved as Hexo posts, as they are imported.
 */
final class DevCorpus {

    /** A jar's resources cannot be listed, so the files are named here. */
    static final List<String> FILES = List.of(
            "000_ea2ff09fc72f7686.md", "001_801c63067a1f17de.md", "002_c42a960bda9359fd.md",
            "003_452fa96aef9fb18b.md", "004_480cf9d718edaede.md", "005_7d6057607237d2bc.md",
            "006_b5a335ae8164939c.md", "007_ce8f70f2144287b4.md", "008_8d9160303d48c4d1.md",
            "009_91bf05bf4caff830.md", "010_51f2cd52d07152d3.md", "011_20564c5d617e462a.md");

    /** The article PLATFORM.md's jsoup baseline was measured on (13.4 KB). */
    static final String SEED = FILES.get(0);

    /** Must equal {@code FILES.size()}: JMH needs a constant for {@code @OperationsPerInvocation}. */
    static final int SIZE = 12;

    private DevCorpus() {
    }

    /** The raw files, byte for byte, in {@link #FILES} order. */
    static List<byte[]> rawArticles() {
        if (FILES.size() != SIZE) {
            throw new IllegalStateException("DevCorpus.SIZE is " + SIZE + " but " + FILES.size() + " files are named");
        }
        return FILES.stream().map(DevCorpus::raw).toList();
    }

    static byte[] raw(String file) {
        try (InputStream in = DevCorpus.class.getResourceAsStream("/corpus/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no corpus file " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's HTML: everything after the front matter's closing {@code ---} line. */
    static String htmlBody(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int opening = text.indexOf("---\n");
        int closing = text.indexOf("\n---\n", opening + 3);
        if (opening < 0 || closing < 0) {
            throw new IllegalArgumentException("no front matter");
        }
        return text.substring(closing + "\n---\n".length());
    }
}
