package org.zonewatch.audit;

/**
 * The lengths of the audit log's columns, and what fits in them: a value too long is cut, never refused, since an
 * audit write must not fail because a file name or a user name was long.
 */
final class AuditFields {

    static final int USER = 200;
    static final int ADDRESS = 64;
    static final int TARGET = 500;

    private AuditFields() {
    }

    /** The value as it is when it fits, else its first characters and an ellipsis; never a split surrogate pair. */
    static String bounded(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }
}
