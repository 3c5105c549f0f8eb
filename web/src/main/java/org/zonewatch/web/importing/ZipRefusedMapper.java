package org.zonewatch.web.importing;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.zonewatch.importing.ZipRefusedException;
import org.zonewatch.web.api.ApiError;

/** An archive refused as a whole: 400 when it is no zip, 422 for an unsafe name, 413 for a size limit. */
@Provider
public class ZipRefusedMapper implements ExceptionMapper<ZipRefusedException> {

    @Override
    public Response toResponse(ZipRefusedException exception) {
        var refusal = exception.refusal();
        return new ApiError(refusal.code(), exception.getMessage()).toResponse(refusal.httpStatus());
    }
}
