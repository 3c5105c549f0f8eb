package org.zonewatch.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** An error answer with its own code and explanation, rendered as {@link ApiError} JSON. */
public class ApiException extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    public ApiException(Response.Status status, String error, String detail) {
        this(status, error, detail, null);
    }

    /** An error about one field of the request, named in the answer's {@code field}. */
    public ApiException(Response.Status status, String error, String detail, String field) {
        this(status.getStatusCode(), error, detail, field);
    }

    /** For a status JAX-RS has no constant for, such as 422. */
    public ApiException(int status, String error, String detail, String field) {
        super(detail, new ApiError(error, detail, field).toResponse(status));
    }
}
