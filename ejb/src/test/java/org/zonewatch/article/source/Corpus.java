package org.zonewatch.article.source;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The development corpus, read from the test classpath. */
final class Corpus {
    private static final String FOLDER = "corpus/articles/";

    private Corpus() {
    }

    /** File names without extension, in order: 000_…, 001_…, … */
    static List<String> stems() {
        URL folder = Corpus.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            throw new IllegalStateException(FOLDER + " is not on the test classpath");
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".md"))
                    .map(name -> name.substring(0, name.length() - ".md".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] article(String stem) {
        return bytes(stem + ".md");
    }

    static JsonObject gold(String stem) {
        try (JsonReader reader = Json.createReader(new java.io.ByteArrayInputStream(bytes(stem + ".gold.json")))) {
            return reader.readObject();
        }
    }

    private static byte[] bytes(String name) {
        try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + name + " is not on the test classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
