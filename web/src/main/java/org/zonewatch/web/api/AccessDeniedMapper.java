package org.zonewatch.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A signed-in user without the role a service requires (a viewer importing, say). */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Override
    public Response toResponse(EJBAccessException exception) {
        return new ApiError("forbidden", "Your role does not allow this operation.")
                .toResponse(Response.Status.FORBIDDEN);
    }
}
