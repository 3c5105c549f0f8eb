package org.zonewatch.article;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.zonewatch.article.source.ArticleReader;
import org.zonewatch.article.source.SourceArticle;
import org.zonewatch.fact.extraction.FactExtractor;
import org.zonewatch.indicator.IndicatorCatalogue;

/**
 * Writes articles, each in a transaction of its own: a failed insert (say, the same file imported at the same
 * moment by someone else) leaves nothing behind, and the caller can still look up the winner.
 */
@ApplicationScoped
class ArticleStore {

    @PersistenceContext(unitName = "zonewatch")
    private EntityManager em;

    @Inject
    private IndicatorCatalogue catalogue;

    @Inject
    private ArticleReader reader;

    @Inject
    private FactExtractor extractor;

    private final Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    ArticleDetails insert(String sha256, SourceArticle source, String fileName, byte[] raw) {
        // The database keeps microseconds: what is returned now must equal what is read back later.
        var article = new Article(sha256, source, clock.instant().truncatedTo(ChronoUnit.MICROS));
        article.recordFacts(extractor.read(source.text()), catalogue.matcher());
        em.persist(article);
        em.persist(new ArticleSource(article, fileName, source.charset(), raw));
        em.flush();
        return article.details();
    }

    /** Derives everything again from the stored raw file, with today's reader, extractor and catalogue. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void reprocess(long id) {
        var stored = em.find(ArticleSource.class, id);
        var source = reader.read(stored.content(), stored.fileName());
        Article article = stored.article();
        article.deriveFrom(source);
        // The old facts leave the database first: the new ones take the same positions.
        article.discardFacts();
        em.flush();
        article.recordFacts(extractor.read(source.text()), catalogue.matcher());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<ArticleDetails> findBySha256(String sha256) {
        return em.createNamedQuery("Article.bySha256", Article.class)
                .setParameter("sha256", sha256)
                .getResultStream()
                .findFirst()
                .map(Article::details);
    }
}
