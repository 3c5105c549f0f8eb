package org.zonewatch.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A malformed parameter: 400 naming it, before anything was read or stored. */
@Provider
public class BadParameterMapper implements ExceptionMapper<BadParameterException> {

    @Override
    public Response toResponse(BadParameterException exception) {
        return new ApiError("bad-request", exception.getMessage(), exception.parameter())
                .toResponse(Response.Status.BAD_REQUEST);
    }
}
