package org.zonewatch.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.zonewatch.audit.AuditPage;
import org.zonewatch.audit.AuditTrail;
import org.zonewatch.platform.Roles;
import org.zonewatch.web.api.ApiException;

/** The audit log, newest first, a page at a time (admins). */
@Path("admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AuditResource {

    @Inject
    private AuditTrail trail;

    @Context
    private SecurityContext security;

    /** {@code page} from 0, {@code size} 1 to 200 (50 by default); {@code action} and {@code user} narrow it. */
    @GET
    public AuditPage page(@QueryParam("page") String page, @QueryParam("size") String size,
                          @QueryParam("action") String action, @QueryParam("user") String user) {
        // Before the parameters are judged: a viewer learns nothing about the log, not even how to ask for it.
        if (!security.isUserInRole(Roles.ADMIN)) {
            throw new ApiException(Response.Status.FORBIDDEN, "forbidden", "Your role does not allow this operation.");
        }
        // A bad parameter is a 400 naming it (BadParameterMapper).
        return trail.page(AuditParameters.query(page, size, action, user));
    }
}
