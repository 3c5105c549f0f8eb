package org.zonewatch.web.security;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.zonewatch.web.api.ApiError;

/**
 * An API call that SignInMechanism refused reaches the error page (the container sends the refusal's status
 * through it); it gets its JSON error there, not the Faces page, which would also open a session.
 */
@WebFilter(urlPatterns = "/error.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class ApiErrorPage extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String ERROR = ApiErrorPage.class.getName();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(ERROR) instanceof ApiError error) {
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(error.toJson());
            return;
        }
        chain.doFilter(request, response);
    }
}
