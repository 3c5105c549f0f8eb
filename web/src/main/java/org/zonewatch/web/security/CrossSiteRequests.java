package org.zonewatch.web.security;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request that changes something comes from another site: a browser says so in {@code Origin} (and in
 * {@code Sec-Fetch-Site}); a client that sends neither (curl, a script) is no browser driven by another site.
 */
final class CrossSiteRequests {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private CrossSiteRequests() {
    }

    static boolean changesState(String method) {
        return !SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT));
    }

    /** Whether the browser that sent this request says a page of another origin made it (its headers, below). */
    static boolean fromAnotherSite(HttpServletRequest request) {
        return fromAnotherSite(request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"),
                request.getHeader("Host"));
    }

    /**
     * Whether a browser says the request was made by a page of another origin. {@code host} is the request's Host
     * header: the origin must name the same host and port, whatever the scheme (a proxy may end TLS before us).
     */
    static boolean fromAnotherSite(String origin, String fetchSite, String host) {
        if (fetchSite != null && (fetchSite.equals("cross-site") || fetchSite.equals("same-site"))) {
            return true;
        }
        return origin != null && !sameOrigin(origin, host);
    }

    /** {@code Origin: null} (a sandboxed frame, a data: page) is never ours. */
    static boolean sameOrigin(String origin, String host) {
        if (host == null || origin.equals("null")) {
            return false;
        }
        URI uri;
        try {
            uri = URI.create(origin);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (uri.getHost() == null || uri.getScheme() == null) {
            return false;
        }
        int defaultPort = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        String authority = uri.getHost() + (uri.getPort() == -1 || uri.getPort() == defaultPort ? "" : ":" + uri.getPort());
        String ownHost = host.endsWith(":" + defaultPort) ? host.substring(0, host.length() - (":" + defaultPort).length()) : host;
        return authority.equalsIgnoreCase(ownHost);
    }
}
