package org.zonewatch.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.zonewatch.platform.Roles;

/**
 * The API's check that the caller may change data, made before a request body is judged: a viewer gets 403 for
 * every change, whatever it sent. The facades check the roles again; this only orders the answers.
 */
public final class Editors {

    private Editors() {
    }

    public static void require(SecurityContext security) {
        if (!security.isUserInRole(Roles.EDITOR) && !security.isUserInRole(Roles.ADMIN)) {
            throw new ApiException(Response.Status.FORBIDDEN, "forbidden", "Your role does not allow this operation.");
        }
    }
}
