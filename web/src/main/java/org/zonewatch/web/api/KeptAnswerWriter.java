package org.zonewatch.web.api;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

import org.zonewatch.article.ArticlePage;
import org.zonewatch.indicator.Observation;

/**
 * JSON for the answers the services keep for everyone (lists and searches of articles, pages of a series): written
 * once per kept answer rather than once per caller — with the answer kept, writing its JSON was a third of an API
 * list's time. The same JSON as for everything else ({@link JsonConfiguration}).
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class KeptAnswerWriter implements MessageBodyWriter<Object> {

    private static final Type OBSERVATIONS = new GenericType<List<Observation>>() { }.getType();
    /** A few hundred pages of articles; a page of 1,000 observations is about 1.5 MB. */
    private static final long MAX_BYTES = 16L << 20;

    private final WrittenOnce written = new WrittenOnce(MAX_BYTES);

    @Context
    private Providers providers;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == ArticlePage.class || OBSERVATIONS.equals(genericType);
    }

    @Override
    public void writeTo(Object answer, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream body) throws IOException {
        Jsonb jsonb = providers.getContextResolver(Jsonb.class, mediaType).getContext(type);
        body.write(written.bytes(answer, kept -> jsonb.toJson(kept, genericType).getBytes(StandardCharsets.UTF_8)));
    }
}
