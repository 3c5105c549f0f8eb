package org.zonewatch.web.indicator;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
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

import org.zonewatch.indicator.CatalogueChange;
import org.zonewatch.indicator.IndicatorDefinition;
import org.zonewatch.indicator.IndicatorService;
import org.zonewatch.indicator.Observation;
import org.zonewatch.report.ReportService;
import org.zonewatch.report.excel.ReportScope;
import org.zonewatch.report.excel.ReportWorkbooks;
import org.zonewatch.web.api.ApiValidation;
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

    @Inject
    private Validator validator;

    @Context
    private UriInfo uriInfo;

    @GET
    public List<IndicatorDefinition> catalogue() {
        return indicators.catalogue();
    }

    @GET
    @Path("{code}")
    public IndicatorDefinition indicator(@PathParam("code") String code) {
        return indicators.find(code).orElseThrow(() -> unknown(code));
    }

    /** Adds or redefines an indicator (admin); every stored fact is mapped again. */
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CatalogueChange define(@PathParam("code") String code, IndicatorDefinition definition) {
        if (definition == null || isBlank(definition.name()) || isBlank(definition.category())
                || isBlank(definition.unit())) {
            throw new BadRequestException("An indicator needs a name, a category and a unit.");
        }
        if (definition.reportColumnProblem() != null) {
            throw new BadRequestException(definition.reportColumnProblem());
        }
        var defined = new IndicatorDefinition(code, definition.name().strip(), definition.category().strip(),
                definition.unit().strip(), definition.synonyms(), definition.dashboardPosition(),
                definition.report(), definition.reportPosition());
        ApiValidation.check(validator, defined, "invalid-indicator");
        return indicators.define(defined);
    }

    @DELETE
    @Path("{code}")
    public CatalogueChange remove(@PathParam("code") String code) {
        return indicators.remove(code).orElseThrow(() -> unknown(code));
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
        ReportScope scope = ReportResource.scope(regions, from, to);
        return indicators.observations(code, scope.regions(), scope.from(), scope.to());
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
