package org.zonewatch.web.api;

import java.util.Locale;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Errors JAX-RS itself raises (unknown path, wrong method or media type) as JSON like every other error. */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.hasEntity()) {
            return original;
        }
        var status = Response.Status.fromStatusCode(original.getStatus());
        String code = status == null ? "http-" + original.getStatus()
                : status.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return new ApiError(code, exception.getMessage()).toResponse(original.getStatus());
    }
}
