package org.zonewatch.web.api;

import java.util.UUID;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Anything unforeseen: logged in full with an id, answered with that id and no internals. */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final System.Logger LOG = System.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        String incident = UUID.randomUUID().toString();
        LOG.log(System.Logger.Level.ERROR, "API request failed, incident " + incident, exception);
        return new ApiError("internal-error", "The server could not complete the request (incident " + incident
                + "). The administrator can find the cause in the server log.")
                .toResponse(Response.Status.INTERNAL_SERVER_ERROR);
    }
}
