package org.zonewatch.article;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.SearchAggregation;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;
import org.hibernate.search.util.common.data.RangeBoundInclusion;
import org.zonewatch.fact.FigureCache;
import org.zonewatch.platform.BeijingDays;

/**
 * Article lists through the search engine: words matched as phrases in title and text, the filters, the order,
 * one page of hits (with snippets, see {@link Snippets}), and the facet counts. Everything the user typed is a value handed to the
 * engine's query DSL, never query syntax.
 */
@ApplicationScoped
class ArticleSearch {

    static final String INDEX = "article";
    static final String ID = "articleId";
    static final String YEAR = "year";
    static final String COMPANY_FACET = "companyFacet";
    static final String TITLE_CHARACTERS = "titleCharacters";
    static final String TEXT_CHARACTERS = "textCharacters";

    private static final String TITLE = "title";
    private static final String TEXT = "text";
    private static final String PUBLISHED_AT = "publishedAt";
    /** More facet values than a page can show, fewer than would cost time to count. */
    private static final int MAX_FACET_VALUES = 100;
    /** Matches counted while sorting before the rest are counted separately (see {@link #search}). */
    private static final int COUNT_WHILE_SORTING = 1000;
    /** Roughly two lines of text around the first match. */
    private static final int SNIPPET_LENGTH = 120;

    /** The dimensions users filter by and see counts for. */
    private enum Dimension {
        REGION, CATEGORY, COMPANY, YEAR
    }

    @PersistenceContext(unitName = "zonewatch")
    private EntityManager em;

    @Inject
    private FigureCache figures;

    ArticlePage search(ArticleQuery query) {
        SearchSession session = Search.session(em);
        SearchScope<Article> scope = session.scope(Article.class);
        List<String> words = SearchWords.of(query.text());
        var main = session.search(scope)
                .select(f -> f.entity())
                .where(predicate(scope, query, words, null))
                // The page's articles in one query (Hibernate Search's default loads them 100 at a time).
                .loading(o -> o.fetchSize(query.size()))
                .sort(sort(scope, query.effectiveOrder()))
                // Counting every match exactly would make the engine read the sort key of every match; with a
                // threshold it skips those that cannot make the page, and the count is asked for on its own,
                // which the engine answers from its statistics when it can (all articles, one filter).
                .totalHitCountThreshold(COUNT_WHILE_SORTING);
        // In long: page 2147483647 of the 文章 page times its size wrapped round to a negative offset.
        long offset = (long) query.page() * query.size();
        // Past the window the engine would refuse (OpenSearch) or collect a huge queue (Lucene); the count alone is
        // still right. A page that straddles its end is cut there, or OpenSearch would refuse the whole page.
        var result = offset >= ArticleQuery.MAX_RESULT_WINDOW ? main.fetch(0)
                : main.fetch((int) offset, (int) Math.min(query.size(), ArticleQuery.MAX_RESULT_WINDOW - offset));
        List<ArticleSummary> items = offset >= ArticleQuery.MAX_RESULT_WINDOW ? List.of() : result.hits().stream()
                .map(article -> article.summary(words.isEmpty() ? null
                        : Snippets.of(words, article.title(), article.text(), SNIPPET_LENGTH)))
                .toList();
        long total = result.total().isHitCountExact() ? result.total().hitCount()
                : session.search(scope).where(predicate(scope, query, words, null)).fetchTotalHitCount();
        return new ArticlePage(total, items, facets(session, scope, query, words, total));
    }

    /**
     * The facet counts of what the query matches, whatever its page and order. Counting four dimensions over
     * 100,000 articles was most of a list's time (BENCHMARKS.md section 7) and the same counts serve every page and
     * user, so they are kept in the figure cache, under the number of articles matched as well: counts worked out
     * while an import's articles were stored but not yet in the index are not kept once they are.
     */
    private ArticleFacets facets(SearchSession session, SearchScope<Article> scope, ArticleQuery query,
                                 List<String> words, long matched) {
        var filters = new ArticleQuery(query.text(), query.from(), query.to(), query.region(), query.company(),
                query.category(), query.year(), null, 0, 1);
        return figures.get(List.of("article-facets", filters, matched),
                () -> countFacets(session, scope, query, words));
    }

