package org.zonewatch.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The floor for reading: a bare jsoup parse and {@code text()} of each article's HTML body, measured in
 * the same run so that reading is judged against this machine's state today, not against a figure taken
 * on another day.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class JsoupBaselineBenchmark {

    private List<String> htmlBodies;
    private String seedHtmlBody;

    @Setup
    public void loadCorpus() {
        htmlBodies = DevCorpus.rawArticles().stream().map(DevCorpus::htmlBody).toList();
        seedHtmlBody = DevCorpus.htmlBody(DevCorpus.raw(DevCorpus.SEED));
    }

    /** The same articles as the reading benchmark: articles per second. */
    @Benchmark
    @OperationsPerInvocation(DevCorpus.SIZE)
    public void parseCorpus(Blackhole texts) {
        for (String html : htmlBodies) {
            texts.consume(Jsoup.parse(html).text());
        }
    }

    /** The seed article alone, to compare with PLATFORM.md's 24,000 articles/s. */
    @Benchmark
    public String parseSeedArticle() {
        return Jsoup.parse(seedHtmlBody).text();
    }
}
