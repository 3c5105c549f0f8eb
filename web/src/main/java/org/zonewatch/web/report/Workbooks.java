package org.zonewatch.web.report;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.zonewatch.web.api.Attachments;

/** How the API hands out a workbook: as an attachment with its Chinese name. */
public final class Workbooks {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Workbooks() {
    }

    /**
     * RFC 6266: an ASCII fallback name, and the Chinese name in UTF-8 for every browser that reads it.
     *
     * @param asciiName the fallback, e.g. zonewatch-summary.xlsx
     */
    public static Response attachment(StreamingOutput body, String fileName, String asciiName) {
        return Response.ok(body, XLSX).header("Content-Disposition", Attachments.disposition(fileName, asciiName))
                .build();
    }

    /** The address the workbooks link each figure's article to, without the article's id. */
    public static String articleUrl(UriInfo uriInfo) {
        return uriInfo.getBaseUri().resolve("../article.xhtml?id=").toString();
    }
}
