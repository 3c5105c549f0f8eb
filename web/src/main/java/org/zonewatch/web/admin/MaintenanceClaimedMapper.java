package org.zonewatch.web.admin;

import jakarta.json.Json;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.zonewatch.maintenance.MaintenanceClaimedException;

/**
 * Reprocessing or a catalogue change asked for while a maintenance run has not completed: 409 with that run's id
 * and its address, so the client can follow (or resume) it.
 */
@Provider
public class MaintenanceClaimedMapper implements ExceptionMapper<MaintenanceClaimedException> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(MaintenanceClaimedException claimed) {
        long id = claimed.claimed().id();
        return Response.status(Response.Status.CONFLICT)
                .location(AdministrationResource.jobLocation(uriInfo, id))
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Json.createObjectBuilder()
                        .add("error", claimed.refusal().code())
                        .add("detail", claimed.getMessage())
                        .add("id", id)
                        .build().toString())
                .build();
    }
}
