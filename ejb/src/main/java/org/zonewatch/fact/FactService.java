package org.zonewatch.fact;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import org.zonewatch.article.Article;
import org.zonewatch.fact.extraction.Extraction;
import org.zonewatch.fact.extraction.FactExtractor;
import org.zonewatch.fact.extraction.Sentences;
import org.zonewatch.indicator.IndicatorCatalogue;
import org.zonewatch.indicator.IndicatorDefinition;
import org.zonewatch.indicator.IndicatorMatcher;
import org.zonewatch.platform.Roles;

/**
 * The facade for facts: extraction on any text, stored nowhere (previews and scripts), and editors' corrections of
 * stored facts — correct, reject, restore, add — each recorded in the fact's history under the caller's name.
 * Returns views, never entities. A change of an article's facts locks the article, so it never interleaves with
 * reprocessing or another change of the same article.
 */
@Stateless
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class FactService {

    @PersistenceContext(unitName = "zonewatch")
    private EntityManager em;

    @Inject
    private FactExtractor extractor;

    @Inject
    private ExtractionBudget budget;

    @Inject
    private IndicatorCatalogue catalogue;

    @Inject
    private FactsVersion factsVersion;

    @Resource
    private SessionContext context;

    private final Clock clock = Clock.systemUTC();

    /** The facts of {@code text}, their periods dated as if it had been published on {@code published}. */
    public FactExtractionView extract(String text, LocalDate published) {
        IndicatorMatcher matcher = catalogue.matcher();
        Extraction extraction = budget.read(extractor, text);
        return new FactExtractionView(extraction.facts().stream()
                .map(fact -> FactView.of(fact, matcher.codeFor(fact.metric(), fact.unit()).orElse(null), published))
                .toList(), extraction.unreadable());
    }

    /** The article that states the fact, by its id. */
    public Optional<Long> articleOf(long factId) {
        return em.createQuery("select f.article.id from Fact f where f.id = :id", Long.class)
                .setParameter("id", factId)
                .getResultStream()
                .findFirst();
    }

    public Optional<FactView> find(long factId) {
        return Optional.ofNullable(em.find(Fact.class, factId)).map(Fact::view);
    }

    /**
     * Sets the fields the change gives; those that really change become the editor's, which reprocessing no longer
     * overwrites.
     *
     * @throws FactRefusedException 422 naming the field when a value is not acceptable, 404 for no such fact
     */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public FactView correct(long factId, FactChange change) {
        Fact fact = locked(factId);
        FactChange checked = FactValidation.checked(change, fact.view(), indicatorCodes(), fact.article().text());
        audit(fact, fact.correct(checked, catalogue.matcher()));
        return flushed(fact);
    }

    /** The fact stays, flagged, and counts in no report, series or figure; again rejecting changes nothing. */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public FactView reject(long factId) {
        Fact fact = locked(factId);
        audit(fact, fact.reject().stream().toList());
        return flushed(fact);
    }

    /** Takes a rejected fact back. */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public FactView restore(long factId) {
        Fact fact = locked(factId);
        audit(fact, fact.restore().stream().toList());
        return flushed(fact);
    }

    /**
     * Adds a fact the extractor missed. Metric, value and unit are required; with a span, the fact's sentence is the
     * one around it. Listed after the article's other facts until the next reprocessing puts it in text order.
     */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public FactView add(long articleId, FactChange fact) {
        Article article = em.find(Article.class, articleId, LockModeType.PESSIMISTIC_WRITE);
        if (article == null) {
            throw notFound("article", articleId);
        }
        FactChange checked = FactValidation.checked(fact, null, indicatorCodes(), article.text());
        Integer last = em.createQuery("select max(f.position) from Fact f where f.article = :article", Integer.class)
                .setParameter("article", article)
                .getSingleResult();
        String sentence = checked.span() == null ? null : Sentences.around(article.text(), checked.span());
        Fact added = new Fact(article, last == null ? 0 : last + 1, checked, sentence, user(), catalogue.matcher());
        em.persist(added);
        em.flush();
        audit(added, added.addition());
        return added.view();
    }

    /** The fact's history, oldest first; it outlives a fact that reprocessing removed. */
    public List<FactAuditEntry> history(long factId) {
        List<FactAuditEntry> entries = em.createNamedQuery("FactAudit.ofFact", FactAudit.class)
                .setParameter("fact", factId)
                .getResultStream()
                .map(FactAudit::entry)
                .toList();
        if (entries.isEmpty() && em.find(Fact.class, factId) == null) {
            throw notFound("fact", factId);
        }
        return entries;
    }

    /** The history of all facts of an article, newest first, for its page. */
    public List<FactAuditEntry> articleHistory(long articleId) {
        if (em.find(Article.class, articleId) == null) {
            throw notFound("article", articleId);
        }
        return em.createNamedQuery("FactAudit.ofArticle", FactAudit.class)
                .setParameter("article", articleId)
                .getResultStream()
                .map(FactAudit::entry)
                .toList();
    }

    /** The fact, read after its article is locked. */
    private Fact locked(long factId) {
        Long articleId = em.createQuery("select f.article.id from Fact f where f.id = :id", Long.class)
                .setParameter("id", factId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> notFound("fact", factId));
        em.find(Article.class, articleId, LockModeType.PESSIMISTIC_WRITE);
        Fact fact = em.find(Fact.class, factId);
        if (fact == null) {
            throw notFound("fact", factId); // removed by reprocessing while we waited for the lock
        }
        return fact;
    }

    /** The fact as stored now; a concurrent change of it (a catalogue remap) is a conflict for the caller to retry. */
    private FactView flushed(Fact fact) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new FactRefusedException(FactRefusal.CONFLICT, null, "fact " + fact.id() + " changed meanwhile");
        }
        return fact.view();
    }

    private void audit(Fact fact, List<Fact.Change> changes) {
        factsVersion.changed();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String user = user();
        changes.forEach(change -> em.persist(new FactAudit(fact, now, user, change)));
    }

    private Set<String> indicatorCodes() {
        return catalogue.definitions().stream().map(IndicatorDefinition::code).collect(Collectors.toSet());
    }

    private String user() {
        return context.getCallerPrincipal().getName();
    }

    private static FactRefusedException notFound(String what, long id) {
        return new FactRefusedException(FactRefusal.NOT_FOUND, null, "no " + what + " " + id);
    }
}
