package org.zonewatch.article;

import java.util.List;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;

/**
 * The analysers of article titles and texts, for Chinese without a dictionary: Lucene's CJK bigrams (README,
 * "Search", with the figures). Each run of Han characters becomes its overlapping two-character pairs, so a
 * search for 跨境资金池 is the phrase 跨境 境资 资金 金池 and finds only texts where those characters stand
 * together. A second field of each holds the characters one by one, for searches of a single character, which
 * no pair can find. Width folding and lower case make full-width and upper-case Latin letters and digits match
 * their plain forms. Components are named rather than referenced as classes: the Lucene module stays private to
 * WildFly's Hibernate Search.
 */
public class ChineseAnalysis implements LuceneAnalysisConfigurer {

    /** Pairs of characters, for indexing and for searching. */
    static final String BIGRAMS = "cjk";
    /** Characters one by one. */
    static final String CHARACTERS = "cjk_characters";
    /** Lucene's names of the tokenizer and the filters, in order (also measured by the tests). */
    static final String TOKENIZER = "standard";
    static final List<String> NORMALISATION = List.of("cjkWidth", "lowercase");
    static final String BIGRAM_FILTER = "cjkBigram";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        var bigrams = context.analyzer(BIGRAMS).custom().tokenizer(TOKENIZER);
        NORMALISATION.forEach(bigrams::tokenFilter);
        bigrams.tokenFilter(BIGRAM_FILTER);
        // The standard tokenizer already cuts Han text into single characters.
        var characters = context.analyzer(CHARACTERS).custom().tokenizer(TOKENIZER);
        NORMALISATION.forEach(characters::tokenFilter);
    }
}
