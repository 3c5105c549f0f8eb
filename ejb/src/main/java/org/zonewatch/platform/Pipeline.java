package org.zonewatch.platform;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.zonewatch.article.source.ArticleReader;
import org.zonewatch.fact.extraction.FactExtractor;

/** The pure reading and extraction logic, one immutable, thread-safe instance of each for the whole application. */
@Dependent
public class Pipeline {

    @Produces
    @Singleton
    ArticleReader articleReader() {
        return new ArticleReader();
    }

    @Produces
    @Singleton
    FactExtractor factExtractor() {
        return new FactExtractor();
    }
}
