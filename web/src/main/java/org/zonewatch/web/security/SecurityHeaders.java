package org.zonewatch.web.security;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer carries, the login form and error pages included (they are forwards): no sniffing of
 * content types, no framing, no referrer outside the application, and nothing but static resources kept in a cache,
 * since every other answer is a signed-in user's. The pages' Content-Security-Policy is PrimeFaces' (its nonce per
 * response, with the directives of {@code primefaces.CSP_POLICY} in web.xml); the API's JSON needs nothing at all.
 * Both policies send their violations to {@link CspReports}.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none';"
            + " report-uri ";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        set(request, response);
        chain.doFilter(request, response);
    }

    /** Also called by SignInMechanism, whose redirects and refusals are answered before any filter runs. */
    static void set(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!isStaticResource(path)) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (path.startsWith("/api/")) {
            response.setHeader("Content-Security-Policy", API_POLICY + request.getContextPath() + CspReports.PATH);
        }
    }

    /** Scripts, styles, fonts and images that are the same for everyone. */
    static boolean isStaticResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
