package org.zonewatch.indicator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The built-in indicator catalogue, read from default-indicators.tsv next to this class. */
public final class DefaultIndicators {

    private static final String RESOURCE = "default-indicators.tsv";

    private DefaultIndicators() {
    }

    /** Columns: code, name, category, unit, synonyms separated by |. Lines starting with # are comments. */
    public static List<IndicatorDefinition> load() {
        try (InputStream in = DefaultIndicators.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<IndicatorDefinition> definitions = new ArrayList<>();
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns.length < 4) {
                    throw new IllegalStateException("malformed indicator line: " + line);
                }
                List<String> synonyms = columns.length < 5 || columns[4].isBlank() ? List.of()
                        : Arrays.stream(columns[4].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                definitions.add(new IndicatorDefinition(columns[0].strip(), columns[1].strip(), columns[2].strip(),
                        columns[3].strip(), synonyms, null, null, null));
            }
            return List.copyOf(definitions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
