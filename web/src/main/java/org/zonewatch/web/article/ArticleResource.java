package org.zonewatch.web.article;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.zonewatch.article.ArticleDetails;
import org.zonewatch.article.ArticlePage;
import org.zonewatch.article.ArticleService;
import org.zonewatch.audit.AuditAction;
import org.zonewatch.fact.FactAuditEntry;
import org.zonewatch.fact.FactService;
import org.zonewatch.fact.FactView;
import org.zonewatch.web.api.ApiParameters;
import org.zonewatch.web.api.Attachments;
import org.zonewatch.web.api.Editors;
import org.zonewatch.web.api.RequestBodies;
import org.zonewatch.web.audit.Audit;
import org.zonewatch.web.fact.FactJson;

/**
 * Articles: import one raw file, read one back, search them, delete one; add a fact to one, read the history of
 * its facts.
 */
@Path("articles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ArticleResource {

    private static final String FILE_NAME = "X-File-Name";

    @Inject
    private ArticleService articles;

    @Inject
    private FactService facts;

    @Context
    private UriInfo uriInfo;

    @Context
    private SecurityContext security;

    @Inject
    private Audit audit;

    /**
     * Body: one raw article file, at most 10 MB. 201 with the new article, or 200 with the stored one when the
     * same bytes were imported before. The optional {@code X-File-Name} header names the file in the article's history.
     */
    @POST
    @Consumes({"text/markdown", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public Response importArticle(InputStream body, @HeaderParam(FILE_NAME) String fileName) throws IOException {
        var outcome = audit.run(AuditAction.ARTICLE_IMPORT, fileName, () -> {
            String name = ApiParameters.fileName(FILE_NAME, fileName);
            return articles.importArticle(RequestBodies.read(body, RequestBodies.MAX_ARTICLE_BYTES), name);
        }, imported -> Audit.article(imported.article().id(), fileName));
        var location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(outcome.article().id())).build();
        return (outcome.created() ? Response.created(location) : Response.ok().location(location))
                .entity(outcome.article())
                .build();
    }

    @GET
    @Path("{id}")
    public ArticleDetails article(@PathParam("id") String id) {
        return articles.find(ApiParameters.id("id", id))
                .orElseThrow(() -> new NotFoundException("No article " + id + "."));
    }

    /**
     * The file as it came, as a download: a browser never shows it as a page of this site, whatever it holds
     * ({@code nosniff} is set on every answer).
     */
    @GET
    @Path("{id}/raw")
    public Response raw(@PathParam("id") String id) {
        long article = ApiParameters.id("id", id);
        var raw = articles.raw(article).orElseThrow(() -> new NotFoundException("No article " + id + "."));
        String fallback = "article-" + article + ".md";
        return Response.ok(raw.content(), "text/markdown;charset=" + raw.charset())
                .header("Content-Disposition", Attachments.disposition(
                        raw.fileName() == null ? fallback : Attachments.lastSegment(raw.fileName()), fallback))
                .build();
    }

    /**
     * Adds a fact the extractor missed (editors): metric, value and unit required, the other fields and a
     * {@code span} in the article's cleaned text optional. 201 with the fact and its location.
     */
    @POST
    @Path("{id}/facts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addFact(@PathParam("id") String id, InputStream body) throws IOException {
        FactView added = audit.run(AuditAction.FACT_ADD, "article " + id, () -> {
            Editors.require(security);
            return facts.add(ApiParameters.id("id", id),
                    FactJson.addition(RequestBodies.read(body, RequestBodies.MAX_FACT_BYTES)));
        }, fact -> Audit.addedFact(fact, ApiParameters.id("id", id)));
        return Response.created(uriInfo.getBaseUriBuilder().path("facts").path(String.valueOf(added.id())).build())
                .entity(added)
                .build();
    }

    /** The history of the article's facts, newest first. */
    @GET
    @Path("{id}/history")
    public List<FactAuditEntry> history(@PathParam("id") String id) {
        return facts.articleHistory(ApiParameters.id("id", id));
    }

    /**
     * {@code q} searches title and text, each word as a phrase; {@code company} is a name or a code like sz000931;
     * {@code sort} is relevance (the default with {@code q}), newest (the default without) or oldest. Numbers are
     * taken as text and checked here, so a malformed one is a 400 naming it rather than JAX-RS's 404.
     */
    @GET
    public ArticlePage list(@QueryParam("q") String text, @QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("region") String region, @QueryParam("company") String company,
                            @QueryParam("category") String category, @QueryParam("year") String year,
                            @QueryParam("sort") String sort, @QueryParam("page") String page,
                            @QueryParam("size") String size) {
        return articles.list(ArticleListParameters.query(text, from, to, region, company, category, year, sort, page,
                size));
    }

    /** Admins only. The article goes with its facts and raw file, and leaves the search results. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        audit.run(AuditAction.ARTICLE_DELETE, "article " + id, () -> {
            if (!articles.delete(ApiParameters.id("id", id))) {
                throw new NotFoundException("No article " + id + ".");
            }
        });
        return Response.noContent().build();
    }
}
