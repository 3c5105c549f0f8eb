package org.zonewatch.web.api;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The body of every API error: {@code {"error": "<stable code>", "detail": "<what went wrong, for a person>"}}.
 */
public record ApiError(String error, String detail) {

    public String toJson() {
        return Json.createObjectBuilder().add("error", error).add("detail", detail == null ? "" : detail).build()
                .toString();
    }

    public Response toResponse(Response.Status status) {
        return toResponse(status.getStatusCode());
    }

    public Response toResponse(int status) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(toJson())
                .build();
    }
}
