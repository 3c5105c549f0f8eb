package org.zonewatch.web.security;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;
import org.zonewatch.platform.ZonewatchSettings;
import org.zonewatch.web.api.ApiError;
import org.zonewatch.web.security.SignInAttempt.Mechanism;
import org.zonewatch.web.security.SignInAttempt.Outcome;

/**
 * How every request is authenticated. The REST API takes HTTP Basic, or the session of a signed-in page with the
 * session's CSRF token in a header for anything that changes state; it never opens a session. Pages take the
 * session; without one, a protected page redirects to the login page, which opens no session either. Only a
 * successful sign-in on the login form opens one, a fresh one. So nothing anonymous holds server memory: the
 * container's FORM login, which kept every anonymous request (and its body) in a new session to replay it, is gone.
 *
 * Passwords are checked by the server's own security domain (the deployment's, ApplicationDomain unless an
 * administrator points it at LDAP or a database), through {@link SignInThrottle}; the container then loads the
 * signed-in user's roles from the same domain, for the pages and the EJBs alike.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    /** Where the login form posts: the conventional name, so password managers know it. */
    static final String FORM_ACTION = "/j_security_check";
    /** The double-submit cookie of the login form (login CSRF): SameSite=Strict, so no other site's form sends it. */
    static final String SIGN_IN_COOKIE = "zw-signin";
    /** The request attribute the login page reads the form's token from. */
    public static final String SIGN_IN_TOKEN = "zonewatch.signInToken";
    /** Session attributes: the signed-in user, and the token the API wants with a session for changes. */
    static final String SESSION_USER = "zonewatch.user";
    public static final String SESSION_CSRF_TOKEN = "zonewatch.csrfToken";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /** A login form is a few hundred bytes; a larger body is not read at all. */
    private static final int MAX_FORM_BYTES = 8192;

    private final SignInThrottle throttle = new SignInThrottle();
    private final SecureRandom random = new SecureRandom();

    @Inject
    private Event<SignInAttempt> attempts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        SecurityHeaders.set(request, response);
        try {
            if (path.startsWith("/api/")) {
                return api(request, response, context);
            }
            if (path.equals(FORM_ACTION)) {
                return signInForm(request, response);
            }
            if (path.equals(LOGIN_PAGE)) {
                handOutSignInToken(request, response);
            }
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
        String user = sessionUser(request);
        if (user != null) {
            return context.notifyContainerAboutLogin(user, Set.of());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return toLoginPage(request, response);
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws IOException, AuthenticationException {
        boolean changesState = CrossSiteRequests.changesState(request.getMethod());
        if (changesState && CrossSiteRequests.fromAnotherSite(request)) {
            return refuse(request, response, HttpServletResponse.SC_FORBIDDEN, new ApiError("cross-site",
                    "Another site's page may not change anything here."));
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] credentials = basicCredentials(authorization.substring(6).strip());
            if (credentials == null) {
                return challenge(request, response);
            }
            Checked checked = check(credentials[0], credentials[1], request.getRemoteAddr(), Mechanism.BASIC);
            if (checked.user() != null) {
                return context.notifyContainerAboutLogin(checked.user(), Set.of());
            }
            if (!checked.retryAfter().isZero()) {
                response.setHeader("Retry-After", Long.toString(seconds(checked.retryAfter())));
                return refuse(request, response, 429, new ApiError("too-many-attempts",
                        "Too many failed sign-ins for this user from this address: try again in "
                                + seconds(checked.retryAfter()) + " s."));
            }
            return challenge(request, response);
        }
        HttpSession session = request.getSession(false);
        String user = session == null ? null : (String) session.getAttribute(SESSION_USER);
        if (user == null) {
            return challenge(request, response);
        }
        if (changesState && !tokenMatches(request.getHeader(CSRF_HEADER),
                (String) session.getAttribute(SESSION_CSRF_TOKEN))) {
            return refuse(request, response, HttpServletResponse.SC_FORBIDDEN, new ApiError("csrf-token",
                    "With a session cookie, a change needs the page's token in the " + CSRF_HEADER
                            + " header (or use HTTP Basic)."));
        }
        return context.notifyContainerAboutLogin(user, Set.of());
    }

    private AuthenticationStatus signInForm(HttpServletRequest request, HttpServletResponse response)
            throws IOException, AuthenticationException {
        if (!"POST".equals(request.getMethod())) {
            return seeOther(request, response, LOGIN_PAGE);
        }
        long length = request.getContentLengthLong();
        String address = request.getRemoteAddr();
        if (length < 0 || length > MAX_FORM_BYTES) {
            fire("", address, Outcome.FORGED, Mechanism.FORM);
            return seeOther(request, response, LOGIN_PAGE + "?error=expired");
        }
        String user = request.getParameter("j_username");
        String password = request.getParameter("j_password");
        String next = LocalTargets.of(request.getParameter("next"));
        String again = "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
        if (!tokenMatches(request.getParameter("token"), cookie(request, SIGN_IN_COOKIE))
                || CrossSiteRequests.fromAnotherSite(request)) {
            fire(user == null ? "" : user, address, Outcome.FORGED, Mechanism.FORM);
            return seeOther(request, response, LOGIN_PAGE + "?error=expired" + again);
        }
        if (user == null || user.isBlank() || password == null) {
            return seeOther(request, response, LOGIN_PAGE + "?error=true" + again);
        }
        Checked checked = check(user.strip(), password, address, Mechanism.FORM);
        if (checked.user() == null) {
            return seeOther(request, response, checked.retryAfter().isZero() ? LOGIN_PAGE + "?error=true" + again
                    : LOGIN_PAGE + "?error=wait&seconds=" + seconds(checked.retryAfter()) + again);
        }
        // A new session for the signed-in user: one an attacker planted before (session fixation) is dropped.
        HttpSession previous = request.getSession(false);
        if (previous != null) {
            previous.invalidate();
        }
        HttpSession session;
        try {
            session = request.getSession(true);
        } catch (IllegalStateException full) {
            // Undertow refuses a session past max-active-sessions (jboss-web.xml) rather than evict someone's.
            return seeOther(request, response, LOGIN_PAGE + "?error=busy" + again);
        }
        session.setAttribute(SESSION_USER, checked.user());
        session.setAttribute(SESSION_CSRF_TOKEN, newToken());
        return seeOther(request, response, next);
    }

    /** The result of checking a password: the user's name as the domain knows it, or how long to wait (or zero). */
    private record Checked(String user, Duration retryAfter) {
    }

    private Checked check(String user, String password, String address, Mechanism mechanism)
            throws AuthenticationException {
        Duration wait = throttle.admit(user, address);
        if (!wait.isZero()) {
            fire(user, address, Outcome.THROTTLED, mechanism);
            return new Checked(null, wait);
        }
        String signedIn = null;
        Outcome outcome = Outcome.WRONG_CREDENTIALS;
        try {
            if (DemoUsers.isDemoCredential(user, password) && !ZonewatchSettings.demoDataEnabled()) {
                outcome = Outcome.DEMO_USER_OFF;
            } else {
                signedIn = authenticate(user, password);
                if (signedIn != null) {
                    outcome = Outcome.SIGNED_IN;
                }
            }
        } finally {
            throttle.finished(user, address, signedIn != null);
        }
        fire(user, address, outcome, mechanism);
        return new Checked(signedIn, Duration.ZERO);
    }

    /** The user's name if the server's security domain takes the password, else null. */
    private static String authenticate(String user, String password) throws AuthenticationException {
        if (user.length() > SignInThrottle.MAX_NAME) {
            return null;
        }
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            throw new AuthenticationException("zonewatch's deployment has no Elytron security domain");
        }
        try {
            SecurityIdentity identity = domain.authenticate(user, new PasswordGuessEvidence(password.toCharArray()));
            return identity == null ? null : identity.getPrincipal().getName();
        } catch (SecurityException wrong) {
            return null;
        } catch (RealmUnavailableException e) {
            throw new AuthenticationException(e);
        }
    }

    private void fire(String user, String address, Outcome outcome, Mechanism mechanism) {
        attempts.fire(new SignInAttempt(user, address, outcome, mechanism, Instant.now()));
    }

    /** The login page gets a token for its form, also kept in a SameSite=Strict cookie that only we can set. */
    private void handOutSignInToken(HttpServletRequest request, HttpServletResponse response) {
        String token = cookie(request, SIGN_IN_COOKIE);
        if (token == null || token.length() != 43) {
            token = newToken();
            var cookie = new Cookie(SIGN_IN_COOKIE, token);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Strict");
            response.addCookie(cookie);
        }
        request.setAttribute(SIGN_IN_TOKEN, token);
    }

    /**
     * An anonymous visitor of a page goes to the login page, which brings them back to the address they asked
     * for (GET only: a form's post is not replayed). Nothing is kept on the server meanwhile.
     */
    private AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response)
            throws AuthenticationException {
        String target = LOGIN_PAGE;
        if ("GET".equals(request.getMethod())) {
            String wanted = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            target += "?next=" + URLEncoder.encode(wanted, StandardCharsets.UTF_8);
        }
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                // An ajax request of an expired page: Faces follows a redirect only when told in its own answer.
                response.setContentType("text/xml;charset=UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + request.getContextPath() + target.replace("&", "&amp;") + "\"/></partial-response>");
                return AuthenticationStatus.SEND_CONTINUE;
            }
            return seeOther(request, response, target);
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
    }

    private static AuthenticationStatus seeOther(HttpServletRequest request, HttpServletResponse response,
            String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + path);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"zonewatch\", charset=\"UTF-8\"");
        return refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, new ApiError("unauthorized",
                "Sign in with HTTP Basic authentication (a zonewatch user name and password)."));
    }

    /**
     * Refuses with the API's JSON error. The container sends an error status of an authentication again, through
     * the error page, once the mechanism returns (even after an answer was written); {@link ApiErrorPage} writes the
     * JSON there instead of the Faces error page.
     */
    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, int status,
            ApiError error) {
        request.setAttribute(ApiErrorPage.ERROR, error);
        response.setStatus(status);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** user and password of a Basic header, or null when it is not base64 of "user:password". */
    static String[] basicCredentials(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    private static String sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(SESSION_USER);
    }

    private static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(name)) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    static boolean tokenMatches(String sent, String expected) {
        return sent != null && expected != null
                && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
