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

/** Ends the session: a posted Faces form, so another site cannot sign a user out. */
@Named
@RequestScoped
public class SignOut {

    @Inject
    private ExternalContext externalContext;

    @Inject
    private Audit audit;

    public void signOut() throws ServletException, IOException {
        // Before the logout: afterwards the request has no user to record.
        audit.record(AuditAction.SIGN_OUT, null, AuditOutcome.OK);
        ((HttpServletRequest) externalContext.getRequest()).logout();
        externalContext.invalidateSession();
        externalContext.redirect(externalContext.getRequestContextPath() + "/");
        FacesContext.getCurrentInstance().responseComplete();
    }
}
