package org.zonewatch.web.faces;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The language of the pages: the one the user chose with the switch (kept in a cookie, so it needs no session and
 * outlives one), else the best match of the browser's Accept-Language among the supported ones, Chinese first.
 */
@Named
@RequestScoped
public class LocaleSwitch {

    static final String COOKIE = "zonewatch-lang";
    static final List<String> LANGUAGES = List.of("zh", "en");

    @Inject
    private FacesContext faces;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = chosen((HttpServletRequest) faces.getExternalContext().getRequest())
                    .map(LocaleSwitch::forLanguage)
                    .orElseGet(() -> faces.getApplication().getViewHandler().calculateLocale(faces));
        }
        return locale;
    }

    /** For the html element's lang attribute. */
    public String getLanguageTag() {
        return ChineseDates.isChinese(getLocale()) ? "zh-CN" : getLocale().toLanguageTag();
    }

    public boolean isChinese() {
        return ChineseDates.isChinese(getLocale());
    }

    /** This page's address with the language switched: {@link LanguageFilter} stores the choice and comes back. */
    public String switchTo(String language) {
        var request = (HttpServletRequest) faces.getExternalContext().getRequest();
        String query = LanguageFilter.withoutLanguage(request.getQueryString());
        return request.getRequestURI() + "?" + (query.isEmpty() ? "" : query + "&") + LanguageFilter.PARAMETER + "="
                + language;
    }

    static Optional<String> chosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && LANGUAGES.contains(cookie.getValue())) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    static Locale forLanguage(String language) {
        return "zh".equals(language) ? Locale.SIMPLIFIED_CHINESE : Locale.forLanguageTag(language);
    }
}
