package org.zonewatch.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.zonewatch.article.Article;
import org.zonewatch.platform.Roles;
import org.zonewatch.report.excel.ArticleRow;

/** Gathers the rows the workbooks of the reports module lay out. */
@Stateless
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
public class ReportService {

    @PersistenceContext(unitName = "zonewatch")
    private EntityManager em;

    public List<ArticleRow> articleRows() {
        Map<Long, Long> factCounts = em.createQuery(
                        "select f.article.id, count(f) from Fact f group by f.article.id", Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return em.createQuery("select a from Article a order by a.publishedAt desc, a.id desc", Article.class)
                .getResultStream()
                .map(Article::summary)
                .map(a -> new ArticleRow(a.id(), a.title(), a.publishedAt(), a.region(), a.categories(), a.author(),
                        factCounts.getOrDefault(a.id(), 0L).intValue(), null))
                .toList();
    }
}
