package org.zonewatch.web.fact;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;

import org.zonewatch.fact.FactChange;
import org.zonewatch.fact.FactField;
import org.zonewatch.fact.FactRefusal;
import org.zonewatch.fact.FactRefusedException;
import org.zonewatch.fact.extraction.TextSpan;
import org.zonewatch.web.api.ApiException;

/**
 * Reads the JSON an editor sends for a fact: a merge patch ({@code PATCH /api/facts/{id}}) or a new fact
 * ({@code POST /api/articles/{id}/facts}). Malformed JSON and a value of the wrong JSON type are 400
 * {@code bad-request}; a member that is no field an editor sets is 422 {@code invalid-fact}; both name the field.
 * Whether the values make sense is the facade's to judge.
 */
public final class FactJson {

    /** A patch: the fields to change, and {@code rejected} when the patch rejects or restores the fact. */
    public record Patch(FactChange change, Optional<Boolean> rejected) {
    }

    private FactJson() {
    }

    public static Patch patch(byte[] body) {
        FactChange change = FactChange.NONE;
        Boolean rejected = null;
        for (Map.Entry<String, JsonValue> member : object(body).entrySet()) {
            if (member.getKey().equals("rejected")) {
                if (member.getValue() != JsonValue.TRUE && member.getValue() != JsonValue.FALSE) {
                    throw badRequest("rejected", "rejected must be true or false");
                }
                rejected = member.getValue() == JsonValue.TRUE;
            } else {
                change = field(change, member.getKey(), member.getValue());
            }
        }
        return new Patch(change, Optional.ofNullable(rejected));
    }

    public static FactChange addition(byte[] body) {
        FactChange fact = FactChange.NONE;
        for (Map.Entry<String, JsonValue> member : object(body).entrySet()) {
            fact = member.getKey().equals("span") ? fact.withSpan(span(member.getValue()))
                    : field(fact, member.getKey(), member.getValue());
        }
        return fact;
    }

    private static JsonObject object(byte[] body) {
        JsonValue value;
        try (var reader = Json.createReader(new ByteArrayInputStream(body))) {
            value = reader.readValue();
        } catch (JsonException e) {
            throw badRequest(null, "the body is not valid JSON: " + e.getMessage());
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw badRequest(null, "the body must be a JSON object of the fact's fields");
        }
        return value.asJsonObject();
    }

    private static FactChange field(FactChange change, String name, JsonValue json) {
        FactField field = FactField.named(name).orElseThrow(() -> new FactRefusedException(FactRefusal.INVALID_FACT,
                name, name + " is not a field an editor sets; these are metric, value, valueMax, unit, approximate,"
                + " changePct, sharePct, baseline, period, indicator"));
        if (json.getValueType() == JsonValue.ValueType.NULL) {
            return change.with(field, null);
        }
        Object value;
        if (field.type() == String.class && json instanceof JsonString text) {
            value = text.getString();
        } else if (field.type() == BigDecimal.class && json instanceof JsonNumber number) {
            value = number.bigDecimalValue();
        } else if (field.type() == Boolean.class && (json == JsonValue.TRUE || json == JsonValue.FALSE)) {
            value = json == JsonValue.TRUE;
        } else {
            throw badRequest(name, name + " must be a JSON " + jsonType(field) + " or null");
        }
        return change.with(field, value);
    }

    private static TextSpan span(JsonValue json) {
        if (json.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(json instanceof JsonObject span) || !(span.get("start") instanceof JsonNumber start)
                || !(span.get("end") instanceof JsonNumber end) || !start.isIntegral() || !end.isIntegral()
                || span.size() != 2) {
            throw badRequest("span", "span must be {\"start\": n, \"end\": m}, character offsets in the article's text");
        }
        try {
            return new TextSpan(start.intValueExact(), end.intValueExact());
        } catch (ArithmeticException | IllegalArgumentException e) {
            throw new FactRefusedException(FactRefusal.INVALID_FACT, "span", "span " + start + ".." + end
                    + " is not a stretch of text: 0 <= start <= end");
        }
    }

    private static String jsonType(FactField field) {
        return field.type() == String.class ? "string" : field.type() == BigDecimal.class ? "number" : "boolean";
    }

    private static ApiException badRequest(String field, String detail) {
        return new ApiException(Response.Status.BAD_REQUEST, "bad-request", detail, field);
    }
}
