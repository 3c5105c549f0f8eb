package org.zonewatch.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an audit entry records, by a code that stays stable across versions: the log is kept for years and read by
 * people and scripts alike. Every action that changes state has one, and so have signing in and out.
 */
public enum AuditAction {

    SIGN_IN("sign-in"),
    SIGN_OUT("sign-out"),
    ARTICLE_IMPORT("article.import"),
    ARTICLE_DELETE("article.delete"),
    IMPORT_BULK("import.bulk"),
    IMPORT_RESUME("import.resume"),
    REPROCESS_START("reprocess.start"),
    REPROCESS_RESUME("reprocess.resume"),
    CATALOGUE_CHANGE("catalogue.change"),
    CATALOGUE_DELETE("catalogue.delete"),
    FACT_CORRECT("fact.correct"),
    FACT_REJECT("fact.reject"),
    FACT_RESTORE("fact.restore"),
    FACT_ADD("fact.add"),
    SEARCH_INDEX_REBUILD("search-index.rebuild");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<AuditAction> ofCode(String code) {
        return Arrays.stream(values()).filter(action -> action.code.equals(code)).findFirst();
    }
}
