package org.zonewatch.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How fast the pages and the API answer a running server, one at a time under load: N clients, each signed in
 * through the login form with a session of its own, ask for the same page without pause (a closed loop) for a
 * while after a warm-up, then for the next: the dashboard, the article list, a search, an article, the indicator
 * catalogue and an indicator, and the API's article list, search, article and an indicator's series of 2024. It
 * prints each one's p50, p95 and max in ms next to a static file from the same WildFly (the ceiling: what no page
 * can beat), and the bytes of scripts and styles a first visit to the dashboard transfers (gzip as the browser asks
 * for it). One page at a time, so that each figure is that page's own and not the share of a heavier one's CPU it
 * waited behind. HTTP/1.1, as browsers speak to a server without TLS.
 *
 * <pre>java [-Dpages=list,API list] -cp bench/target/benchmarks.jar org.zonewatch.bench.PageLatency BASE [clients] [seconds per page] [user:password]</pre>
 */
public final class PageLatency {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern SIGN_IN_TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    private static final Pattern RESOURCE = Pattern.compile("<(?:script|link)[^>]+(?:src|href)=\"([^\"]+\\.(?:js|css)[^\"]*)\"");

    private PageLatency() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0].replaceAll("/+$", "") : "http://127.0.0.1:8080/zonewatch";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        String[] user = (args.length > 3 ? args[3] : "viewer:viewer").split(":", 2);

        HttpClient probe = signedIn(base, user);
        List<Long> ids = articleIds(probe, base);
        long total = total(probe, base);
        System.out.printf(Locale.ROOT, "server %s, %d articles, %d clients, each page %d s after a %d s warm-up%n",
                base, total, clients, seconds, Math.max(1, Math.min(10, seconds / 3)));

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("dashboard", "/index.xhtml");
        pages.put("list", "/articles.xhtml");
        pages.put("search", "/articles.xhtml?q=" + URLEncoder.encode("外资企业", StandardCharsets.UTF_8));
        pages.put("article", "/article.xhtml?id={id}");
        pages.put("indicators", "/indicators.xhtml");
        pages.put("indicator", "/indicator.xhtml?code=FDI_UTILISED");
        pages.put("API list", "/api/articles?size=20");
        pages.put("API search", "/api/articles?size=20&q=" + URLEncoder.encode("外资企业", StandardCharsets.UTF_8));
        pages.put("API article", "/api/articles/{id}");
        pages.put("API indicator", "/api/indicators/FDI_UTILISED/observations?from=2024-01-01&to=2024-12-31");
        pages.put("static file (ceiling)", "/resources/echarts/NOTICE");
        // -Dpages=list,API list: only those, to profile one page under load.
        String only = System.getProperty("pages");
        if (only != null) {
            pages.keySet().retainAll(List.of(only.split(",")));
        }

        int warmUp = Math.max(1, Math.min(10, seconds / 3));
        System.out.printf(Locale.ROOT, "%d clients signing in%n", clients);
        List<HttpClient> signedIn = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            signedIn.add(signedIn(base, user));
        }
        Map<String, List<String>> failures = new ConcurrentHashMap<>();
        System.out.printf(Locale.ROOT, "%-24s %8s %8s %8s %8s %8s%n", "page", "answers", "p50 ms", "p95 ms", "max ms",
                "failed");
        for (var page : pages.entrySet()) {
            List<String> reasons = Collections.synchronizedList(new ArrayList<>());
            run(base, page.getValue(), ids, signedIn, warmUp, reasons);
            List<Long> nanos = run(base, page.getValue(), ids, signedIn, seconds, reasons);
            Collections.sort(nanos);
            System.out.printf(Locale.ROOT, "%-24s %8d %8.1f %8.1f %8.1f %8d%n", page.getKey(), nanos.size(),
                    percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 100), reasons.size());
            if (!reasons.isEmpty()) {
                failures.put(page.getKey(), reasons);
            }
        }
        firstVisit(probe, base);
        if (!failures.isEmpty()) {
            // Counted, not thrown: one failure must not hide the figures of the rest of the run.
            failures.forEach((page, reasons) -> System.out.printf(Locale.ROOT, "%s failed %d times (warm-up included),"
                    + " first: %s%n", page, reasons.size(), reasons.get(0)));
            System.exit(1);
        }
    }

    /** Every client asks for the page (an article's at random for {id}) until the time is up: the answers' times. */
    private static List<Long> run(String base, String page, List<Long> ids, List<HttpClient> clients, int seconds,
                                  List<String> failures) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Long> timings = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (HttpClient client : clients) {
            done.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    String path = page.replace("{id}",
                            ids.get(ThreadLocalRandom.current().nextInt(ids.size())).toString());
                    long start = System.nanoTime();
                    HttpResponse<String> answer;
                    try {
                        answer = client.send(HttpRequest.newBuilder(URI.create(base + path))
                                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                    } catch (IOException lost) {
                        failures.add(lost + " after " + (System.nanoTime() - start) / 1_000_000 + " ms");
                        continue;
                    }
                    long took = System.nanoTime() - start;
                    if (answer.statusCode() != 200 || (path.contains(".xhtml") && !answer.body().contains("zw-main"))) {
                        failures.add(answer.statusCode() + " after " + took / 1_000_000 + " ms");
                    } else {
                        timings.add(took);
                    }
                }
                return null;
            }));
        }
        for (var future : done) {
            future.get();
        }
        pool.shutdown();
        return new ArrayList<>(timings);
    }

    /**
     * A client with a session of its own, signed in through the login form as a browser would be: with the form's
     * token (also in a cookie) and its own origin.
     */
    static HttpClient signedIn(String base, String[] user) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        String login = client.send(HttpRequest.newBuilder(URI.create(base + "/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = SIGN_IN_TOKEN.matcher(login);
        if (!token.find()) {
            throw new IllegalStateException("no sign-in form at " + base);
        }
        String form = "j_username=" + URLEncoder.encode(user[0], StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(user[1], StandardCharsets.UTF_8) + "&token="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        URI origin = URI.create(base).resolve("/");
        HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin.toString().replaceAll("/$", ""))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (!home.body().contains("zw-main")) {
            throw new IllegalStateException("could not sign in as " + user[0] + ": " + home.statusCode());
        }
        return client;
    }

    private static List<Long> articleIds(HttpClient client, String base) throws IOException, InterruptedException {
        String list = client.send(HttpRequest.newBuilder(URI.create(base + "/api/articles?size=200&sort=oldest")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<Long> ids = new ArrayList<>();
        Matcher matcher = ID.matcher(list);
        while (matcher.find()) {
            ids.add(Long.valueOf(matcher.group(1)));
        }
        return ids;
    }

    private static long total(HttpClient client, String base) throws IOException, InterruptedException {
        String list = client.send(HttpRequest.newBuilder(URI.create(base + "/api/articles?size=1")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher matcher = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(list);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    /** The scripts and styles the dashboard links to, as transferred (gzip when the server compresses). */
    private static void firstVisit(HttpClient client, String base) throws IOException, InterruptedException {
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        URI origin = URI.create(base);
        long transferred = 0;
        long inflated = 0;
        int count = 0;
        Matcher matcher = RESOURCE.matcher(page);
        while (matcher.find()) {
            URI resource = origin.resolve(matcher.group(1).replace("&amp;", "&"));
            HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(resource)
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            transferred += answer.body().length;
            boolean gzip = answer.headers().firstValue("Content-Encoding").map("gzip"::equals).orElse(false);
            inflated += gzip ? new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(answer.body()))
                    .readAllBytes().length : answer.body().length;
            count++;
        }
        System.out.printf(Locale.ROOT, "first visit to the dashboard: %d scripts and styles, %.0f KB transferred"
                + " (%.0f KB uncompressed)%n", count, transferred / 1024.0, inflated / 1024.0);
    }

    private static double percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }
}
