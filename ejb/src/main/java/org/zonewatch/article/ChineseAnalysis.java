package org.zonewatch.article;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;

/**
 * The analyser of article titles and texts, for Chinese without a dictionary: Lucene's CJK bigrams (README,
 * "Search"). Each run of Han characters becomes its overlapping two-character pairs, so a search for 跨境资金池
 * is the phrase 跨境 境资 资金 金池 and finds only texts where those characters stand together. Width folding
 * and lower case make full-width and upper-case Latin letters and digits match their plain forms. Components
 * are named rather than referenced as classes: the Lucene module stays private to WildFly's Hibernate Search.
 */
public class ChineseAnalysis implements LuceneAnalysisConfigurer {

    static final String ANALYZER = "cjk";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ANALYZER).custom()
                .tokenizer("standard")
                .tokenFilter("cjkWidth")
                .tokenFilter("lowercase")
                .tokenFilter("cjkBigram");
    }
}
