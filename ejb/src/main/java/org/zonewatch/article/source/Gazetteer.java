package org.zonewatch.article.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The places the region scorer recognises in text, read from {@code regions.tsv}: administrative
 * areas (province-level units, cities, Beijing's districts), the zones and areas inside them, and
 * words that contain a place name without naming a place.
 */
final class Gazetteer {
    static final String RESOURCE = "regions.tsv";

    /** An administrative area; every chain of {@code within} ends at {@link #COUNTRY}. */
    record Region(String name, Region within) {
        boolean strictlyContains(Region other) {
            for (Region outer = other.within; outer != null; outer = outer.within) {
                if (outer == this) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Where zones spanning several province-level units point. */
    static final Region COUNTRY = new Region("中国", null);

    /** Words in a text that name a region. */
    record Mention(int start, int end, Region region) {
    }

    /** Words to recognise; {@code region} is null for words that name no place. */
    private record Term(String words, Region region) {
    }

    private enum Kind {
        PROVINCE, CITY, DISTRICT, ZONE, PHRASE;

        boolean isRegion() {
            return this == PROVINCE || this == CITY || this == DISTRICT;
        }
    }

    private final Map<Character, List<Term>> termsByFirstChar;

    private Gazetteer(Collection<Term> terms) {
        Map<Character, List<Term>> byFirstChar = new HashMap<>();
        for (Term term : terms) {
            byFirstChar.computeIfAbsent(term.words.charAt(0), c -> new ArrayList<>()).add(term);
        }
        byFirstChar.values().forEach(list -> list.sort(
                Comparator.comparingInt((Term term) -> term.words.length()).reversed()));
        this.termsByFirstChar = byFirstChar;
    }

    static Gazetteer fromClasspath() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lines are {@code name TAB kind TAB within TAB aliases}; aliases are comma-separated, {@code #}
     * starts a comment line. A region's {@code within} is the region that contains it (empty for a
     * province-level unit); a zone's is the region that contains all of it (empty when it spans
     * several province-level units).
     */
    static Gazetteer parse(List<String> lines) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] row = line.split("\t", -1);
                if (row.length != 4) {
                    throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": expected 4 columns, found " + row.length);
                }
                rows.add(row);
            }
        }
        Map<String, Region> regions = new HashMap<>();
        // Regions first, outer before inner, so that every "within" can be resolved whatever the line order.
        for (Kind level : List.of(Kind.PROVINCE, Kind.CITY, Kind.DISTRICT)) {
            for (String[] row : rows) {
                if (kind(row) == level) {
                    regions.put(row[0], new Region(row[0], container(row, regions)));
                }
            }
        }
        Map<String, Term> terms = new HashMap<>();
        for (String[] row : rows) {
            Kind kind = kind(row);
            Region region = kind.isRegion() ? regions.get(row[0]) : kind == Kind.ZONE ? container(row, regions) : null;
            List<String> words = new ArrayList<>(List.of(row[0]));
            for (String alias : row[3].split(",")) {
                if (!alias.isBlank()) {
                    words.add(alias.strip());
                }
            }
            for (String word : words) {
                Term previous = terms.put(word, new Term(word, region));
                if (previous != null) {
                    throw new IllegalStateException(RESOURCE + ": '" + word + "' is listed twice");
                }
            }
        }
        return new Gazetteer(terms.values());
    }

    private static Kind kind(String[] row) {
        return Kind.valueOf(row[1].strip().toUpperCase(Locale.ROOT));
    }

    private static Region container(String[] row, Map<String, Region> regions) {
        String within = row[2].strip();
        if (within.isEmpty()) {
            return COUNTRY;
        }
        Region region = regions.get(within);
        if (region == null) {
            throw new IllegalStateException(RESOURCE + ": '" + row[0] + "' lies within unknown region '" + within + "'");
        }
        return region;
    }

    /**
     * Finds place names left to right, taking the longest name at each position, so that
     * 北京经济技术开发区 is read as one name and not as 北京 followed by more text.
     *
     * @param otherNames names that are not places though they may contain one (company names such as
     *                   北京银行); a place name of the same length wins, since then the words are the place's
     */
    List<Mention> mentions(String text, Collection<String> otherNames) {
        List<Mention> mentions = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            Term term = longestTermAt(text, at);
            int otherLength = longestNameAt(text, at, otherNames);
            if (term != null && term.words.length() >= otherLength) {
                if (term.region != null) {
                    mentions.add(new Mention(at, at + term.words.length(), term.region));
                }
                at += term.words.length();
            } else {
                at += Math.max(1, otherLength);
            }
        }
        return mentions;
    }

    private Term longestTermAt(String text, int at) {
        for (Term term : termsByFirstChar.getOrDefault(text.charAt(at), List.of())) {
            if (text.startsWith(term.words, at)) {
                return term;
            }
        }
        return null;
    }

    private static int longestNameAt(String text, int at, Collection<String> names) {
        // A loop, not a stream: it runs at every character of every article.
        int longest = 0;
        for (String name : names) {
            if (name.length() > longest && text.startsWith(name, at)) {
                longest = name.length();
            }
        }
        return longest;
    }
}
