package org.zonewatch.it;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/** A REST client for the tests: HTTP Basic as one of the demo users. */
final class ZonewatchClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final String authorization;

    ZonewatchClient(URL base, String user, String password) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.authorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static ZonewatchClient as(URL base, String user) {
        return new ZonewatchClient(base, user, user);
    }

    static ZonewatchClient anonymous(URL base) {
        return new ZonewatchClient(base, null, null);
    }

    URI uri(String path) {
        return base.resolve(path);
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> getBytes(String path) {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> patch(String path, String contentType, String json) {
        return send(request(path).header("Content-Type", contentType)
                        .method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Any call, with a body of {@code contentType} (none when null) and extra headers. */
    HttpResponse<String> call(String method, String path, String contentType, byte[] body,
                              Map<String, String> headers) {
        // HTTP/1.1 as browsers and curl speak it over plain http: the client's h2c upgrade ends in a GOAWAY when a
        // header is 100 KB, before the application sees the request.
        var request = request(path).version(HttpClient.Version.HTTP_1_1).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> delete(String path) {
        return send(request(path).DELETE(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postArticle(byte[] article) {
        return post("api/articles", "text/markdown; charset=UTF-8", article);
    }

    HttpResponse<String> postZip(byte[] zip) {
        return post("api/imports", "application/zip", zip);
    }

    /**
     * Changes an indicator through the API as an admin ({@code PUT} with the body, or {@code DELETE} without) once
     * no maintenance run holds the claim, and waits for the remap it starts, which must complete.
     */
    HttpResponse<String> changeIndicator(String code, String definition) {
        awaitMaintenance();
        var response = definition == null ? delete("api/indicators/" + code) : put("api/indicators/" + code, definition);
        if (response.statusCode() == 202) {
            var remap = awaitMaintenance();
            if (!"COMPLETED".equals(remap.getString("status"))) {
                throw new AssertionError("the remap did not complete: " + remap);
            }
        }
        return response;
    }

    /** Waits until the latest maintenance run (if any) has ended, and returns it (null when there is none). */
    JsonObject awaitMaintenance() {
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(3).toNanos();
        while (true) {
            var runs = jsonArray(get("api/admin/jobs?size=1"));
            if (runs.isEmpty()) {
                return null;
            }
            JsonObject latest = runs.getJsonObject(0);
            if (!List.of("STARTING", "STARTED").contains(latest.getString("status"))) {
                return latest;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the maintenance run did not end: " + latest);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Waits (as an admin) until no build of the search index runs, and returns its status. */
    JsonObject awaitSearchIndex() {
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(3).toNanos();
        while (true) {
            JsonObject index = json(get("api/admin/search-index"));
            if (!index.getString("status").equals("RUNNING")) {
                return index;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("search index still building: " + index);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    static JsonArray jsonArray(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    static byte[] corpusArticle(String name) {
        try {
            return Files.readAllBytes(Path.of(System.getProperty("corpus.dir"), "articles", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(uri(path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request.build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
