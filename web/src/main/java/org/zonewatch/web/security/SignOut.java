package org.zonewatch.web.security;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Ends the session: a posted Faces form (its view state is the token), and POST only, since Faces would also take a
 * GET that carries the form's fields as a postback.
 */
@Named
@RequestScoped
public class SignOut {

    @Inject
    private ExternalContext externalContext;

    public void signOut() throws ServletException, IOException {
        var request = (HttpServletRequest) externalContext.getRequest();
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        request.logout();
        externalContext.invalidateSession();
        externalContext.redirect(externalContext.getRequestContextPath() + "/");
        FacesContext.getCurrentInstance().responseComplete();
    }
}
