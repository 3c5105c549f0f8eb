package org.zonewatch.web.admin;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.zonewatch.article.ArticleService;
import org.zonewatch.article.SearchIndexStatus;
import org.zonewatch.article.reprocess.ReprocessingClaimedException;
import org.zonewatch.article.reprocess.ReprocessingService;
import org.zonewatch.article.reprocess.ReprocessingView;
import org.zonewatch.web.api.ApiError;
import org.zonewatch.web.api.ApiParameters;

/** Administrative actions (role admin, checked by the services). */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AdministrationResource {

    static final int DEFAULT_LIST_SIZE = 20;
    static final int MAX_LIST_SIZE = 100;

    @Inject
    private ReprocessingService reprocessing;

    @Inject
    private ArticleService articles;

    @Context
    private UriInfo uriInfo;

    /**
     * Derives every article again from its raw file with today's reader, extractor and catalogue, in the
     * background: 202 with the run and its {@code Location}; 409 with the id of a run that has not completed.
     */
    @POST
    @Path("reprocess")
    public Response reprocess() {
        try {
            ReprocessingView started = reprocessing.start();
            return Response.accepted(started).location(location(started.id())).build();
        } catch (ReprocessingClaimedException claimed) {
            long id = claimed.claimed().id();
            return Response.status(Response.Status.CONFLICT).location(location(id))
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(Json.createObjectBuilder().add("error", claimed.refusal().code())
                            .add("detail", claimed.getMessage()).add("id", id).build().toString())
                    .build();
        }
    }

    /** A run's progress: {@code {id, status, total, processed, failures[{articleId, reason}], …}}. */
    @GET
    @Path("reprocess/{id}")
    public ReprocessingView run(@PathParam("id") String id) {
        return reprocessing.find(ApiParameters.id("id", id))
                .orElseThrow(() -> new NotFoundException("No reprocessing run " + id + "."));
    }

    /** The latest runs, newest first; a larger {@code size} is cut to the maximum, like the article list's. */
    @GET
    @Path("reprocess")
    public List<ReprocessingView> runs(@QueryParam("size") String size) {
        return reprocessing.recent(Math.min(ApiParameters.wholeNumber("size", size, DEFAULT_LIST_SIZE, 1,
                Integer.MAX_VALUE), MAX_LIST_SIZE));
    }

    /** 202 when a failed or stopped run goes on after its last article done; 409 when it is not resumable. */
    @POST
    @Path("reprocess/{id}/resume")
    public Response resume(@PathParam("id") String runId) {
        long id = ApiParameters.id("id", runId);
        ReprocessingView current = run(runId);
        return reprocessing.resume(id)
                .map(resumed -> Response.accepted(resumed).location(location(id)).build())
                .orElseGet(() -> new ApiError("not-resumable", "Reprocessing run " + id + " is " + current.status()
                        + "; only a failed or stopped run can be resumed.").toResponse(Response.Status.CONFLICT));
    }

    private java.net.URI location(long id) {
        return uriInfo.getBaseUriBuilder().path("admin").path("reprocess").path(String.valueOf(id)).build();
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
