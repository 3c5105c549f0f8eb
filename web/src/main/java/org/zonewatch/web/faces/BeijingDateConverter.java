package org.zonewatch.web.faces;

import java.time.Instant;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/** Shows an instant as its calendar day in Beijing, in the view's language (see {@link ChineseDates}). */
@FacesConverter("zonewatch.date")
public class BeijingDateConverter implements Converter<Instant> {

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("dates are shown, never entered, through this converter");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return ChineseDates.day(value, context.getViewRoot().getLocale());
    }
}
