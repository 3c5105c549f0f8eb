package org.zonewatch.web.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body that JSON-B cannot turn into the resource's type (malformed JSON, a list where a text belongs): the
 * client's mistake, answered 400 like every other bad input rather than as an incident. RESTEasy raises it while
 * reading the body, before the resource runs.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        return new ApiError("bad-request", "The request body is not JSON of the expected shape; see the REST API"
                + " section of the README for the fields and their types.").toResponse(Response.Status.BAD_REQUEST);
    }
}
