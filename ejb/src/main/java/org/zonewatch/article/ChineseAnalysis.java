package org.zonewatch.article;

import java.util.List;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;

/**
 * The analysers of article titles and texts, for Chinese without a dictionary: Lucene's CJK bigrams (README,
 * "Search", with the figures). Each run of Han characters is indexed as its characters and its overlapping
 * two-character pairs; a search uses the pairs alone, so 跨境资金池 is the phrase 跨境 境资 资金 金池 and finds only
 * texts where those characters stand together, while a single character such as 区 still finds its own. Width
 * folding and lower case make full-width and upper-case Latin letters and digits match their plain forms.
 * Components are named rather than referenced as classes: the Lucene module stays private to WildFly's
 * Hibernate Search.
 */
public class ChineseAnalysis implements LuceneAnalysisConfigurer {

    /** For indexing: characters and pairs. */
    static final String ANALYZER = "cjk";
    /** For searching: pairs, or the character alone when it stands alone. */
    static final String SEARCH_ANALYZER = "cjk_search";
    /** Lucene's names of the tokenizer and the filters, in order (also measured by the tests). */
    static final String TOKENIZER = "standard";
    static final List<String> NORMALISATION = List.of("cjkWidth", "lowercase");
    static final String BIGRAMS = "cjkBigram";
    static final String WITH_UNIGRAMS = "outputUnigrams";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        var indexing = context.analyzer(ANALYZER).custom().tokenizer(TOKENIZER);
        NORMALISATION.forEach(indexing::tokenFilter);
        indexing.tokenFilter(BIGRAMS).param(WITH_UNIGRAMS, "true");
        var searching = context.analyzer(SEARCH_ANALYZER).custom().tokenizer(TOKENIZER);
        NORMALISATION.forEach(searching::tokenFilter);
        searching.tokenFilter(BIGRAMS);
    }
}
