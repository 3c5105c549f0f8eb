package org.zonewatch.web.security;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.zonewatch.web.api.RequestBodies;

/**
 * Where browsers report what the Content-Security-Policy blocked ({@code report-uri} of the pages' and the API's
 * policies): each violation becomes a WARN line in the server log, so a page that breaks under the policy, or an
 * injection the policy stopped, is seen by someone. A servlet outside {@code /api/}, so that the API's rules for
 * changes (roles, tokens) do not apply to what a browser sends on its own; signed-in users only, like every page
 * (a browser sends a report-uri request with the page's cookies: credentials "same-origin").
 */
@WebServlet(CspReports.PATH)
public class CspReports extends HttpServlet {

    static final String PATH = "/csp-report";

    /** A report is a few hundred bytes; a batch of the Reporting API a few KB. */
    static final int MAX_BYTES = 16 * 1024;

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(CspReports.class.getName());

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!CspViolations.accepts(request.getContentType())) {
            response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        if (request.getContentLengthLong() > MAX_BYTES) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        var body = RequestBodies.upTo(request.getInputStream(), MAX_BYTES);
        if (body.isEmpty()) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        try {
            for (String violation : CspViolations.describe(body.get())) {
                LOG.log(System.Logger.Level.WARNING, "Content-Security-Policy violation reported by "
                        + request.getRemoteUser() + ": " + violation);
            }
        } catch (IllegalArgumentException notAReport) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
