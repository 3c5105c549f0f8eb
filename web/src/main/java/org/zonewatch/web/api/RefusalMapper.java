package org.zonewatch.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.zonewatch.platform.RefusedException;

/**
 * Input refused before anything was stored — an article that is no readable article, an unsafe archive, a fact
 * value that is not acceptable — with the refusal's own status (400, 404, 409, 413 or 422), code and field.
 */
@Provider
public class RefusalMapper implements ExceptionMapper<RefusedException> {

    @Override
    public Response toResponse(RefusedException exception) {
        var refusal = exception.refusal();
        return new ApiError(refusal.code(), exception.getMessage(), exception.field())
                .toResponse(refusal.httpStatus());
    }
}
