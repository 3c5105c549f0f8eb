package org.zonewatch.web.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.zonewatch.audit.AuditAction;
import org.zonewatch.audit.AuditPage;
import org.zonewatch.audit.AuditQuery;
import org.zonewatch.audit.AuditTrail;

/**
 * 管理 · 审计日志: the audit log newest first, a page at a time from the database, of one action or one user when
 * chosen. Every choice is in the address ({@code audit.xhtml?action=&user=&page=}, pages from 1); a malformed one
 * shows the first page of everything rather than an error.
 */
@Named
@RequestScoped
public class AuditLogPage {

    static final int PAGE_SIZE = 50;

    @Inject
    private AuditTrail trail;

    @Inject
    private ExternalContext external;

    private AuditQuery query;
    private AuditPage result;

    public void load() {
        Map<String, String> request = external.getRequestParameterMap();
        try {
            String page = request.get("page");
            query = AuditParameters.query(page == null || page.isBlank() ? null
                    : String.valueOf(Long.parseLong(page.strip()) - 1), String.valueOf(PAGE_SIZE),
                    request.get("action"), request.get("user"));
        } catch (IllegalArgumentException malformed) {
            query = new AuditQuery(0, PAGE_SIZE, null, null);
        }
        result = trail.page(query);
    }

    public AuditPage getResult() {
        return result;
    }

    /** The action codes to choose from. */
    public List<String> getActions() {
        return Arrays.stream(AuditAction.values()).map(AuditAction::code).toList();
    }

    public String getAction() {
        return query.action() == null ? "" : query.action().code();
    }

    public String getUser() {
        return query.user() == null ? "" : query.user();
    }

    public int getPage() {
        return query.page() + 1;
    }

    public int getPageCount() {
        return (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** This choice of action and user on another page. */
    public String onPage(int number) {
        List<String> pairs = new ArrayList<>();
        if (query.action() != null) {
            pairs.add("action=" + query.action().code());
        }
        if (query.user() != null) {
            pairs.add("user=" + URLEncoder.encode(query.user(), StandardCharsets.UTF_8));
        }
        pairs.add("page=" + number);
        return "audit.xhtml?" + String.join("&", pairs);
    }
}
