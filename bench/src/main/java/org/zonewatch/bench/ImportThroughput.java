package org.zonewatch.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Import throughput of a running server: posts distinct articles one by one to {@code POST /api/articles}
 * and reports articles per second with the count of each answer.
 *
 * <p>Arguments, all optional: base URL (default {@value #DEFAULT_BASE}), number of articles (default
 * {@value #DEFAULT_COUNT}), {@code user:password} of an editor (default {@value #DEFAULT_EDITOR}).
 */
public final class ImportThroughput {

    private static final String DEFAULT_BASE = "http://127.0.0.1:8080/zonewatch";
    private static final int DEFAULT_COUNT = 1000;
    private static final String DEFAULT_EDITOR = "editor:editor";

    private ImportThroughput() {
    }

    public static void main(String[] args) throws InterruptedException {
        String base = args.length > 0 ? args[0].replaceAll("/+$", "") : DEFAULT_BASE;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_COUNT;
        String editor = args.length > 2 ? args[2] : DEFAULT_EDITOR;

        URI endpoint = URI.create(base + "/api/articles");
        String authorization = "Basic "
                + Base64.getEncoder().encodeToString(editor.getBytes(StandardCharsets.UTF_8));
        // Built before the clock starts: only the import is timed.
        List<byte[]> articles = variants(count);
        int corpusSize = DevCorpus.FILES.size();

        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        int created = 0;
        int alreadyStored = 0;
        int other = 0;
        String firstOther = null;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            HttpRequest request = HttpRequest.newBuilder(endpoint)
                    .header("Authorization", authorization)
                    .header("Content-Type", "text/markdown; charset=UTF-8")
                    .header("X-File-Name", DevCorpus.FILES.get(i % corpusSize))
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(articles.get(i)))
                    .build();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                switch (response.statusCode()) {
                    case 201 -> created++;
                    case 200 -> alreadyStored++;
                    default -> {
                        other++;
                        firstOther = firstOther != null ? firstOther : response.statusCode() + " " + response.body();
                    }
                }
            } catch (IOException e) {
                other++;
                firstOther = firstOther != null ? firstOther : e.toString();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf(Locale.ROOT, "posted %d articles to %s one by one in %.1f s: %.1f articles/s%n",
                count, endpoint, seconds, count / seconds);
        System.out.printf(Locale.ROOT, "201 created: %d, 200 already stored: %d, other: %d%n",
                created, alreadyStored, other);
        if (firstOther != null) {
            System.out.println("first other answer: " + abbreviated(firstOther));
        }
        if (other > 0) {
            System.exit(1);
        }
    }

    /**
     * {@code count} distinct articles made from the corpus files in turn. The run's id goes into every marker,
     * so a second run against the same database imports new articles too instead of finding them stored.
     */
    static List<byte[]> variants(int count) {
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<byte[]> corpus = DevCorpus.FILES.stream().map(DevCorpus::raw).toList();
        return IntStream.range(0, count)
                .mapToObj(i -> variant(corpus.get(i % corpus.size()), "基准导入 " + run + "-" + i, FIRST_DAY.plusDays(
                        (i * 37L) % SPREAD_DAYS), i))
                .toList();
    }

    /** Variants are spread over five years of publication days, as a real collection would be. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 9, 1);
    private static final int SPREAD_DAYS = 5 * 365;
    private static final Pattern DATE_LINE = Pattern.compile("(?m)^date: .*$");

    /**
     * The corpus article with the marker in its title and in a last paragraph, so that both the raw bytes
     * and the cleaned text differ from every other article, published on the given day. The paragraph goes last
     * because the first one may carry the original headline; it also states figures of its own, different from one
     * article to the next, so that indicator series and conflicts have varied values to work on.
     */
    static byte[] variant(byte[] raw, String marker, LocalDate published, int number) {
        String text = DATE_LINE.matcher(new String(raw, StandardCharsets.UTF_8)).replaceFirst("date: "
                + DateTimeFormatter.RFC_1123_DATE_TIME.format(published.atTime(2, 0).atOffset(ZoneOffset.UTC)));
        String titleStart = "\ntitle: '";
        int title = text.indexOf(titleStart);
        if (title < 0) {
            throw new IllegalArgumentException("no single-quoted title in the front matter");
        }
        int at = title + titleStart.length();
        String marked = text.substring(0, at) + marker + " " + text.substring(at) + "\n<p>" + marker + "：新设外资企业"
                + (100 + number * 7919L % 900) + "家，同比增长" + (1 + number % 60) + "%。</p>\n";
        return marked.getBytes(StandardCharsets.UTF_8);
    }

    static String abbreviated(String answer) {
        return answer.length() <= 500 ? answer : answer.substring(0, 500) + "…";
    }
}
