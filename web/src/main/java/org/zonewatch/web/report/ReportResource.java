package org.zonewatch.web.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.zonewatch.report.ReportService;
import org.zonewatch.report.excel.ReportScope;
import org.zonewatch.report.excel.ReportType;
import org.zonewatch.web.api.ApiParameters;
import org.zonewatch.web.api.BadParameterException;

/**
 * Excel downloads: {@code GET /api/reports/{type}.xlsx?region=…&region=…&from=…&to=…}. The EJB streams the rows
 * from the database into the workbook while the response is written.
 */
@Path("reports")
@RequestScoped
public class ReportResource {

    /** The names in the download addresses. */
    static final Map<String, ReportType> TYPES = Map.of(
            "policy-progress", ReportType.POLICY_PROGRESS,
            "investment", ReportType.INVESTMENT,
            "facts", ReportType.FACT_DETAIL,
            "articles", ReportType.ARTICLES,
            "summary", ReportType.SUMMARY);

    /** More than every district of Beijing; a longer list is no choice a person made. */
    static final int MAX_REGIONS = 100;

    @Inject
    private ReportService reports;

    /** The name of a report in its download address, which also keys its labels (reports.investment). */
    public static String addressName(ReportType type) {
        return TYPES.entrySet().stream().filter(e -> e.getValue() == type).findFirst().orElseThrow().getKey();
    }

    @Context
    private UriInfo uriInfo;

    /** No region means all regions; dates are Beijing calendar days, both included. */
    @GET
    @Path("{type}.xlsx")
    @Produces(Workbooks.XLSX)
    public Response download(@PathParam("type") String name, @QueryParam("region") List<String> regions,
                             @QueryParam("from") String from, @QueryParam("to") String to) {
        ReportType type = TYPES.get(name);
        if (type == null) {
            throw new NotFoundException("No report " + name + "; there are " + String.join(", ", TYPES.keySet()) + ".");
        }
        ReportScope scope = scope(regions, from, to);
        String articleUrl = Workbooks.articleUrl(uriInfo);
        StreamingOutput body = out -> reports.write(type, scope, articleUrl, out);
        return Workbooks.attachment(body, type.fileName(scope), "zonewatch-" + name + ".xlsx");
    }

    /** The scope of a download: no region means all regions; dates are Beijing days, both included. */
    public static ReportScope scope(List<String> regions, String from, String to) {
        List<String> chosen = regions == null ? List.of()
                : regions.stream().filter(region -> !region.isBlank())
                        .map(region -> ApiParameters.text("region", region).strip()).distinct().toList();
        if (chosen.size() > MAX_REGIONS) {
            throw new BadParameterException("region", "Parameter region: at most " + MAX_REGIONS
                    + " regions are compared at once, not " + chosen.size() + ".");
        }
        LocalDate first = ApiParameters.date("from", from);
        LocalDate last = ApiParameters.date("to", to);
        try {
            return ReportScope.of(chosen, first, last);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("from", "The period starts after it ends: from " + from + " to " + to
                    + ".");
        }
    }
}
