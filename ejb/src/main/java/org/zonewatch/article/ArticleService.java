package org.zonewatch.article;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

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

import org.zonewatch.article.source.ArticleReader;
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
    private ArticleReader reader;

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
        ArticleImport imported;
        try {
            imported = store(raw, fileName);
        } catch (ArticleRejectedException rejected) {
            metrics.articleRefused();
            throw rejected;
        }
        metrics.articleImported(imported.created());
        return imported;
    }

    private ArticleImport store(byte[] raw, String fileName) {
        var source = reader.read(raw, fileName);
        StoredLengths.check(source);
        String sha256 = sha256(raw);
        Optional<ArticleDetails> existing = store.findBySha256(sha256);
        if (existing.isPresent()) {
            return new ArticleImport(existing.get(), false);
        }
        try {
            return new ArticleImport(store.insert(sha256, source, fileName, raw), true);
        } catch (PersistenceException lostRace) {
            // Only a concurrent import of the same bytes is expected here; anything else has no winner to return.
            return store.findBySha256(sha256).map(winner -> new ArticleImport(winner, false))
                    .orElseThrow(() -> lostRace);
        }
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
     * with search words, each hit has a snippet.
     */
    public ArticlePage list(ArticleQuery query) {
        return search.search(query);
    }

    /** The latest articles, newest first, of a region or of all (null): what the dashboard lists, kept until they change. */
    public List<ArticleSummary> latest(String region, int max) {
        return figures.get(Arrays.asList("latest-articles", region, max), () -> search.search(
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

    static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }
}
