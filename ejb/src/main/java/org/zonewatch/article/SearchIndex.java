package org.zonewatch.article;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

/**
 * Keeps the search index complete. Hibernate Search follows every change made through JPA, writing the index after
 * the database has committed; the whole index is built from the database when at start-up it does not hold as
 * many articles as the database (a new install, a deleted index folder or a new OpenSearch index, an upgrade from
 * the version without search, a node killed between an article's commit and its indexing), and again when an admin
 * asks. The counts are the backend-neutral query API's, so the check works on Lucene and on OpenSearch alike; on
 * OpenSearch the index, and so a rebuild, is every node's. Building runs in Hibernate Search's own threads, so
 * deployment does not wait for it.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class SearchIndex {

    private static final System.Logger LOG = System.getLogger(SearchIndex.class.getName());
    /** A progress line every so many articles: a few lines for a large database, one for a small one. */
    private static final long LOG_EVERY = 1_000;

    @PersistenceUnit(unitName = "zonewatch")
    private EntityManagerFactory emf;

    @PersistenceContext(unitName = "zonewatch")
    private EntityManager em;

    private volatile SearchIndexStatus.State state = SearchIndexStatus.State.IDLE;
    private final AtomicLong built = new AtomicLong();
    private final AtomicLong toBuild = new AtomicLong();

    @PostConstruct
    void buildWhenIncomplete() {
        long stored = storedArticles();
        long indexed = indexedArticles();
        if (indexed != stored) {
            LOG.log(System.Logger.Level.INFO, "Search index holds {0} articles, the database {1}: building it anew",
                    indexed, stored);
            rebuild();
        }
    }

    /** Starts building the index anew, unless a build is running; the index is complete again when it ends. */
    @Lock(LockType.WRITE)
    public SearchIndexStatus rebuild() {
        if (state != SearchIndexStatus.State.RUNNING) {
            state = SearchIndexStatus.State.RUNNING;
            built.set(0);
            toBuild.set(0);
            long started = System.nanoTime();
            Search.mapping(emf).scope(Article.class).massIndexer()
                    // Two cores in the reference machine, shared with the requests being served.
                    .threadsToLoadObjects(1)
                    .batchSizeToLoadObjects(50)
                    .monitor(new Progress())
                    .start()
                    .whenComplete((done, failure) -> finished(failure, Duration.ofNanos(System.nanoTime() - started)));
        }
        return status();
    }

    @Lock(LockType.READ)
    public SearchIndexStatus status() {
        if (state == SearchIndexStatus.State.RUNNING) {
            return new SearchIndexStatus(state, built.get(), toBuild.get());
        }
        return new SearchIndexStatus(state, indexedArticles(), storedArticles());
    }

    private void finished(Throwable failure, Duration took) {
        if (failure == null) {
            state = SearchIndexStatus.State.COMPLETED;
            LOG.log(System.Logger.Level.INFO, "Search index built: {0} articles in {1} ms", built.get(),
                    took.toMillis());
        } else {
            state = SearchIndexStatus.State.FAILED;
            LOG.log(System.Logger.Level.ERROR, "Building the search index failed after " + built.get() + " articles",
                    failure);
        }
    }

    private long indexedArticles() {
        return Search.session(em).search(Article.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }

    private long storedArticles() {
        return em.createQuery("select count(a) from Article a", Long.class).getSingleResult();
    }

    /** Counts what the mass indexer did, for the status and the log. */
    private final class Progress implements MassIndexingMonitor {

        @Override
        public void documentsAdded(long increment) {
            long before = built.getAndAdd(increment);
            if ((before + increment) / LOG_EVERY > before / LOG_EVERY) {
                LOG.log(System.Logger.Level.INFO, "Search index: {0} of {1} articles indexed", before + increment,
                        toBuild.get());
            }
        }

        @Override
        public void documentsBuilt(long increment) {
            // Counted when added to the index.
        }

        @Override
        public void entitiesLoaded(long increment) {
            // Counted when added to the index.
        }

        @Override
        public void addToTotalCount(long increment) {
            toBuild.addAndGet(increment);
        }

        @Override
        public void indexingCompleted() {
            // The completion stage reports the end, with the time taken.
        }
    }
}
