package org.zonewatch.fact;

import org.zonewatch.platform.Refusal;

/** Why a change of facts was refused. */
public enum FactRefusal implements Refusal {
    INVALID_FACT("invalid-fact", 422, "事实数据无效 / a value of the fact is not acceptable"),
    NOT_FOUND("not-found", 404, "没有这条事实或文章 / no such fact or article"),
    CONFLICT("conflict", 409, "事实已被他人修改 / someone else changed the fact at the same time; load it again");

    private final String code;
    private final int httpStatus;
    private final String summary;

    FactRefusal(String code, int httpStatus, String summary) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.summary = summary;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public String summary() {
        return summary;
    }
}
