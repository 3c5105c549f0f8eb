package org.zonewatch.web.security;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.zonewatch.audit.AuditAction;
import org.zonewatch.audit.AuditOutcome;
import org.zonewatch.web.audit.Audit;

/**
 * Ends the session: a posted Faces form (its view state is the token), and POST only, since Faces would also take a
 * GET that carries the form's fields as a postback.
 */
@Named
@RequestScoped
public class SignOut {

    @Inject
    private ExternalContext externalContext;

    @Inject
    private Audit audit;

    public void signOut() throws ServletException, IOException {
        var request = (HttpServletRequest) externalContext.getRequest();
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        // Before the logout: afterwards the request has no user to record.
        audit.record(AuditAction.SIGN_OUT, null, AuditOutcome.OK);
        request.logout();
        externalContext.invalidateSession();
        externalContext.redirect(externalContext.getRequestContextPath() + "/");
        FacesContext.getCurrentInstance().responseComplete();
    }
}
