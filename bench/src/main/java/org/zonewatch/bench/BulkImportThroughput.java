package org.zonewatch.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Bulk import throughput of a running server: one zip of N distinct articles sent to {@code POST /api/imports},
 * timed from the upload until the import job reports COMPLETED; prints articles per second and the outcome
 * counts. Arguments as {@link ImportThroughput}'s.
 */
public final class BulkImportThroughput {

    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");

    private BulkImportThroughput() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String base = args.length > 0 ? args[0].replaceAll("/+$", "") : "http://127.0.0.1:8080/zonewatch";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        String editor = args.length > 2 ? args[2] : "editor:editor";
        String authorization = "Basic " + Base64.getEncoder().encodeToString(editor.getBytes(StandardCharsets.UTF_8));
        byte[] zip = zip(ImportThroughput.variants(count));
        HttpClient client = HttpClient.newHttpClient();

        long start = System.nanoTime();
        HttpResponse<String> accepted = client.send(HttpRequest.newBuilder(URI.create(base + "/api/imports"))
                .header("Authorization", authorization)
                .header("Content-Type", "application/zip")
                .header("X-File-Name", "benchmark-" + count + ".zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            System.out.println("upload refused: " + accepted.statusCode() + " " + ImportThroughput.abbreviated(accepted.body()));
            System.exit(1);
        }
        URI job = URI.create(accepted.headers().firstValue("Location").orElseThrow());
        String body;
        String status;
        do {
            Thread.sleep(200);
            body = client.send(HttpRequest.newBuilder(job).header("Authorization", authorization).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher matcher = STATUS.matcher(body);
            status = matcher.find() ? matcher.group(1) : "UNKNOWN";
        } while (status.equals("STARTING") || status.equals("STARTED"));
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf(Locale.ROOT, "imported a zip of %d articles (%.1f MB) through %s in %.1f s: %.1f articles/s%n",
                count, zip.length / 1e6, job, seconds, count / seconds);
        System.out.println("status " + status + ", counts: " + counts(body));
        if (!status.equals("COMPLETED")) {
            System.exit(1);
        }
    }

    private static byte[] zip(List<byte[]> articles) throws IOException {
        var buffer = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(buffer)) {
            for (int i = 0; i < articles.size(); i++) {
                zip.putNextEntry(new ZipEntry(String.format(Locale.ROOT, "article-%05d.md", i)));
                zip.write(articles.get(i));
                zip.closeEntry();
            }
        }
        return buffer.toByteArray();
    }

    /** The job's counters as the API states them, without the per-file list. */
    private static String counts(String body) {
        var counters = new StringBuilder();
        Matcher matcher = Pattern.compile("\"(total|processed|imported|duplicates|rejected|skipped)\"\\s*:\\s*(\\d+)")
                .matcher(body);
        while (matcher.find()) {
            counters.append(matcher.group(1)).append('=').append(matcher.group(2)).append(' ');
        }
        return counters.toString().strip();
    }
}
