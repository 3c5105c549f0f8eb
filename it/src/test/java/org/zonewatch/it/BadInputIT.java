package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zonewatch.it.ZonewatchClient.json;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every kind of bad file gets its documented status and a JSON explanation, and stores nothing. */
class BadInputIT extends DeployedZonewatch {

    record BadInput(String name, String contentType, byte[] body, int status, String error) {
    }

    static String fresh() {
        return new String(ArticleApiIT.freshArticle(UUID.randomUUID().toString()), StandardCharsets.UTF_8);
    }

    static Stream<BadInput> badInputs() {
        String markdown = "text/markdown; charset=UTF-8";
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        byte[] huge = new byte[50 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'x');
        return Stream.of(
                new BadInput("empty file", markdown, new byte[0], 400, "empty"),
                new BadInput("no front matter", markdown, "<p>只有正文，没有 front matter</p>".getBytes(StandardCharsets.UTF_8),
                        400, "no-front-matter"),
                new BadInput("broken YAML", markdown, fresh().replaceFirst("categories: ", "categories: [unclosed")
                        .getBytes(StandardCharsets.UTF_8), 400, "malformed-front-matter"),
                new BadInput("no date", markdown, fresh().replaceFirst("(?m)^date: .*\\n", "")
                        .getBytes(StandardCharsets.UTF_8), 400, "missing-date"),
                new BadInput("a title too long to store", markdown, fresh().replaceFirst("title: '", "title: '" + "长".repeat(1001))
                        .getBytes(StandardCharsets.UTF_8), 400, "field-too-long"),
                new BadInput("binary", "application/octet-stream", png, 422, "not-text"),
                new BadInput("a 50 MB file", markdown, huge, 413, "too-large"),
                new BadInput("wrong media type", "image/png", fresh().getBytes(StandardCharsets.UTF_8), 415,
                        "unsupported-media-type"));
    }

    @Test
    void eachBadInputIsRefusedWithItsStatusAndNothingIsStored() {
        var editor = ZonewatchClient.as(base, "editor");
        badInputs().forEach(input -> {
            long before = total(editor);

            var response = editor.post("api/articles", input.contentType(), input.body());

            assertEquals(input.status(), response.statusCode(), input.name() + ": " + response.body());
            var error = json(response);
            assertEquals(input.error(), error.getString("error"), input.name());
            assertTrue(error.getString("detail").length() > 10, input.name() + " explains nothing");
            assertEquals(before, total(editor), input.name() + " stored something");
        });
    }

    @Test
    void aTextOverAMegabyteIsNotExtracted() {
        byte[] text = "两区建设".repeat(100_000).getBytes(StandardCharsets.UTF_8);

        var response = ZonewatchClient.as(base, "viewer").post("api/extract", "text/plain; charset=UTF-8", text);

        assertEquals(413, response.statusCode(), response.body());
        assertEquals("too-large", json(response).getString("error"));
    }

    @Test
    void aGbkEncodedArticleIsReadLikeItsUtf8Original() {
        var editor = ZonewatchClient.as(base, "editor");
        String article = fresh();

        var response = editor.post("api/articles", "text/markdown", article.getBytes(Charset.forName("GB18030")));

        assertEquals(201, response.statusCode(), response.body());
        String title = article.lines().filter(line -> line.startsWith("title: ")).findFirst().orElseThrow();
        assertEquals(title.substring("title: '".length(), title.length() - 1), json(response).getString("title"));
        assertTrue(json(response).getString("text").contains("新设外资企业563家，增长55%"));
    }

    private static long total(ZonewatchClient client) {
        return json(client.get("api/articles?size=1")).getJsonNumber("total").longValue();
    }
}
