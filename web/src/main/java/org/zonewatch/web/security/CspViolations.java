package org.zonewatch.web.security;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

/**
 * The violations in a browser's Content-Security-Policy report, one log line each: the legacy {@code report-uri}
 * format ({@code application/csp-report}, {@code {"csp-report": {…}}}) and the Reporting API's
 * ({@code application/reports+json}, {@code [{"type": "csp-violation", "body": {…}}]}). The browser writes what it
 * likes into a report, so every field is cut short and rid of control characters before it reaches the log.
 * Pure: no servlet, no container.
 */
final class CspViolations {

    static final String LEGACY = "application/csp-report";
    static final String REPORTING_API = "application/reports+json";

    /** Each field a person needs to find the cause, at most this long. */
    static final int MAX_FIELD_LENGTH = 200;
    /** A page that violates its policy in a loop sends many; a few of them tell as much. */
    static final int MAX_VIOLATIONS = 20;

    private CspViolations() {
    }

    /** Whether the body is a report this endpoint reads, by its media type (parameters ignored). */
    static boolean accepts(String contentType) {
        String type = mediaType(contentType);
        return type.equals(LEGACY) || type.equals(REPORTING_API) || type.equals("application/json");
    }

    /**
     * @return one line per violation: page, directive, what was blocked, where
     * @throws IllegalArgumentException when the body is not a report in either format
     */
    static List<String> describe(byte[] body) {
        JsonStructure json;
        try (var reader = Json.createReader(new ByteArrayInputStream(body))) {
            json = reader.read();
        } catch (JsonException | IllegalStateException | NoSuchElementException malformed) {
            throw new IllegalArgumentException("not JSON", malformed);
        }
        List<JsonObject> reports = new ArrayList<>();
        if (json instanceof JsonObject legacy && legacy.get("csp-report") instanceof JsonObject report) {
            reports.add(report);
        } else if (json.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue item : json.asJsonArray()) {
                if (item instanceof JsonObject report && report.get("body") instanceof JsonObject violation
                        && "csp-violation".equals(text(report, "type"))) {
                    reports.add(violation);
                }
            }
        }
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("no Content-Security-Policy violation in it");
        }
        return reports.stream().limit(MAX_VIOLATIONS).map(CspViolations::line).toList();
    }

    private static String line(JsonObject report) {
        return "page " + field(report, "document-uri", "documentURL")
                + ", directive " + field(report, "violated-directive", "effectiveDirective")
                + ", blocked " + field(report, "blocked-uri", "blockedURL")
                + ", at " + field(report, "source-file", "sourceFile")
                + ":" + field(report, "line-number", "lineNumber")
                + ", sample " + field(report, "script-sample", "sample");
    }

    /** The field under its legacy or its Reporting API name, fit for one log line. */
    private static String field(JsonObject report, String legacyName, String name) {
        String value = text(report, legacyName);
        value = value == null ? text(report, name) : value;
        if (value == null) {
            return "-";
        }
        String printable = value.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() <= MAX_FIELD_LENGTH ? printable : printable.substring(0, MAX_FIELD_LENGTH) + "…";
    }

    private static String text(JsonObject report, String name) {
        JsonValue value = report.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }
}
