package org.zonewatch.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

import org.zonewatch.platform.Roles;
import org.zonewatch.web.security.SignInMechanism;

/** Who is signed in, and what the pages may offer them. The EJB facades check the same roles again. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private ExternalContext external;

    public String getName() {
        return external.getRemoteUser();
    }

    public boolean isEditor() {
        return external.isUserInRole(Roles.EDITOR) || isAdmin();
    }

    public boolean isAdmin() {
        return external.isUserInRole(Roles.ADMIN);
    }

    /** The session's token for changes through the API (SignInMechanism), for the page's scripts to send. */
    public String getCsrfToken() {
        var session = (HttpSession) external.getSession(false);
        return session == null ? "" : (String) session.getAttribute(SignInMechanism.SESSION_CSRF_TOKEN);
    }

    /** The resource-bundle key of the user's highest role: role.admin, role.editor or role.viewer. */
    public String getRoleKey() {
        return "role." + (isAdmin() ? Roles.ADMIN : isEditor() ? Roles.EDITOR : Roles.VIEWER);
    }
}
