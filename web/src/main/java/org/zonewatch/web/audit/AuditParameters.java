package org.zonewatch.web.audit;

import org.zonewatch.audit.AuditAction;
import org.zonewatch.audit.AuditQuery;
import org.zonewatch.web.api.ApiParameters;
import org.zonewatch.web.api.BadParameterException;

/** The audit log's query parameters as the API and the page take them: page from 0, size 1 to 200. */
final class AuditParameters {

    static final int DEFAULT_SIZE = 50;

    private AuditParameters() {
    }

    /** @throws IllegalArgumentException naming the parameter at fault */
    static AuditQuery query(String page, String size, String action, String user) {
        int pageSize = ApiParameters.wholeNumber("size", size, DEFAULT_SIZE, 1, AuditQuery.MAX_SIZE);
        // The offset page × size must stay a number the database takes.
        int pageNumber = ApiParameters.wholeNumber("page", page, 0, 0, Integer.MAX_VALUE / pageSize);
        AuditAction chosen = action == null || action.isBlank() ? null : AuditAction.ofCode(action.strip())
                .orElseThrow(() -> new BadParameterException("action", "Parameter action must be an action code such as"
                        + " article.import, not '" + action + "'."));
        return new AuditQuery(pageNumber, pageSize, chosen, ApiParameters.text("user", user));
    }
}
