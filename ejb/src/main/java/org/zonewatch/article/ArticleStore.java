package org.zonewatch.article;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.zonewatch.article.source.ArticleReader;
import org.zonewatch.fact.ExtractionBudget;
import org.zonewatch.fact.Fact;
import org.zonewatch.fact.FactAction;
import org.zonewatch.fact.FactAudit;
import org.zonewatch.fact.FactMerge;
import org.zonewatch.fact.FactOrigin;
import org.zonewatch.fact.FactsVersion;
import org.zonewatch.fact.extraction.Extraction;
import org.zonewatch.fact.extraction.FactExtractor;
import org.zonewatch.indicator.IndicatorCatalogue;
import org.zonewatch.indicator.IndicatorMatcher;
import org.zonewatch.operations.ZonewatchMetrics;

/**
 * Writes articles, in transactions of their own: a failed insert (say, the same file imported at the same moment by
 * someone else) leaves nothing behind, and the caller can still look up the winner.
 */
@ApplicationScoped
public class ArticleStore {

    @PersistenceContext(unitName = "zonewatch")
    private EntityManager em;

    @Inject
    private IndicatorCatalogue catalogue;

    @Inject
    private ArticleReader reader;

    @Inject
    private FactExtractor extractor;

    @Inject
    private ExtractionBudget budget;

    @Inject
    private FactsVersion factsVersion;

    @Inject
    private ZonewatchMetrics metrics;

    private final Clock clock = Clock.systemUTC();

    /**
     * Reads and checks an article file and extracts its facts: everything an import works out from the file alone,
     * before it asks whether the bytes are stored, and outside any transaction, so that a bulk import can do it for
     * the next files on another processor while the last ones are stored.
     */
    PreparedArticle prepare(ArticleFile file) {
        var source = reader.read(file.raw(), file.name());
        StoredLengths.check(source);
        return new PreparedArticle(file, source, extract(source.text()));
    }

    /**
     * Stores articles with their facts in one transaction: one commit, one move of the facts' version and one look
     * at the catalogue for all of them, which is most of what an article costs when each has its own.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<ArticleDetails> insert(List<PreparedArticle> prepared) {
        IndicatorMatcher matcher = catalogue.matcher();
        // The database keeps microseconds: what is returned now must equal what is read back later.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Article> stored = new ArrayList<>(prepared.size());
        for (PreparedArticle read : prepared) {
            var article = new Article(read.sha256(), read.source(), now);
            article.recordFacts(read.extraction(), matcher);
            em.persist(article);
            em.persist(new ArticleSource(article, read.file().name(), read.source().charset(), read.file().raw()));
            stored.add(article);
        }
        // Last: it locks the one row every import updates, so it is held from here to the commit only.
        factsVersion.changed();
        em.flush();
        return stored.stream().map(Article::details).toList();
    }

    /**
     * Derives everything again from the stored raw file, with today's reader, extractor and catalogue. Facts are
     * merged, not replaced (see {@link FactMerge}): what editors did survives, and facts found again keep their ids.
     * The article is locked meanwhile, so no editor changes its facts halfway.
     *
     * @param user who reprocesses, named in the history of facts kept or found again
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void reprocess(long id, String user) {
        Article article = em.find(Article.class, id, LockModeType.PESSIMISTIC_WRITE);
        factsVersion.changed();
        var stored = em.find(ArticleSource.class, id);
        var source = reader.read(stored.content(), stored.fileName());
        String oldText = article.text();
        article.deriveFrom(source);
        var extraction = extract(source.text());
        var plan = FactMerge.plan(List.copyOf(article.facts()), extraction.facts(), oldText, source.text());
        Map<Long, FactAction> lastActs = new HashMap<>();
        em.createNamedQuery("FactAudit.ofArticle", FactAudit.class).setParameter("article", id).getResultStream()
                .forEach(entry -> lastActs.putIfAbsent(entry.factId(), entry.action()));
        // Positions are unique per article: the facts that stay step aside first, so that no new position meets an
        // old one while the rows are updated one by one.
        article.facts().removeAll(plan.discarded());
        int aside = -1;
        for (Fact fact : article.facts()) {
            fact.placeAt(aside--);
        }
        em.flush();
        IndicatorMatcher matcher = catalogue.matcher();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<FactMerge.Step> steps = plan.steps();
        for (int position = 0; position < steps.size(); position++) {
            FactMerge.Step step = steps.get(position);
            if (step instanceof FactMerge.Create create) {
                article.facts().add(new Fact(article, position, create.extracted(), matcher));
            } else if (step instanceof FactMerge.Update update) {
                Fact fact = update.fact();
                fact.takeExtracted(update.extracted(), matcher);
                fact.placeAt(position);
                if (lastActs.get(fact.id()) == FactAction.DETACH) {
                    em.persist(FactAudit.of(fact, now, user, FactAction.ATTACH));
                }
            } else if (step instanceof FactMerge.Keep keep) {
                Fact fact = keep.fact();
                fact.placeAt(position);
                if (!keep.spanHolds()) {
                    fact.loseSpan();
                }
                // Shown in the fact's history, once, until the extractor finds it again.
                if (!keep.found() && fact.origin() == FactOrigin.EXTRACTED
                        && lastActs.get(fact.id()) != FactAction.DETACH) {
                    em.persist(FactAudit.of(fact, now, user, FactAction.DETACH));
                }
            }
        }
        article.recordWarnings(extraction);
    }

    /** The articles stored with these SHA-256 sums, by sum. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Map<String, ArticleDetails> findBySha256(Collection<String> sha256s) {
        Map<String, ArticleDetails> found = new HashMap<>();
        em.createNamedQuery("Article.bySha256", Article.class)
                .setParameter("sha256s", sha256s)
                .getResultStream()
                .forEach(article -> found.put(article.sha256(), article.details()));
        return found;
    }

    /** The articles stored with these SHA-256 sums, by sum, without their details. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Map<String, StoredArticle> storedAlready(Collection<String> sha256s) {
        Map<String, StoredArticle> found = new HashMap<>();
        em.createQuery("select a.sha256, a.id, size(a.warnings) from Article a where a.sha256 in :sha256s",
                        Object[].class)
                .setParameter("sha256s", sha256s)
                .getResultStream()
                .forEach(row -> found.put((String) row[0],
                        new StoredArticle((Long) row[1], ((Number) row[2]).intValue())));
        return found;
    }

    private Extraction extract(String text) {
        return metrics.extraction(() -> budget.read(extractor, text), read -> read.facts().size());
    }
}
