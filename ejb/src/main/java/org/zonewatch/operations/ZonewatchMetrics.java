package org.zonewatch.operations;

import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * zonewatch's own meters, in the registry of WildFly's micrometer subsystem, which serves them with the server's on
 * the management interface ({@code /metrics}, README "Operations").
 */
@ApplicationScoped
public class ZonewatchMetrics {

    @Inject
    private MeterRegistry registry;

    private Counter articlesStored;
    private Counter articlesDuplicate;
    private Counter articlesRefused;
    private Counter factsExtracted;
    private Timer extraction;
    private Counter failedSignIns;

    @PostConstruct
    void register() {
        articlesStored = imported("stored");
        articlesDuplicate = imported("duplicate");
        articlesRefused = imported("refused");
        factsExtracted = Counter.builder("zonewatch.facts.extracted")
                .description("Facts the extractor read from imported or reprocessed articles").register(registry);
        extraction = Timer.builder("zonewatch.extraction")
                .description("Reading the facts of one article's text").register(registry);
        failedSignIns = Counter.builder("zonewatch.sign-ins.failed")
                .description("Sign-ins refused for a wrong user name or password").register(registry);
    }

    private Counter imported(String outcome) {
        return Counter.builder("zonewatch.articles.imported").tag("outcome", outcome)
                .description("Article files imported, one at a time or from a zip or the import folder")
                .register(registry);
    }

    /** An article file imported: stored anew, or the same bytes as one stored before. */
    public void articleImported(boolean stored) {
        (stored ? articlesStored : articlesDuplicate).increment();
    }

    /** An article file that is no valid article. */
    public void articleRefused() {
        articlesRefused.increment();
    }

    /** Times one extraction and counts the facts it read. */
    public <T> T extraction(Supplier<T> extract, ToIntFunction<T> factsOf) {
        T read = extraction.record(extract);
        factsExtracted.increment(factsOf.applyAsInt(read));
        return read;
    }

    /** Times the writing of one workbook, of the report type given. */
    public void workbook(String type, Runnable write) {
        Timer.builder("zonewatch.workbooks").tag("type", type)
                .description("Excel workbooks written, and how long each took").register(registry).record(write);
    }

    public void signInFailed() {
        failedSignIns.increment();
    }
}
