package org.zonewatch.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Bulk import throughput of a running server: N distinct articles in zips of at most 10,000 (the server's limit of
 * entries per archive), each sent to {@code POST /api/imports} once the one before has COMPLETED, timed from the
 * first upload until the last import ends; prints articles per second, each zip's rate and the outcome counts.
 * Arguments as {@link ImportThroughput}'s; with {@code -Dagain=true} the same zips are then imported a second
 * time, every file a duplicate, and that rate printed too.
 */
public final class BulkImportThroughput {

    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");

    private BulkImportThroughput() {
    }

    /** The server's default {@code ZipLimits}: at most this many entries in one archive. */
    private static final int ZIP_ENTRIES = 10_000;

    public static void main(String[] args) throws IOException, InterruptedException {
        String base = args.length > 0 ? args[0].replaceAll("/+$", "") : "http://127.0.0.1:8080/zonewatch";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        String editor = args.length > 2 ? args[2] : "editor:editor";
        String authorization = "Basic " + Base64.getEncoder().encodeToString(editor.getBytes(StandardCharsets.UTF_8));
        // Built before the clock starts: only the import is timed.
        List<byte[]> articles = ImportThroughput.variants(count);
        List<byte[]> zips = new ArrayList<>();
        for (int from = 0; from < count; from += ZIP_ENTRIES) {
            zips.add(zip(articles.subList(from, Math.min(count, from + ZIP_ENTRIES)), from));
        }
        HttpClient client = HttpClient.newHttpClient();
        boolean completed = importAll(client, base, authorization, zips, count, "imported");
        // The same files again: every one is a duplicate, answered from what is stored (a watched folder rescanned,
        // a zip uploaded twice).
        if (completed && Boolean.getBoolean("again")) {
            completed = importAll(client, base, authorization, zips, count, "imported again (duplicates)");
        }
        if (!completed) {
            System.exit(1);
        }
    }

    /** Sends each zip once the one before has ended; prints each zip's rate and the whole. @return all COMPLETED */
    private static boolean importAll(HttpClient client, String base, String authorization, List<byte[]> zips,
                                     int count, String what) throws IOException, InterruptedException {
        long start = System.nanoTime();
        boolean completed = true;
        for (int i = 0; i < zips.size() && completed; i++) {
            byte[] zip = zips.get(i);
            int entries = Math.min(ZIP_ENTRIES, count - i * ZIP_ENTRIES);
            long zipStart = System.nanoTime();
            HttpResponse<String> accepted = client.send(HttpRequest.newBuilder(URI.create(base + "/api/imports"))
                    .header("Authorization", authorization)
                    .header("Content-Type", "application/zip")
                    .header("X-File-Name", "benchmark-" + count + "-" + (i + 1) + ".zip")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(zip))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (accepted.statusCode() != 202) {
                System.out.println("upload refused: " + accepted.statusCode() + " "
                        + ImportThroughput.abbreviated(accepted.body()));
                System.exit(1);
            }
            URI job = URI.create(accepted.headers().firstValue("Location").orElseThrow());
            String body;
            String status;
            do {
                // The answer lists every file: asked for once a second, it costs the server little.
                Thread.sleep(entries > 1000 ? 1000 : 200);
                body = client.send(HttpRequest.newBuilder(job).header("Authorization", authorization).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                Matcher matcher = STATUS.matcher(body);
                status = matcher.find() ? matcher.group(1) : "UNKNOWN";
            } while (status.equals("STARTING") || status.equals("STARTED"));
            double zipSeconds = (System.nanoTime() - zipStart) / 1e9;
            System.out.printf(Locale.ROOT, "zip %d of %d: %d articles (%.1f MB) through %s in %.1f s: %.1f articles/s;"
                    + " status %s, counts: %s%n", i + 1, zips.size(), entries, zip.length / 1e6, job, zipSeconds,
                    entries / zipSeconds, status, counts(body));
            completed = status.equals("COMPLETED");
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf(Locale.ROOT, "%s %d articles in %d zips into %s in %.1f s: %.1f articles/s%n",
                what, count, zips.size(), base, seconds, count / seconds);
        return completed;
    }

    private static byte[] zip(List<byte[]> articles, int firstNumber) throws IOException {
        var buffer = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(buffer)) {
            for (int i = 0; i < articles.size(); i++) {
                zip.putNextEntry(new ZipEntry(String.format(Locale.ROOT, "article-%06d.md", firstNumber + i)));
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
