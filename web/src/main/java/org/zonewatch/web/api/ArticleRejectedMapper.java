package org.zonewatch.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.zonewatch.article.source.ArticleRejectedException;

/** A file that is not a readable article: 400 when its text is not a valid article, 422 when it is no text. */
@Provider
public class ArticleRejectedMapper implements ExceptionMapper<ArticleRejectedException> {

    @Override
    public Response toResponse(ArticleRejectedException exception) {
        var rejection = exception.rejection();
        return new ApiError(rejection.code(), exception.getMessage()).toResponse(rejection.httpStatus());
    }
}
