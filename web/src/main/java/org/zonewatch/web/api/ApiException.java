package org.zonewatch.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** An error answer with its own code and explanation, rendered as {@link ApiError} JSON. */
public class ApiException extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    public ApiException(Response.Status status, String error, String detail) {
        super(detail, new ApiError(error, detail).toResponse(status));
    }
}
