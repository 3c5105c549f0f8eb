package org.zonewatch.article;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.zonewatch.article.source.ArticleRejectedException;
import org.zonewatch.fact.FactsVersion;
import org.zonewatch.fact.FigureCache;
import org.zonewatch.operations.ZonewatchMetrics;
import org.zonewatch.platform.Roles;

/** The facade the pages and the API use for articles. Returns views, never entities. */
@Stateless
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class ArticleService {

    @PersistenceContext(unitName = "zonewatch")
    private EntityManager em;

    @Inject
    private ArticleStore store;

    @Inject
    private ArticleSearch search;

    @Inject
    private SearchIndex searchIndex;

    @Resource
    private SessionContext context;

    @Inject
    private FactsVersion factsVersion;

    @Inject
    private FigureCache figures;

    @Inject
    private ZonewatchMetrics metrics;

    /**
     * Imports one raw article file. The same bytes imported again return the article already stored and change
     * nothing, also when two imports of them race.
     *
     * @throws ArticleRejectedException when the file cannot be read as an article; nothing is stored then
     */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ArticleImport importArticle(byte[] raw, String fileName) {
        // Asked once, before the file is read; storeNew meets a race lost to another import of the same bytes.
        var file = ArticleFile.of(fileName, raw);
        return importedBefore(file).orElseGet(() -> storeNew(List.of(prepare(file)), new HashMap<>()).get(0));
    }

    /**
     * The article these bytes are stored as already, if they are: a file imported one at a time again is answered
     * without being read or its facts extracted (a bulk import asks once per chunk instead, see
     * {@link #importArticles}).
     */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Optional<ArticleImport> importedBefore(ArticleFile file) {
        String sha256 = file.sha256();
        Optional<ArticleImport> before = Optional.ofNullable(store.findBySha256(Set.of(sha256)).get(sha256))
                .map(article -> new ArticleImport(article, false));
        before.ifPresent(duplicate -> metrics.articleImported(false));
        return before;
    }

    /**
     * Which of these files' SHA-256 sums ({@link ArticleFile#sha256}) are stored already, each such file counted
     * as a duplicate imported: a bulk import answers it without reading it or extracting its facts (a folder
     * rescanned, a zip sent twice), which is most of a file's work.
     */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Map<String, StoredArticle> storedAlready(List<String> sha256s) {
        Map<String, StoredArticle> stored = store.storedAlready(Set.copyOf(sha256s));
        sha256s.stream().filter(stored::containsKey).forEach(duplicate -> metrics.articleImported(false));
        return stored;
    }

    /**
     * Reads and checks an article file and extracts its facts, for {@link #importArticles}: no database work.
     *
     * @throws ArticleRejectedException when the file cannot be read as an article, or its figures cannot be
     *                                  extracted within the budget
     */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PreparedArticle prepare(ArticleFile file) {
        try {
            return store.prepare(file);
        } catch (ArticleRejectedException rejected) {
            metrics.articleRefused();
            throw rejected;
        }
    }

    /**
     * Stores prepared articles together, in one transaction, and answers for each in their order. Bytes already
     * stored, or met earlier in the list, return the article stored first and change nothing, also when two
     * imports of them race.
     *
     * @throws ImportRolledBackException when the database refused one of several new articles: none of them is
     *                                   stored, and each may be imported alone
     */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<ArticleImport> importArticles(List<PreparedArticle> prepared) {
        return storeNew(prepared, new HashMap<>(
                store.findBySha256(prepared.stream().map(PreparedArticle::sha256).collect(Collectors.toSet()))));
    }

    /** Stores the files not among those stored already (by SHA-256), which it completes. */
    private List<ArticleImport> storeNew(List<PreparedArticle> prepared, Map<String, ArticleDetails> stored) {
        Map<String, PreparedArticle> fresh = new LinkedHashMap<>();
        prepared.stream().filter(file -> !stored.containsKey(file.sha256()))
                .forEach(file -> fresh.putIfAbsent(file.sha256(), file));
        Set<String> created = new HashSet<>();
        if (!fresh.isEmpty()) {
            try {
                store.insert(List.copyOf(fresh.values())).forEach(article -> stored.put(article.sha256(), article));
                created.addAll(fresh.keySet());
            } catch (PersistenceException refused) {
                if (fresh.size() > 1) {
                    throw new ImportRolledBackException(fresh.size(), refused);
                }
                // Only a concurrent import of the same bytes is expected here; anything else has no winner to return.
                String sha256 = fresh.keySet().iterator().next();
                stored.put(sha256, Optional.ofNullable(store.findBySha256(Set.of(sha256)).get(sha256))
                        .orElseThrow(() -> refused));
            }
        }
        List<ArticleImport> imports = prepared.stream()
                .map(file -> new ArticleImport(stored.get(file.sha256()), created.remove(file.sha256())))
                .toList();
        imports.forEach(imported -> metrics.articleImported(imported.created()));
        return imports;
    }

    public Optional<ArticleDetails> find(long id) {
        return Optional.ofNullable(em.find(Article.class, id)).map(Article::details);
    }

    public Optional<RawArticle> raw(long id) {
        return Optional.ofNullable(em.find(ArticleSource.class, id)).map(ArticleSource::raw);
    }

    /** The regions articles are about, for choosing one in a search. */
    public List<String> regions() {
        return figures.get("article-regions", () -> em.createQuery("select distinct a.region from Article a"
                + " where a.region is not null order by a.region", String.class).getResultList());
    }

    /**
     * The articles that match, one page of them in the order asked for, with their number and the facet counts;
     * with search words, each hit has a snippet. Kept a few seconds, until the articles change: the first pages of
     * the lists and searches many users open are asked for again and again, and each costs the search index a few
     * milliseconds of a processor.
     */
    public ArticlePage list(ArticleQuery query) {
        return figures.getFromSearch(List.of("article-page", query), () -> search.search(query));
    }

    /** The latest articles, newest first, of a region or of all (null): what the dashboard lists. Kept as lists are. */
    public List<ArticleSummary> latest(String region, int max) {
        return figures.getFromSearch(Arrays.asList("latest-articles", region, max), () -> search.search(
                new ArticleQuery(null, null, null, region, null, null, null, ArticleOrder.NEWEST, 0, max)).items());
    }

    /**
     * Deletes an article with everything derived from it and its raw file; the search index follows.
     *
     * @return false when there is no such article
     */
    @RolesAllowed(Roles.ADMIN)
    public boolean delete(long id) {
        Article article = em.find(Article.class, id);
        if (article == null) {
            return false;
        }
        em.remove(article);
        factsVersion.changed();
        return true;
    }

    /** Builds the search index anew from the database, in the background; answers at once. */
    @RolesAllowed(Roles.ADMIN)
    public SearchIndexStatus rebuildSearchIndex() {
        return searchIndex.rebuild();
    }

    @RolesAllowed(Roles.ADMIN)
    public SearchIndexStatus searchIndexStatus() {
        return searchIndex.status();
    }

    public long count() {
        return em.createQuery("select count(a) from Article a", Long.class).getSingleResult();
    }
}
