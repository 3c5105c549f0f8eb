package org.zonewatch.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a signed-in user's session holds on the server: N users sign in through the login form, each opens the
 * 文章 list on P different pages, and the server's heap in use after a full collection (jcmd, on the same machine)
 * is compared before and after. The pages' caches are warmed first by a few such users, so that what grows is the
 * sessions. Sessions stay until they time out, so each run needs a freshly started server to compare with another.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.zonewatch.bench.SessionFootprint BASE SERVER_PID [users] [pages]</pre>
 */
public final class SessionFootprint {

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final int WARM_UP_USERS = 5;
    private static final int AT_ONCE = 6;

    private SessionFootprint() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/+$", "");
        long pid = Long.parseLong(args[1]);
        int users = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int pages = args.length > 3 ? Integer.parseInt(args[3]) : 15;

        browse(base, WARM_UP_USERS, pages);
        long before = heapUsedKb(pid);
        browse(base, users, pages);
        long after = heapUsedKb(pid);
        System.out.printf(Locale.ROOT, "heap in use after a full collection: %,d KB before, %,d KB after %d users "
                + "each opened the list on %d pages: %,d KB a session%n", before, after, users, pages,
                (after - before) / users);
    }

    private static void browse(String base, int users, int pages) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                done.add(pool.submit(() -> {
                    HttpClient client = PageLatency.signedIn(base, new String[] {"viewer", "viewer"});
                    for (int page = 1; page <= pages; page++) {
                        var answer = client.send(HttpRequest.newBuilder(URI.create(base + "/articles.xhtml?page=" + page))
                                .build(), HttpResponse.BodyHandlers.discarding());
                        if (answer.statusCode() != 200) {
                            throw new IllegalStateException("the list's page " + page + ": " + answer.statusCode());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> user : done) {
                user.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static long heapUsedKb(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        Matcher used = HEAP_USED.matcher(jcmd(pid, "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("no heap figure from jcmd " + pid);
        }
        return Long.parseLong(used.group(1));
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + pid + " " + command + ": " + output);
        }
        return output;
    }
}
