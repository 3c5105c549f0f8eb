package org.zonewatch.web.api;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The body of every API error: {@code {"error": "<stable code>", "detail": "<what went wrong, for a person>"}}, and
 * {@code "field"} naming the field of the request at fault when there is one.
 */
public record ApiError(String error, String detail, String field) {

    public ApiError(String error, String detail) {
        this(error, detail, null);
    }

    public String toJson() {
        var json = Json.createObjectBuilder().add("error", error).add("detail", detail == null ? "" : detail);
        if (field != null) {
            json.add("field", field);
        }
        return json.build().toString();
    }

    public Response toResponse(Response.Status status) {
        return toResponse(status.getStatusCode());
    }

    public Response toResponse(int status) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(toJson())
                .build();
    }
}
