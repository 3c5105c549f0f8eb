package org.zonewatch.web.article;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.zonewatch.article.ArticleOrder;
import org.zonewatch.article.ArticlePage;
import org.zonewatch.article.ArticleQuery;
import org.zonewatch.article.ArticleService;
import org.zonewatch.article.FacetCount;
import org.zonewatch.fact.FactsVersion;
import org.zonewatch.web.api.ApiParameters;
import org.zonewatch.web.api.BadParameterException;

/**
 * 文章: full-text search with facets. Every search is a GET address ({@code articles.xhtml?q=跨境资金池&region=…
 * &sort=newest&page=2}), so it can be bookmarked and shared; every link on the page is one such address.
 */
@Named
@RequestScoped
public class ArticleSearchPage {

    static final int PAGE_SIZE = 20;
    /** The parameters a search is made of, in the order its addresses write them. */
    static final List<String> PARAMETERS = List.of("q", "region", "category", "company", "year", "from", "to", "sort");

    @Inject
    private ArticleService articles;

    @Inject
    private FacesContext faces;

    @Inject
    private FactsVersion factsVersion;

    private final Map<String, String> parameters = new LinkedHashMap<>();
    private int page;
    private ArticlePage result;
    private Map<String, List<FacetChoice>> facets;
    private long version;

    public void load() {
        Map<String, String> request = faces.getExternalContext().getRequestParameterMap();
        for (String name : PARAMETERS) {
            String value = request.get(name);
            if (value != null && !value.isBlank()) {
                parameters.put(name, value.strip());
            }
        }
        page = number(request.get("page"), 1) - 1;
        Integer year = year();
        // Before the search: what is rendered from it is at least as new as the version it is kept under.
        version = factsVersion.current();
        result = articles.list(new ArticleQuery(parameters.get("q"), day("from"), day("to"), parameters.get("region"),
                parameters.get("company"), parameters.get("category"), year, order(), Math.max(0, page), PAGE_SIZE));
    }

    private List<FacetChoice> choices(String name, List<FacetCount> counts) {
        return FacetChoice.of(counts, parameters.get(name), value -> with(name, value));
    }

    private ArticleOrder order() {
        String sort = parameters.get("sort");
        return switch (sort == null ? "" : sort) {
            case "newest" -> ArticleOrder.NEWEST;
            case "oldest" -> ArticleOrder.OLDEST;
            case "relevance" -> ArticleOrder.RELEVANCE;
            default -> null;
        };
    }

    /** A day or year outside the API's years (1990 to 2100) is as malformed as one that is no date. */
    private LocalDate day(String name) {
        String text = parameters.get(name);
        try {
            return ApiParameters.date(name, text);
        } catch (BadParameterException e) {
            warn(text);
            parameters.remove(name);
            return null;
        }
    }

    private Integer year() {
        String text = parameters.get("year");
        try {
            return ApiParameters.year("year", text);
        } catch (BadParameterException e) {
            warn(text);
            parameters.remove("year");
            return null;
        }
    }

    private Integer number(String text, Integer otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            warn(text);
            return otherwise;
        }
    }

    private void warn(String text) {
        String message = faces.getApplication().getResourceBundle(faces, "msg").getString("search.badParameter");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, message + " " + text, null));
    }

    /** This search with one parameter set (or removed, for null), back on its first page. */
    public String with(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(parameters);
        if (value == null || value.isEmpty()) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return address(changed, 1);
    }

    /** This search on another page. */
    public String onPage(int number) {
        return address(parameters, number);
    }

    private static String address(Map<String, String> parameters, int page) {
        List<String> pairs = new ArrayList<>();
        parameters.forEach((name, value) -> pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        if (page > 1) {
            pairs.add("page=" + page);
        }
        return "articles.xhtml" + (pairs.isEmpty() ? "" : "?" + String.join("&", pairs));
    }

    /** The filters in force, name → value, for the chips that remove them. */
    public Map<String, String> getFilters() {
        Map<String, String> filters = new LinkedHashMap<>(parameters);
        filters.remove("q");
        filters.remove("sort");
        return filters;
    }

    public String parameter(String name) {
        return parameters.get(name);
    }

    /**
     * Each facet's values, by the name of its filter (region, year, category, company). Worked out when first read:
     * a page served from the kept rendering never reads them.
     */
    public Map<String, List<FacetChoice>> getFacets() {
        if (facets == null) {
            facets = Map.of("region", choices("region", result.facets().regions()),
                    "year", choices("year", result.facets().years()),
                    "category", choices("category", result.facets().categories()),
                    "company", choices("company", result.facets().companies()));
        }
        return facets;
    }

    /**
     * What the results and facets rendered for this search are kept under for a few seconds, the same for every
     * user (the page's language, the version of the articles and facts, the search's address): rendering them is
     * most of the page's time, and the search's answer itself is kept as long ({@code FigureCache}).
     */
    public String getRenderedKey() {
        return faces.getViewRoot().getLocale().toLanguageTag() + " " + version + " " + onPage(getPage());
    }

    public ArticlePage getResult() {
        return result;
    }

    /** Pages count from 1 in addresses and on the page. */
    public int getPage() {
        return page + 1;
    }

    public int getPageCount() {
        long reachable = Math.min(result.total(), ArticleQuery.MAX_RESULT_WINDOW);
        return (int) Math.max(1, (reachable + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /**
     * The sort in force, for the sort menu: best match unless another was chosen. Without search words the best
     * match is the newest, and words typed on the plain list are then ranked by relevance, not by the date the
     * menu would otherwise carry into the search.
     */
    public String getSort() {
        return parameters.getOrDefault("sort", "relevance");
    }
}
