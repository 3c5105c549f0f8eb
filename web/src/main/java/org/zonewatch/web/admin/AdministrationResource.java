package org.zonewatch.web.admin;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.zonewatch.audit.AuditAction;
import org.zonewatch.maintenance.MaintenanceRunView;
import org.zonewatch.maintenance.MaintenanceService;
import org.zonewatch.web.api.ApiError;
import org.zonewatch.web.audit.Audit;
import org.zonewatch.web.api.ApiParameters;

/** Administrative actions (role admin, checked by the services). */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AdministrationResource {

    static final int DEFAULT_LIST_SIZE = 20;
    static final int MAX_LIST_SIZE = 100;

    @Inject
    private MaintenanceService maintenance;

    @Inject
    private ArticleService articles;

    @Context
    private UriInfo uriInfo;

    @Inject
    private Audit audit;

    /**
     * Derives every article again from its raw file with today's reader, extractor and catalogue, in the
     * background: 202 with the run and its {@code Location}; 409 with the id of a run that has not completed
     * ({@link MaintenanceClaimedMapper}).
     */
    @POST
    @Path("reprocess")
    public Response reprocess() {
        return accepted(uriInfo, audit.run(AuditAction.REPROCESS_START, "all articles", maintenance::reprocessAll,
                run -> "maintenance run " + run.id()));
    }

    /**
     * A maintenance run's progress (reprocessing, or a remap after a catalogue change):
     * {@code {id, kind, status, total, processed, remapped, failures[{articleId, reason}], …}}.
     */
    @GET
    @Path("jobs/{id}")
    public MaintenanceRunView run(@PathParam("id") String id) {
        return maintenance.find(ApiParameters.id("id", id))
                .orElseThrow(() -> new NotFoundException("No maintenance run " + id + "."));
    }

    /** The latest runs of every kind, newest first; a larger {@code size} is cut to the maximum, like the article list's. */
    @GET
    @Path("jobs")
    public List<MaintenanceRunView> runs(@QueryParam("size") String size) {
        return maintenance.recent(ApiParameters.pageSize(size, DEFAULT_LIST_SIZE, MAX_LIST_SIZE));
    }

    /** 202 when a failed or stopped run goes on after its last article done; 409 when it is not resumable. */
    @POST
    @Path("jobs/{id}/resume")
    public Response resume(@PathParam("id") String runId) {
        long id = ApiParameters.id("id", runId);
        String target = "maintenance run " + id;
        MaintenanceRunView current = audit.before(AuditAction.REPROCESS_RESUME, target, () -> run(runId));
        return audit.runIfPossible(AuditAction.REPROCESS_RESUME, target, () -> maintenance.resume(id))
                .map(resumed -> accepted(uriInfo, resumed))
                .orElseGet(() -> new ApiError("not-resumable", "Maintenance run " + id + " is " + current.status()
                        + "; only a failed or stopped run, or one whose node has died, can be resumed.")
                        .toResponse(Response.Status.CONFLICT));
    }

    /** 202 with what started in the background, and the address of the run that follows it. */
    public static Response accepted(UriInfo uriInfo, Object started, long runId) {
        return Response.accepted(started).location(jobLocation(uriInfo, runId)).build();
    }

    private static Response accepted(UriInfo uriInfo, MaintenanceRunView run) {
        return accepted(uriInfo, run, run.id());
    }

    static URI jobLocation(UriInfo uriInfo, long id) {
        return uriInfo.getBaseUriBuilder().path("admin").path("jobs").path(String.valueOf(id)).build();
    }

    /** Builds the search index anew from the database, in the background: 202 with the status at once. */
    @POST
    @Path("search-index")
    public Response rebuildSearchIndex() {
        return Response.accepted(audit.run(AuditAction.SEARCH_INDEX_REBUILD, "search index",
                articles::rebuildSearchIndex)).build();
    }

    /** How far a rebuild got, or how many articles the index and the database hold. */
    @GET
    @Path("search-index")
    public SearchIndexStatus searchIndex() {
        return articles.searchIndexStatus();
    }
}
