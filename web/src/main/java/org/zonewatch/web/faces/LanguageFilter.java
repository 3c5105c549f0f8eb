package org.zonewatch.web.faces;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language switch: a page asked with {@code ?lang=zh} or {@code ?lang=en} stores the choice in a cookie and
 * sends the browser back to the same address without it, so bookmarks and shared links stay language-free.
 */
@WebFilter("*.xhtml")
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PARAMETER = "lang";
    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String language = request.getParameter(PARAMETER);
        if (language == null || !"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (LocaleSwitch.LANGUAGES.contains(language)) {
            var cookie = new Cookie(LocaleSwitch.COOKIE, language);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        String query = withoutLanguage(request.getQueryString());
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getRequestURI() + (query.isEmpty() ? "" : "?" + query));
    }

    /** The query string without its lang parameters; empty for none. */
    static String withoutLanguage(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.equals(PARAMETER) && !pair.startsWith(PARAMETER + "="))
                .collect(Collectors.joining("&"));
    }
}
