package org.zonewatch.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without a browser: cookies kept, redirects not followed, the login form filled in as a person would. */
final class FormSession {

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]*)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;

    FormSession(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    }

    /** Signed in through the login form; fails the test unless that worked. */
    static FormSession signedIn(URL base, String user) {
        var session = new FormSession(base);
        var answer = session.signIn(user, user, "/index.xhtml");
        if (answer.statusCode() != 303 || answer.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("not signed in: " + answer.statusCode() + " " + answer.headers().map());
        }
        return session;
    }

    /** Opens the login page, then posts its form with the token it holds. */
    HttpResponse<String> signIn(String user, String password, String next) {
        return postForm("j_security_check", Map.of("j_username", user, "j_password", password,
                "token", loginToken(), "next", next), Map.of());
    }

    String loginToken() {
        Matcher token = TOKEN.matcher(get("login.xhtml").body());
        if (!token.find()) {
            throw new AssertionError("no token on the login page");
        }
        return token.group(1);
    }

    /** The token the application's pages hold for the API. */
    String csrfToken() {
        Matcher meta = CSRF_META.matcher(get("index.xhtml").body());
        if (!meta.find()) {
            throw new AssertionError("no csrf-token on the page");
        }
        return meta.group(1);
    }

    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields, Map<String, String> headers) {
        String body = fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return post(path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8), headers);
    }

    HttpResponse<String> post(String path, String contentType, byte[] body, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
