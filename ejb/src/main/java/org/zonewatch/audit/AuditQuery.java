package org.zonewatch.audit;

/**
 * Which page of the audit log to read: {@code page} from 0, {@code size} entries a page, only one action and one
 * user when they are given (null for all).
 */
public record AuditQuery(int page, int size, AuditAction action, String user) {

    public static final int MAX_SIZE = 200;

    public AuditQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be from 1 to " + MAX_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("page " + page + " is beyond any log");
        }
        user = user == null || user.isBlank() ? null : user.strip();
    }

    int firstResult() {
        return page * size;
    }
}
