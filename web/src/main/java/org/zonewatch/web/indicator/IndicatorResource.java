package org.zonewatch.web.indicator;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.zonewatch.audit.AuditAction;
import org.zonewatch.indicator.CatalogueChange;
import org.zonewatch.indicator.IndicatorDefinition;
import org.zonewatch.indicator.IndicatorService;
import org.zonewatch.indicator.Observation;
import org.zonewatch.report.ReportService;
import org.zonewatch.report.excel.ReportScope;
import org.zonewatch.report.excel.ReportWorkbooks;
import org.zonewatch.web.admin.AdministrationResource;
import org.zonewatch.web.api.RequestBodies;
import org.zonewatch.web.audit.Audit;
import org.zonewatch.web.report.ReportResource;
import org.zonewatch.web.report.Workbooks;

/** The indicator catalogue, and each indicator's reported values over time. */
@Path("indicators")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class IndicatorResource {

    @Inject
    private IndicatorService indicators;

    @Inject
    private ReportService reports;

    @Context
    private UriInfo uriInfo;

    @Inject
    private Audit audit;

    @GET
    public List<IndicatorDefinition> catalogue() {
        return indicators.catalogue();
    }

    @GET
    @Path("{code}")
    public IndicatorDefinition indicator(@PathParam("code") String code) {
        return indicators.find(code).orElseThrow(() -> unknown(code));
    }

    /**
     * Adds or redefines an indicator (admin): 202 with {@code {code, remapping}} and the {@code Location} of the run
     * that maps every stored fact again in the background; 409 while another maintenance run has not completed.
     */
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response define(@PathParam("code") String code, IndicatorDefinition definition) {
        return accepted(audit.run(AuditAction.CATALOGUE_CHANGE, code, () -> redefine(code, definition)));
    }

    private CatalogueChange redefine(String code, IndicatorDefinition definition) {
        if (definition == null || isBlank(definition.name()) || isBlank(definition.category())
                || isBlank(definition.unit())) {
            throw new BadRequestException("An indicator needs a name, a category and a unit.");
        }
        if (definition.reportColumnProblem() != null) {
            throw new BadRequestException(definition.reportColumnProblem());
        }
        return indicators.define(new IndicatorDefinition(code, definition.name().strip(),
                definition.category().strip(), definition.unit().strip(),
                definition.synonyms(), definition.dashboardPosition(),
                definition.report(), definition.reportPosition()));
    }

    /** Removes an indicator (admin); its facts map to another or to none in the background, as for a change. */
    @DELETE
    @Path("{code}")
    public Response remove(@PathParam("code") String code) {
        return accepted(audit.run(AuditAction.CATALOGUE_DELETE, code,
                () -> indicators.remove(code).orElseThrow(() -> unknown(code))));
    }

    private Response accepted(CatalogueChange change) {
        return AdministrationResource.accepted(uriInfo, change, change.remapping().id());
    }

    /**
     * {@code region} (repeatable: the regions to compare; none means all), {@code from} and {@code to}
     * (yyyy-MM-dd, Beijing days, inclusive) are optional.
     */
    @GET
    @Path("{code}/observations")
    public List<Observation> observations(@PathParam("code") String code, @QueryParam("region") List<String> regions,
                                          @QueryParam("from") String from, @QueryParam("to") String to) {
        if (indicators.find(code).isEmpty()) {
            throw unknown(code);
        }
        return indicators.observations(code, regions, RequestBodies.date("from", from), RequestBodies.date("to", to));
    }

    /** Exactly what the indicator page shows for the same parameters, as a workbook. */
    @GET
    @Path("{code}/observations.xlsx")
    @Produces(Workbooks.XLSX)
    public Response observationsWorkbook(@PathParam("code") String code, @QueryParam("region") List<String> regions,
                                         @QueryParam("from") String from, @QueryParam("to") String to) {
        IndicatorDefinition indicator = indicators.find(code).orElseThrow(() -> unknown(code));
        ReportScope scope = ReportResource.scope(regions, from, to);
        String articleUrl = Workbooks.articleUrl(uriInfo);
        StreamingOutput body = out -> reports.writeIndicator(indicator, scope, articleUrl, out);
        return Workbooks.attachment(body, ReportWorkbooks.indicatorFileName(indicator.name(), scope),
                "zonewatch-" + code + ".xlsx");
    }

    private static NotFoundException unknown(String code) {
        return new NotFoundException("No indicator " + code + " in the catalogue.");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
