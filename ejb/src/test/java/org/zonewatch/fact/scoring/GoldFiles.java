package org.zonewatch.fact.scoring;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

/** Reads the facts of a gold file (SPEC §6). */
public final class GoldFiles {

    private GoldFiles() {
    }

    public static List<GoldFact> facts(String goldJson) {
        try (JsonReader reader = Json.createReader(new StringReader(goldJson))) {
            return reader.readObject().getJsonArray("facts").getValuesAs(JsonObject.class).stream()
                    .map(GoldFiles::fact).toList();
        }
    }

    private static GoldFact fact(JsonObject o) {
        return new GoldFact(o.getString("metric"), o.getString("key"), number(o, "value"), number(o, "valueMax"),
                o.getString("unit"), o.getBoolean("approximate", false), number(o, "changePct"),
                number(o, "sharePct"), number(o, "baseline"), o.getBoolean("optional", false));
    }

    private static BigDecimal number(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonNumber n ? n.bigDecimalValue() : null;
    }
}
