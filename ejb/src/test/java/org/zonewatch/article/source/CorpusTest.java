package org.zonewatch.article.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every article of the development corpus against its gold file (SPEC §6, §7.6). */
class CorpusTest {
    private static final ArticleReader READER = new ArticleReader();
    /** The scorer's own test for a left-over tag. */
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    @TestFactory
    Stream<DynamicNode> metadataEqualsGold() {
        return Corpus.stems().stream().map(stem -> {
            SourceArticle article = READER.read(Corpus.article(stem), stem + ".md");
            JsonObject gold = Corpus.gold(stem);
            return dynamicContainer(stem, Stream.of(
                    field("title", gold, article.title()),
                    field("publishedAt", gold, DateTimeFormatter.ISO_INSTANT.format(article.publishedAt())),
                    dynamicTest("categories", () -> assertEquals(
                            strings(gold.getJsonArray("categories"), value -> ((JsonString) value).getString()),
                            article.categories())),
                    field("author", gold, article.author()),
                    field("originalTitle", gold, article.originalTitle()),
                    field("editor", gold, article.editor()),
                    field("byline", gold, article.byline()),
                    dynamicTest("companies", () -> assertEquals(
                            strings(gold.getJsonArray("companies"), value -> {
                                JsonObject company = value.asJsonObject();
                                return new ListedCompany(company.getString("name"), company.getString("code"));
                            }),
                            article.companies())),
                    field("region", gold, article.region())));
        });
    }

    @TestFactory
    Stream<DynamicNode> cleanedTextPassesTextChecks() {
        return Corpus.stems().stream().map(stem -> {
            String text = READER.read(Corpus.article(stem)).text();
            List<String> boilerplate = strings(Corpus.gold(stem).getJsonArray("boilerplate"),
                    value -> ((JsonString) value).getString());
            return dynamicContainer(stem, Stream.of(
                    dynamicTest("no boilerplate", () -> {
                        assertFalse(boilerplate.isEmpty());
                        boilerplate.forEach(words -> assertFalse(text.contains(words), words));
                    }),
                    dynamicTest("does not start with 原标题", () -> assertFalse(text.startsWith("原标题"))),
                    dynamicTest("holds no tag", () -> assertFalse(TAG.matcher(text).find(), text)),
                    dynamicTest("one non-empty unit per line, every cell trimmed", () -> {
                        for (String line : text.split("\n", -1)) {
                            assertFalse(line.isEmpty());
                            for (String cell : line.split("\t", -1)) {
                                assertEquals(SinaBody.trim(cell), cell, line);
                            }
                        }
                    })));
        });
    }

    private static DynamicTest field(String name, JsonObject gold, String actual) {
        return dynamicTest(name, () -> assertEquals(gold.isNull(name) ? null : gold.getString(name), actual));
    }

    private static <T> List<T> strings(List<JsonValue> values, Function<JsonValue, T> convert) {
        return values.stream().map(convert).toList();
    }
}
