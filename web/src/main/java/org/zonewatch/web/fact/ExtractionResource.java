package org.zonewatch.web.fact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.zonewatch.fact.FactService;
import org.zonewatch.fact.FactView;
import org.zonewatch.web.api.RequestBodies;

/** Facts of any text, stored nowhere: previews in the UI and scripts. */
@Path("extract")
@RequestScoped
public class ExtractionResource {

    @Inject
    private FactService facts;

    /** The answer to {@code POST /api/extract}: {@code {"facts": [...]}}. */
    public record Extraction(List<FactView> facts) {
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Extraction extract(InputStream body) throws IOException {
        String text = new String(RequestBodies.read(body, RequestBodies.MAX_ARTICLE_BYTES), StandardCharsets.UTF_8);
        return new Extraction(facts.extract(text));
    }
}
