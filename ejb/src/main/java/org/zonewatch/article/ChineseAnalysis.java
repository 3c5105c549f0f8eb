package org.zonewatch.article;

import java.util.List;
import java.util.stream.Stream;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers of article titles and texts, for Chinese without a dictionary: Lucene's CJK bigrams (README,
 * "Search", with the figures). Each run of Han characters becomes its overlapping two-character pairs, so a
 * search for 跨境资金池 is the phrase 跨境 境资 资金 金池 and finds only texts where those characters stand
 * together. A second field of each holds the characters one by one, for searches of a single character, which
 * no pair can find. Width folding and lower case make full-width and upper-case Latin letters and digits match
 * their plain forms.
 *
 * <p>One definition for both search backends (README, "Search"): the embedded Lucene index and OpenSearch, whose
 * analysis module runs the same Lucene tokenizer and filters under other names. Components are named rather than
 * referenced as classes: the Lucene module stays private to WildFly's Hibernate Search.
 */
public class ChineseAnalysis implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

    /** Pairs of characters, for indexing and for searching. */
    static final String BIGRAMS = "cjk";
    /** Characters one by one. */
    static final String CHARACTERS = "cjk_characters";

    /** A Lucene tokenizer or filter by its names in Lucene's factories and in OpenSearch's analysis module. */
    enum Step {
        STANDARD_TOKENIZER("standard", "standard"),
        WIDTH_FOLDING("cjkWidth", "cjk_width"),
        LOWER_CASE("lowercase", "lowercase"),
        BIGRAM_FILTER("cjkBigram", "cjk_bigram");

        final String lucene;
        final String openSearch;

        Step(String lucene, String openSearch) {
            this.lucene = lucene;
            this.openSearch = openSearch;
        }
    }

    /** The filters both analysers start with, in order (also measured by the tests). */
    static final List<Step> NORMALISATION = List.of(Step.WIDTH_FOLDING, Step.LOWER_CASE);

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        var bigrams = context.analyzer(BIGRAMS).custom().tokenizer(Step.STANDARD_TOKENIZER.lucene);
        bigramFilters().forEach(step -> bigrams.tokenFilter(step.lucene));
        // The standard tokenizer already cuts Han text into single characters.
        var characters = context.analyzer(CHARACTERS).custom().tokenizer(Step.STANDARD_TOKENIZER.lucene);
        NORMALISATION.forEach(step -> characters.tokenFilter(step.lucene));
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(BIGRAMS).custom().tokenizer(Step.STANDARD_TOKENIZER.openSearch)
                .tokenFilters(bigramFilters().map(step -> step.openSearch).toArray(String[]::new));
        context.analyzer(CHARACTERS).custom().tokenizer(Step.STANDARD_TOKENIZER.openSearch)
                .tokenFilters(NORMALISATION.stream().map(step -> step.openSearch).toArray(String[]::new));
    }

    private static Stream<Step> bigramFilters() {
        return Stream.concat(NORMALISATION.stream(), Stream.of(Step.BIGRAM_FILTER));
    }
}
