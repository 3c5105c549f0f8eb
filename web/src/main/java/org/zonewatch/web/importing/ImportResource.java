package org.zonewatch.web.importing;

import java.io.InputStream;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.UriInfo;

import org.zonewatch.audit.AuditAction;
import org.zonewatch.importing.ImportService;
import org.zonewatch.importing.ImportView;
import org.zonewatch.web.api.ApiError;
import org.zonewatch.web.api.ApiParameters;
import org.zonewatch.web.audit.Audit;

/** Bulk imports: a zip of article files, imported in the background; its progress and the outcome per file. */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ImportResource {

    static final int DEFAULT_LIST_SIZE = 20;
    static final int MAX_LIST_SIZE = 200;
    private static final String FILE_NAME = "X-File-Name";

    @Inject
    private ImportService imports;

    @Context
    private UriInfo uriInfo;

    @Inject
    private Audit audit;

    /**
     * Body: a zip archive. 202 with the import just started and its {@code Location}, where its progress shows;
     * a refused archive is answered at once and leaves nothing behind. The optional {@code X-File-Name} header
     * names the archive in the list of imports.
     */
    @POST
    @Consumes({"application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
    public Response start(InputStream zip, @HeaderParam(FILE_NAME) String fileName) {
        var started = audit.run(AuditAction.IMPORT_BULK, fileName,
                () -> imports.start(zip, ApiParameters.fileName(FILE_NAME, fileName)), Audit::bulkImport);
        var location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(started.id())).build();
        return Response.accepted(started).location(location).build();
    }

    /** 202 when a failed or stopped import goes on after its last stored outcome; 409 when it is not resumable. */
    @POST
    @Path("{id}/resume")
    public Response resume(@PathParam("id") String importId) {
        long id = ApiParameters.id("id", importId);
        String target = "import " + id;
        var current = audit.before(AuditAction.IMPORT_RESUME, target, () -> find(importId));
        return audit.runIfPossible(AuditAction.IMPORT_RESUME, target, () -> imports.resume(id))
                .map(resumed -> Response.accepted(resumed).location(uriInfo.getBaseUriBuilder().path("imports")
                        .path(String.valueOf(id)).build()).build())
                .orElseGet(() -> new ApiError("not-resumable", "Import " + id + " is " + current.status()
                        + "; only a failed or stopped import, or one whose node has died, can be resumed.")
                        .toResponse(Response.Status.CONFLICT));
    }

    @GET
    @Path("{id}")
    public ImportView find(@PathParam("id") String id) {
        return imports.find(ApiParameters.id("id", id))
                .orElseThrow(() -> new NotFoundException("No import " + id + "."));
    }

    /**
     * The latest imports, newest first, without their files; a larger {@code size} is cut to the maximum, like the
     * article list's.
     */
    @GET
    public List<ImportView> recent(@QueryParam("size") String size) {
        return imports.recent(ApiParameters.pageSize(size, DEFAULT_LIST_SIZE, MAX_LIST_SIZE));
    }
}
