package org.zonewatch.web.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.zonewatch.report.ReportService;
import org.zonewatch.report.excel.ReportScope;
import org.zonewatch.report.excel.ReportType;
import org.zonewatch.report.excel.ReportWorkbooks;

/** Excel downloads. The rows come from the EJB facade; the reports module lays them out. */
@Path("reports")
@RequestScoped
public class ReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private ReportService reports;

    @GET
    @Path("articles.xlsx")
    @Produces(XLSX)
    public Response articles() {
        var rows = reports.articleRows();
        var scope = ReportScope.everything();
        StreamingOutput body = out -> ReportWorkbooks.articles(scope, rows, out);
        return download(body, ReportType.ARTICLES.fileName(scope));
    }

    /** RFC 6266: an ASCII fallback name, and the Chinese name in UTF-8 for every browser that reads it. */
    static Response download(StreamingOutput body, String fileName) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(body, XLSX)
                .header("Content-Disposition", "attachment; filename=\"zonewatch.xlsx\"; filename*=UTF-8''" + encoded)
                .build();
    }
}
