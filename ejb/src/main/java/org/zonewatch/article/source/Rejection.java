package org.zonewatch.article.source;

import org.zonewatch.platform.Refusal;

/**
 * Why an uploaded file cannot be read as an article. The code is stable (clients may switch on it);
 * the summary is shown to the person who uploaded the file, in Chinese and English.
 */
public enum Rejection implements Refusal {
    EMPTY("empty", 400, "文件为空 / the file has no content"),
    NOT_TEXT("not-text", 422, "不是文本文件 / the file is not text"),
    UNDECODABLE("undecodable", 422, "无法识别文件编码 / the file's character encoding cannot be decoded"),
    NO_FRONT_MATTER("no-front-matter", 400, "缺少 front matter / the file does not start with a front matter block between two '---' lines"),
    MALFORMED_FRONT_MATTER("malformed-front-matter", 400, "front matter 格式错误 / the front matter is not valid YAML key: value pairs"),
    MISSING_TITLE("missing-title", 400, "缺少标题 / the front matter has no title"),
    MISSING_DATE("missing-date", 400, "缺少日期 / the front matter has no date"),
    BAD_DATE("bad-date", 400, "日期格式错误 / the date is not an RFC 1123 date such as 'Wed, 28 Apr 2021 00:24:24 GMT'"),
    FIELD_TOO_LONG("field-too-long", 400, "字段过长 / a field is longer than zonewatch stores"),
    TOO_COMPLEX("too-complex", 422, "文本过长或过于复杂，无法在限定时间内抽取数据 / the text takes longer to extract its figures from than zonewatch allows");

    private final String code;
    private final int httpStatus;
    private final String summary;

    Rejection(String code, int httpStatus, String summary) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.summary = summary;
    }

    @Override
    public String code() {
        return code;
    }

    /** The status the API answers with: 422 when the bytes are no readable text at all, 400 when the text is not a valid article. */
    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public String summary() {
        return summary;
    }
}
