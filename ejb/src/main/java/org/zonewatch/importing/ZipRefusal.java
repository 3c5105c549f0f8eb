package org.zonewatch.importing;

import org.zonewatch.platform.Refusal;

/**
 * Why an archive is refused as a whole, before anything of it is stored. The code is stable (clients may
 * switch on it); the summary is shown to the uploader, in Chinese and English.
 */
public enum ZipRefusal implements Refusal {
    NOT_A_ZIP("not-a-zip", 400, "不是有效的 zip 文件 / the file is not a readable zip archive"),
    UNSAFE_NAME("unsafe-entry-name", 422, "压缩包内有不安全的文件名 / an entry's name is absolute or leaves its folder"),
    TOO_MANY_ENTRIES("too-many-entries", 413, "压缩包内文件过多 / the archive holds too many entries"),
    TOO_LARGE("too-large", 413, "解压后过大 / the archive inflates to more than allowed"),
    NO_ARTICLES("no-articles", 422, "压缩包内没有 .md 文章 / the archive holds no .md article"),
    SUSPICIOUS_COMPRESSION("suspicious-compression", 413, "压缩比异常（疑似压缩炸弹）/ an entry inflates suspiciously far (a zip bomb?)");

    private final String code;
    private final int httpStatus;
    private final String summary;

    ZipRefusal(String code, int httpStatus, String summary) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.summary = summary;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * 400 for something that is no archive, 422 for an archive whose content cannot be accepted, 413 for a size
     * limit.
     */
    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public String summary() {
        return summary;
    }
}
