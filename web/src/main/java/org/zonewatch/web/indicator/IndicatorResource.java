package org.zonewatch.web.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;

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
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.zonewatch.audit.AuditAction;
import org.zonewatch.indicator.CatalogueChange;
import org.zonewatch.indicator.IndicatorDefinition;
import org.zonewatch.indicator.IndicatorService;
import org.zonewatch.indicator.Observation;
import org.zonewatch.indicator.ObservationPage;
import org.zonewatch.report.ReportService;
import org.zonewatch.report.excel.ReportScope;
import org.zonewatch.report.excel.ReportWorkbooks;
import org.zonewatch.web.admin.AdministrationResource;
import org.zonewatch.web.api.ApiParameters;
import org.zonewatch.web.api.ApiValidation;
import org.zonewatch.web.api.RequestBodies;
import org.zonewatch.web.audit.Audit;
import org.zonewatch.web.report.ReportResource;
import org.zonewatch.web.report.Workbooks;

/** The indicator catalogue, and each indicator's reported values over time. */
@Path("indicators")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class IndicatorResource {

    /** A hundred synonyms of 200 Chinese characters are 60 KB of JSON. */
    static final int MAX_DEFINITION_BYTES = 256 * 1024;
    /** Observations of a page of the series: about 200 KB of JSON. */
    static final int DEFAULT_OBSERVATIONS_PAGE = 200;
    /** The largest page of the series: kept in the figure cache like the indicator page's, so kept small. */
    static final int MAX_OBSERVATIONS_PAGE = 1000;

    @Inject
    private IndicatorService indicators;

    @Inject
    private ReportService reports;

    @Inject
    private Validator validator;

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
        return find(code).orElseThrow(() -> unknown(code));
    }

    /**
     * Adds or redefines an indicator (admin): 202 with {@code {code, remapping}} and the {@code Location} of the run
     * that maps every stored fact again in the background; 409 while another maintenance run has not completed. The
     * body is read strictly ({@link IndicatorJson}: 400 naming a field of the wrong type), then held to the
     * catalogue's constraints (Bean Validation on {@link IndicatorDefinition}: 422 naming the field); nothing is
     * stored on refusal.
     */
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response define(@PathParam("code") String code, InputStream body) throws IOException {
        return accepted(audit.run(AuditAction.CATALOGUE_CHANGE, code, () -> redefine(code, body)));
    }

    private CatalogueChange redefine(String code, InputStream body) throws IOException {
        var definition = IndicatorJson.definition(code, RequestBodies.read(body, MAX_DEFINITION_BYTES));
        if (definition.reportColumnProblem() != null) {
            throw new BadRequestException(definition.reportColumnProblem());
        }
        ApiValidation.check(validator, definition, "invalid-indicator");
        return indicators.define(definition);
    }

    /** Removes an indicator (admin); its facts map to another or to none in the background, as for a change. */
    @DELETE
    @Path("{code}")
    public Response remove(@PathParam("code") String code) {
        return accepted(audit.run(AuditAction.CATALOGUE_DELETE, code, () -> {
            if (!IndicatorDefinition.fitsColumn(code)) {
                throw unknown(code);
            }
            return indicators.remove(code).orElseThrow(() -> unknown(code));
        }));
    }

    private Response accepted(CatalogueChange change) {
        return AdministrationResource.accepted(uriInfo, change, change.remapping().id());
    }

    /**
     * {@code region} (repeatable: the regions to compare; none means all), {@code from} and {@code to}
     * (yyyy-MM-dd, Beijing days, inclusive) are optional. A page at a time ({@code page} from 0, {@code size} up to
     * {@value #MAX_OBSERVATIONS_PAGE}, larger sizes cut to it): the body is the page's observations, the
     * {@code X-Total-Count} header counts them all, and {@code Link} gives the next and previous pages.
     */
    @GET
    @Path("{code}/observations")
    public Response observations(@PathParam("code") String code, @QueryParam("region") List<String> regions,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("page") String page, @QueryParam("size") String size) {
        if (find(code).isEmpty()) {
            throw unknown(code);
        }
        ReportScope scope = ReportResource.scope(regions, from, to);
        int pageSize = ApiParameters.pageSize(size, DEFAULT_OBSERVATIONS_PAGE, MAX_OBSERVATIONS_PAGE);
        // The offset page × size must stay a number the database takes.
        int pageNumber = ApiParameters.wholeNumber("page", page, 0, 0, Integer.MAX_VALUE / pageSize);
        int first = pageNumber * pageSize;
        ObservationPage observations = indicators.observations(code, scope.regions(), scope.from(), scope.to(),
                first, pageSize);
        var answer = Response.ok(new GenericEntity<List<Observation>>(observations.items()) { })
                .header("X-Total-Count", observations.total());
        if ((long) first + pageSize < observations.total()) {
            answer.link(pageUri(pageNumber + 1, pageSize), "next");
        }
        if (pageNumber > 0) {
            answer.link(pageUri(Math.min(pageNumber - 1, (int) ((observations.total() - 1) / pageSize)), pageSize),
                    "prev");
        }
        return answer.build();
    }

    private URI pageUri(int page, int size) {
        return uriInfo.getRequestUriBuilder().replaceQueryParam("page", page).replaceQueryParam("size", size).build();
    }

    /** Exactly what the indicator page shows for the same parameters, as a workbook. */
    @GET
    @Path("{code}/observations.xlsx")
    @Produces(Workbooks.XLSX)
    public Response observationsWorkbook(@PathParam("code") String code, @QueryParam("region") List<String> regions,
                                         @QueryParam("from") String from, @QueryParam("to") String to) {
        IndicatorDefinition indicator = find(code).orElseThrow(() -> unknown(code));
        ReportScope scope = ReportResource.scope(regions, from, to);
        String articleUrl = Workbooks.articleUrl(uriInfo);
        StreamingOutput body = out -> reports.writeIndicator(indicator, scope, articleUrl, out);
        return Workbooks.attachment(body, ReportWorkbooks.indicatorFileName(indicator.name(), scope),
                "zonewatch-" + code + ".xlsx");
    }

    /** A code longer than the column is not looked up: a 10,000-character code is no question for the database. */
    private Optional<IndicatorDefinition> find(String code) {
        return IndicatorDefinition.fitsColumn(code) ? indicators.find(code) : Optional.empty();
    }

    private static NotFoundException unknown(String code) {
        return new NotFoundException("No indicator " + (IndicatorDefinition.fitsColumn(code) ? code : "of that code")
                + " in the catalogue.");
    }
}
