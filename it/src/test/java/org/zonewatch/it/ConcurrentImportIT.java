package org.zonewatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.zonewatch.it.ZonewatchClient.json;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.RepeatedTest;

/** The same file imported by several people at the same moment is stored once. */
class ConcurrentImportIT extends DeployedZonewatch {

    static final int IMPORTERS = 4;

    @RepeatedTest(3)
    void simultaneousImportsOfOneFileGiveOneArticle() {
        byte[] article = ArticleApiIT.freshArticle(UUID.randomUUID().toString());
        var start = new CyclicBarrier(IMPORTERS);
        List<CompletableFuture<java.net.http.HttpResponse<String>>> imports = IntStream.range(0, IMPORTERS)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    var client = ZonewatchClient.as(base, "editor");
                    try {
                        start.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return client.postArticle(article);
                }))
                .toList();

        var responses = imports.stream().map(CompletableFuture::join).toList();

        assertEquals(1, responses.stream().filter(r -> r.statusCode() == 201).count(), responses.toString());
        assertEquals(IMPORTERS - 1, responses.stream().filter(r -> r.statusCode() == 200).count(), responses.toString());
        assertEquals(1, responses.stream().map(r -> json(r).getJsonNumber("id").longValue()).distinct().count());
    }
}
