package org.zonewatch.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.zonewatch.article.ArticleService;
import org.zonewatch.article.ReprocessReport;
import org.zonewatch.article.SearchIndexStatus;

/** Administrative actions (role admin, checked by the service). */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AdministrationResource {

    @Inject
    private ArticleService articles;

    /** Derives every article again from its raw file with today's reader, extractor and catalogue. */
    @POST
    @Path("reprocess")
    public ReprocessReport reprocessAll() {
        return articles.reprocessAll();
    }

    /** Builds the search index anew from the database, in the background: 202 with the status at once. */
    @POST
    @Path("search-index")
    public Response rebuildSearchIndex() {
        return Response.accepted(articles.rebuildSearchIndex()).build();
    }

    /** How far a rebuild got, or how many articles the index and the database hold. */
    @GET
    @Path("search-index")
    public SearchIndexStatus searchIndex() {
        return articles.searchIndexStatus();
    }
}
