package org.zonewatch.web.fact;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.zonewatch.audit.AuditAction;
import org.zonewatch.fact.FactAuditEntry;
import org.zonewatch.fact.FactService;
import org.zonewatch.fact.FactView;
import org.zonewatch.web.api.ApiParameters;
import org.zonewatch.web.api.Editors;
import org.zonewatch.web.api.RequestBodies;
import org.zonewatch.web.audit.Audit;

/** Stored facts: read one, correct, reject or restore it (editors), and its history. */
@Path("facts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class FactResource {

    @Inject
    private FactService facts;

    @Context
    private SecurityContext security;

    @Inject
    private Audit audit;

    @GET
    @Path("{id}")
    public FactView fact(@PathParam("id") String id) {
        return facts.find(ApiParameters.id("id", id)).orElseThrow(() -> new NotFoundException("No fact " + id + "."));
    }

    /**
     * A JSON merge patch (RFC 7396) of the fact's fields, and/or {@code "rejected": true|false}; the fields are
     * applied first. Answers the fact as it now stands.
     */
    @PATCH
    @Path("{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    public FactView patch(@PathParam("id") String id, InputStream body) throws IOException {
        String target = "fact " + id;
        // A request refused before it says what it changes is a refused correction.
        var patch = audit.before(AuditAction.FACT_CORRECT, target, () -> {
            ApiParameters.id("id", id);
            Editors.require(security);
            return FactJson.patch(RequestBodies.read(body, RequestBodies.MAX_FACT_BYTES));
        });
        long fact = ApiParameters.id("id", id);
        FactView patched = patch.change().given().isEmpty() ? fact(id)
                : audit.run(AuditAction.FACT_CORRECT, target, () -> facts.correct(fact, patch.change()));
        return patch.rejected().map(reject -> reject
                        ? audit.run(AuditAction.FACT_REJECT, target, () -> facts.reject(fact))
                        : audit.run(AuditAction.FACT_RESTORE, target, () -> facts.restore(fact)))
                .orElse(patched);
    }

    /** Oldest first. */
    @GET
    @Path("{id}/history")
    public List<FactAuditEntry> history(@PathParam("id") String id) {
        return facts.history(ApiParameters.id("id", id));
    }
}
