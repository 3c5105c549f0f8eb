package org.zonewatch.web.faces;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

import org.zonewatch.platform.BeijingDays;

/** Shows an instant as the calendar day in Beijing, yyyy-MM-dd, the way the articles themselves are dated. */
@FacesConverter("zonewatch.date")
public class BeijingDateConverter implements Converter<Instant> {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(BeijingDays.ZONE);

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("dates are shown, never entered, through this converter");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : DAY.format(value);
    }
}
