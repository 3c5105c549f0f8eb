package org.zonewatch.web.security;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.zonewatch.web.api.ApiError;

/**
 * The container answers an unauthenticated request by forwarding it to the login form. That suits a browser;
 * an API client gets what it can act on instead: 401, a Basic challenge and a JSON error.
 */
@WebFilter(urlPatterns = "/login.xhtml", dispatcherTypes = DispatcherType.FORWARD)
public class ApiChallengeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (original instanceof String uri && uri.startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"zonewatch\", charset=\"UTF-8\"");
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(new ApiError("unauthorized",
                    "Sign in with HTTP Basic authentication (a zonewatch user name and password).").toJson());
            return;
        }
        chain.doFilter(request, response);
    }
}
