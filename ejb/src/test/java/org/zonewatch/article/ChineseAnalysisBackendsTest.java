package org.zonewatch.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.junit.jupiter.api.Test;

/**
 * Both search backends get the same analysers: what {@link ChineseAnalysis} defines on Lucene, translated to
 * OpenSearch's names of the same Lucene components, is what it defines on OpenSearch (ChineseAnalysisTest measures
 * what these analysers find).
 */
class ChineseAnalysisBackendsTest {

    private static final Map<String, List<String>> ON_OPENSEARCH = Map.of(
            ChineseAnalysis.BIGRAMS, List.of("standard", "cjk_width", "lowercase", "cjk_bigram"),
            ChineseAnalysis.CHARACTERS, List.of("standard", "cjk_width", "lowercase"));

    @Test
    void openSearchGetsTheAnalysersOfLucene() {
        var lucene = new Definitions();
        new ChineseAnalysis().configure(lucene.context(LuceneAnalysisConfigurationContext.class));
        var openSearch = new Definitions();
        new ChineseAnalysis().configure(openSearch.context(ElasticsearchAnalysisConfigurationContext.class));

        Map<String, List<String>> luceneInOpenSearchNames = new LinkedHashMap<>();
        lucene.analysers.forEach((name, components) -> luceneInOpenSearchNames.put(name,
                components.stream().map(ChineseAnalysisBackendsTest::openSearchName).toList()));
        assertEquals(ON_OPENSEARCH, luceneInOpenSearchNames);
        assertEquals(ON_OPENSEARCH, openSearch.analysers);
    }

    private static String openSearchName(String luceneName) {
        return Arrays.stream(ChineseAnalysis.Step.values()).filter(step -> step.lucene.equals(luceneName))
                .findFirst().orElseThrow(() -> new AssertionError("not a step: " + luceneName)).openSearch;
    }

    /**
     * Records the analysers a configurer defines through either backend's builder: each analyser's tokenizer and
     * filters by name, in order.
     */
    private static final class Definitions {

        final Map<String, List<String>> analysers = new LinkedHashMap<>();
        private List<String> current;

        <T> T context(Class<T> type) {
            return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "analyzer" -> {
                        current = new ArrayList<>();
                        analysers.put((String) args[0], current);
                    }
                    case "tokenizer", "tokenFilter" -> current.add((String) args[0]);
                    case "tokenFilters" -> current.addAll(List.of((String[]) args[0]));
                    case "custom" -> {
                        // the builder of a custom analyser: what follows are its components
                    }
                    default -> throw new AssertionError("not expected of the analysers: " + method);
                }
                return method.getReturnType().isInterface() ? context(method.getReturnType()) : null;
            }));
        }
    }
}
