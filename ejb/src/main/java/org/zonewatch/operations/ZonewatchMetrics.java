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

    /** Article files imported, alone, from a zip or from the import folder, by {@value #OUTCOME}. */
    private static final String ARTICLES_IMPORTED = "zonewatch.articles.imported";
    private static final String OUTCOME = "outcome";

    @Inject
    private MeterRegistry registry;

    private Counter articlesStored;
    private Counter articlesDuplicate;
    private Counter articlesRefused;
    private Counter factsExtracted;
    private Timer extraction;
    private Counter failedSignIns;

    // Only the registry's methods that take a name and tags: WildFly's per-deployment registry passes those on to the
    // registries it serves, while a Meter builder's register() would keep the meter to itself, never exported.
    @PostConstruct
    void register() {
        articlesStored = registry.counter(ARTICLES_IMPORTED, OUTCOME, "stored");
        articlesDuplicate = registry.counter(ARTICLES_IMPORTED, OUTCOME, "duplicate");
        articlesRefused = registry.counter(ARTICLES_IMPORTED, OUTCOME, "refused");
        factsExtracted = registry.counter("zonewatch.facts.extracted");
        extraction = registry.timer("zonewatch.extraction");
        failedSignIns = registry.counter("zonewatch.sign-ins.failed");
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
        registry.timer("zonewatch.workbooks", "type", type).record(write);
    }

    public void signInFailed() {
        failedSignIns.increment();
    }
}