    private ArticleFacets countFacets(SearchSession session, SearchScope<Article> scope, ArticleQuery query,
                                      List<String> words) {
        Map<Dimension, Map<String, Long>> counts = new EnumMap<>(Dimension.class);
        // The dimensions without a filter of their own count on one query; one with a filter needs a query without
        // that filter, so that its other values keep their counts.
        var together = session.search(scope).where(predicate(scope, query, words, null));
        List<Dimension> unfiltered = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            var key = AggregationKey.<Map<String, Long>>of(dimension.name());
            if (filtered(query, dimension)) {
                counts.put(dimension, session.search(scope)
                        .where(predicate(scope, query, words, dimension))
                        .aggregation(key, aggregation(scope, dimension))
                        .fetch(0)
                        .aggregation(key));
            } else {
                unfiltered.add(dimension);
                // The options steps are one builder: the aggregation is added to the same query.
                together.aggregation(key, aggregation(scope, dimension));
            }
        }
        if (!unfiltered.isEmpty()) {
            var result = together.fetch(0);
            for (Dimension dimension : unfiltered) {
                counts.put(dimension, result.aggregation(AggregationKey.of(dimension.name())));
            }
        }
        return new ArticleFacets(FacetCount.of(counts.get(Dimension.REGION)),
                FacetCount.of(counts.get(Dimension.CATEGORY)), FacetCount.companies(counts.get(Dimension.COMPANY)),
                FacetCount.of(counts.get(Dimension.YEAR)));
    }

    /** Every word as a phrase in title or text, and every filter but {@code without}'s. */
    private static SearchPredicate predicate(SearchScope<Article> scope, ArticleQuery query, List<String> words,
                                             Dimension without) {
        SearchPredicateFactory f = scope.predicate();
        BooleanPredicateClausesStep<?> bool = f.bool();
        if (words.isEmpty()) {
            bool.must(f.matchAll());
        }
        for (String word : words) {
            // One character has no pair to be found by: it is looked up among the single characters.
            bool.must(word.codePointCount(0, word.length()) == 1
                    ? f.match().field(TITLE_CHARACTERS).boost(2).field(TEXT_CHARACTERS).matching(word)
                    : f.phrase().field(TITLE).boost(2).field(TEXT).matching(word));
        }
        if (query.from() != null || query.to() != null) {
            bool.filter(f.range().field(PUBLISHED_AT).within(Range.between(BeijingDays.start(query.from()),
                    RangeBoundInclusion.INCLUDED, BeijingDays.end(query.to()), RangeBoundInclusion.EXCLUDED)));
        }
        if (query.region() != null && without != Dimension.REGION) {
            bool.filter(f.match().field("region").matching(query.region()));
        }
        if (query.category() != null && without != Dimension.CATEGORY) {
            bool.filter(f.match().field("categories").matching(query.category()));
        }
        if (query.company() != null && without != Dimension.COMPANY) {
            bool.filter(f.bool()
                    .should(f.match().field("companies.code").matching(query.company()))
                    .should(f.match().field("companies.name").matching(query.company())));
        }
        if (query.year() != null && without != Dimension.YEAR) {
            bool.filter(f.match().field(YEAR).matching(String.valueOf(query.year())));
        }
        return bool.toPredicate();
    }

    private static SearchSort sort(SearchScope<Article> scope, ArticleOrder order) {
        SearchSortFactory f = scope.sort();
        return switch (order) {
            case RELEVANCE -> f.score().then().field(PUBLISHED_AT).desc().then().field(ID).desc().toSort();
            case NEWEST -> f.field(PUBLISHED_AT).desc().then().field(ID).desc().toSort();
            case OLDEST -> f.field(PUBLISHED_AT).asc().then().field(ID).asc().toSort();
        };
    }

    private static boolean filtered(ArticleQuery query, Dimension dimension) {
        return switch (dimension) {
            case REGION -> query.region() != null;
            case CATEGORY -> query.category() != null;
            case COMPANY -> query.company() != null;
            case YEAR -> query.year() != null;
        };
    }

    private static SearchAggregation<Map<String, Long>> aggregation(SearchScope<Article> scope, Dimension dimension) {
        var f = scope.aggregation();
        return switch (dimension) {
            case REGION -> f.terms().field("region", String.class).maxTermCount(MAX_FACET_VALUES).toAggregation();
            case CATEGORY -> f.terms().field("categories", String.class).maxTermCount(MAX_FACET_VALUES).toAggregation();
            case COMPANY -> f.terms().field(COMPANY_FACET, String.class).maxTermCount(MAX_FACET_VALUES).toAggregation();
            case YEAR -> f.terms().field(YEAR, String.class).maxTermCount(MAX_FACET_VALUES).toAggregation();
        };
    }
}
