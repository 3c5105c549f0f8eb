package org.zonewatch.web.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zonewatch.fact.FactField;
import org.zonewatch.fact.FactRefusedException;
import org.zonewatch.fact.extraction.TextSpan;

/** Reading an editor's JSON; the 400 answers (malformed JSON, wrong types) are tested through the API (FactCorrectionIT). */
class FactJsonTest {

    @Test
    void aMergePatchGivesExactlyItsMembersAndNullClears() {
        var patch = FactJson.patch(bytes("{\"value\": 564, \"valueMax\": null, \"metric\": \"新设外资企业\","
                + " \"approximate\": true, \"rejected\": false}"));

        assertEquals(Set.of(FactField.VALUE, FactField.VALUE_MAX, FactField.METRIC, FactField.APPROXIMATE),
                patch.change().given());
        assertEquals(new BigDecimal(564), patch.change().value());
        assertNull(patch.change().valueMax());
        assertEquals(Boolean.TRUE, patch.change().approximate());
        assertEquals(Optional.of(false), patch.rejected());
    }

    @Test
    void aNewFactMayNameItsSpan() {
        var fact = FactJson.addition(bytes("{\"metric\": \"研发中心\", \"value\": 12, \"unit\": \"个\","
                + " \"span\": {\"start\": 3, \"end\": 6}}"));

        assertEquals(new TextSpan(3, 6), fact.span());
        assertEquals(Set.of(FactField.METRIC, FactField.VALUE, FactField.UNIT), fact.given());
    }

    @Test
    void membersThatAreNoEditableFieldAre422WithTheField() {
        var unknown = assertThrows(FactRefusedException.class, () -> FactJson.patch(bytes("{\"sentence\": \"x\"}")));
        assertEquals("sentence", unknown.field());
        assertEquals("span", assertThrows(FactRefusedException.class,
                () -> FactJson.addition(bytes("{\"span\": {\"start\": 5, \"end\": 3}}"))).field());
        assertEquals("span", assertThrows(FactRefusedException.class,
                () -> FactJson.patch(bytes("{\"span\": {\"start\": 1, \"end\": 3}}"))).field(), "no span in a patch");
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
