package org.zonewatch.article;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.zonewatch.article.source.SourceArticle;

/**
 * Writes one imported article in a transaction of its own, so a failed insert (say, the same file imported
 * at the same moment by someone else) leaves nothing behind and the caller can still look up the winner.
 */
@ApplicationScoped
class ArticleStore {

    @PersistenceContext(unitName = "zonewatch")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    ArticleDetails insert(String sha256, SourceArticle source, String fileName, byte[] raw) {
        // The database keeps microseconds: what is returned now must equal what is read back later.
        var article = new Article(sha256, source, clock.instant().truncatedTo(ChronoUnit.MICROS));
        em.persist(article);
        em.persist(new ArticleSource(article, fileName, source.charset(), raw));
        em.flush();
        return article.details();
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
