package org.zonewatch.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.zonewatch.article.ArticleService;
import org.zonewatch.article.ReprocessReport;

/** Administrative actions (role admin, checked by the service). */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AdministrationResource {

    @Inject
    private ArticleService articles;

    /** Derives every article again from its raw file with today's reader, extractor and catalogue. */
    @POST
    @Path("reprocess")
    public ReprocessReport reprocessAll() {
        return articles.reprocessAll();
    }
}
