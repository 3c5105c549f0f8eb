package org.zonewatch.web.security;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.zonewatch.audit.AuditAction;
import org.zonewatch.audit.AuditOutcome;
import org.zonewatch.web.audit.Audit;

/**
 * Ends the session: the template's plain form posts here with the session's CSRF token. A servlet rather than a
 * Faces form, so that a page with nothing else to post (the lists, the dashboard) saves no view state in the
 * session on every view. POST only (a GET is answered 405); a post without the session's token, or from another
 * site's page, signs no one out and goes back to the home page.
 */
@WebServlet(SignOut.PATH)
public class SignOut extends HttpServlet {

    public static final String PATH = "/sign-out";
    /** The form field that carries the session's token. */
    public static final String TOKEN_FIELD = "token";

    private static final long serialVersionUID = 1L;

    @Inject
    private Audit audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        boolean genuine = session != null
                && SignInMechanism.tokenMatches(request.getParameter(TOKEN_FIELD),
                        (String) session.getAttribute(SignInMechanism.SESSION_CSRF_TOKEN))
                && !CrossSiteRequests.fromAnotherSite(request);
        if (genuine) {
            // Before the logout: afterwards the request has no user to record.
            audit.record(AuditAction.SIGN_OUT, null, AuditOutcome.OK);
            request.logout();
            session.invalidate();
        } else {
            audit.record(AuditAction.SIGN_OUT, null, AuditOutcome.REFUSED);
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/");
    }
}
