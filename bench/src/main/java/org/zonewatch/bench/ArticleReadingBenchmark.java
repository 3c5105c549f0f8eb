package org.zonewatch.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.zonewatch.article.source.ArticleReader;

/**
 * Reading an uploaded file as an import does: decoding, front matter, jsoup cleaning, metadata and
 * region. Articles per second on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
// Measured here: with the other core busy, reading kept speeding up for 7 to 8 warm-up iterations of
// 2 s (jsoup alone levels off after 2); with 3, the JIT was still compiling during measurement.
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class ArticleReadingBenchmark {

    private final ArticleReader reader = new ArticleReader();
    private List<byte[]> rawArticles;

    @Setup
    public void loadCorpus() {
        rawArticles = DevCorpus.rawArticles();
    }

    /** One invocation reads every corpus article, so the score is articles per second. */
    @Benchmark
    @OperationsPerInvocation(DevCorpus.SIZE)
    public void read(Blackhole articles) {
        for (byte[] raw : rawArticles) {
            articles.consume(reader.read(raw));
        }
    }
}
