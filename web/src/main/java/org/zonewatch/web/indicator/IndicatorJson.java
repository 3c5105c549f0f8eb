package org.zonewatch.web.indicator;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.zonewatch.indicator.IndicatorDefinition;
import org.zonewatch.report.excel.ReportType;
import org.zonewatch.web.api.BadParameterException;

/**
 * Reads the body of {@code PUT /api/indicators/{code}}, strictly: each field of its own JSON type or null, never
 * coerced (JSON-B made {@code "name": 123} the name "123" and {@code [1]} a synonym "1"), and name, category and
 * unit given. A {@link BadParameterException} names the field at fault; members it does not know (the
 * {@code code} a client copied from {@code GET}) are ignored. Pure: no JAX-RS, no container.
 */
final class IndicatorJson {

    private IndicatorJson() {
    }

    /** @param code the code from the address, which the body cannot change */
    static IndicatorDefinition definition(String code, byte[] body) {
        JsonObject json = object(body);
        return new IndicatorDefinition(code, required(json, "name"), required(json, "category"),
                required(json, "unit"), synonyms(json), position(json, "dashboardPosition"), report(json),
                position(json, "reportPosition"));
    }

    private static String required(JsonObject json, String field) {
        String value = text(json, field);
        if (value == null || value.isBlank()) {
            throw new BadParameterException(field, "An indicator needs a name, a category and a unit; " + field
                    + " is missing.");
        }
        return value.strip();
    }

    private static JsonObject object(byte[] body) {
        JsonValue value;
        try (var reader = Json.createReader(new ByteArrayInputStream(body))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException | NoSuchElementException | NumberFormatException e) {
            throw new BadParameterException(null, "The body is not valid JSON: " + e.getMessage());
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new BadParameterException(null, "The body must be a JSON object of the indicator's fields.");
        }
        return value.asJsonObject();
    }

    private static String text(JsonObject json, String field) {
        JsonValue value = json.getOrDefault(field, JsonValue.NULL);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw wrongType(field, "a JSON string");
    }

    private static List<String> synonyms(JsonObject json) {
        JsonValue value = json.getOrDefault("synonyms", JsonValue.NULL);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array) || !array.stream().allMatch(JsonString.class::isInstance)) {
            throw wrongType("synonyms", "a JSON array of strings");
        }
        List<String> synonyms = new ArrayList<>();
        array.getValuesAs(JsonString.class).forEach(synonym -> synonyms.add(synonym.getString().strip()));
        return synonyms;
    }

    private static Integer position(JsonObject json, String field) {
        JsonValue value = json.getOrDefault(field, JsonValue.NULL);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            try {
                return number.bigDecimalValue().intValueExact();
            } catch (ArithmeticException | UnsupportedOperationException notAnInt) {
                // a fraction, or beyond an int (1e400): refused below
            }
        }
        throw wrongType(field, "a whole JSON number up to " + Integer.MAX_VALUE);
    }

    private static ReportType report(JsonObject json) {
        String name = text(json, "report");
        if (name == null) {
            return null;
        }
        try {
            return ReportType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("report", "report must be POLICY_PROGRESS, INVESTMENT or null.");
        }
    }

    private static BadParameterException wrongType(String field, String type) {
        return new BadParameterException(field, field + " must be " + type + " or null.");
    }
}
