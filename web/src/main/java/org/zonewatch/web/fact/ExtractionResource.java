package org.zonewatch.web.fact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.zonewatch.fact.FactService;
import org.zonewatch.fact.FactExtractionView;
import org.zonewatch.platform.BeijingDays;
import org.zonewatch.web.api.ApiParameters;
import org.zonewatch.web.api.RequestBodies;

/** Facts of any text, stored nowhere: previews in the UI and scripts. */
@Path("extract")
@RequestScoped
public class ExtractionResource {

    @Inject
    private FactService facts;

    /**
     * {@code {"facts": [...], "warnings": [...]}}. Periods are dated as if the text had been published on
     * {@code published} (yyyy-MM-dd, Beijing), today by default. A text over a megabyte is refused with 413.
     */
    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public FactExtractionView extract(InputStream body, @QueryParam("published") String published) throws IOException {
        String text = new String(RequestBodies.read(body, RequestBodies.MAX_EXTRACT_BYTES), StandardCharsets.UTF_8);
        LocalDate day = ApiParameters.date("published", published);
        return facts.extract(text, day == null ? LocalDate.now(BeijingDays.ZONE) : day);
    }
}
