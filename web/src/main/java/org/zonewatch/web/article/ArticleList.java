package org.zonewatch.web.article;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.zonewatch.article.ArticlePage;
import org.zonewatch.article.ArticleQuery;
import org.zonewatch.article.ArticleService;
import org.zonewatch.article.ArticleSummary;

/** The article list on the home page, newest first, a page at a time. */
@Named
@ViewScoped
public class ArticleList implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @Inject
    private ArticleService articles;

    private int page;
    private ArticlePage current;
    private List<String> regions;

    // The search form
    private String text;
    private String region;
    private LocalDate from;
    private LocalDate to;

    @PostConstruct
    void init() {
        regions = articles.regions();
        load();
    }

    private void load() {
        current = articles.list(new ArticleQuery(text, from, to, region, null, null, null, null, page, PAGE_SIZE));
    }

    public void search() {
        page = 0;
        load();
    }

    public void reset() {
        text = null;
        region = null;
        from = null;
        to = null;
        search();
    }

    public void next() {
        if (hasNext()) {
            page++;
            load();
        }
    }

    public void previous() {
        if (hasPrevious()) {
            page--;
            load();
        }
    }

    public List<String> getRegions() {
        return regions;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public List<ArticleSummary> getItems() {
        return current.items();
    }

    public long getTotal() {
        return current.total();
    }

    public int getPage() {
        return page;
    }

    public long getPageCount() {
        return Math.max(1, (current.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean hasNext() {
        return page + 1 < getPageCount();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean isHasNext() {
        return hasNext();
    }

    public boolean isHasPrevious() {
        return hasPrevious();
    }
}
