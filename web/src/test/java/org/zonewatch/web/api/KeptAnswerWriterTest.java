package org.zonewatch.web.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;
import org.zonewatch.article.ArticlePage;
import org.zonewatch.fact.FactView;
import org.zonewatch.indicator.Observation;

class KeptAnswerWriterTest {

    private final KeptAnswerWriter writer = new KeptAnswerWriter();

    @Test
    void writesPagesOfArticlesAndTheSeriesAsTheResourcesHandThemOver() {
        assertTrue(writer.isWriteable(ArticlePage.class, ArticlePage.class, null, MediaType.APPLICATION_JSON_TYPE));
        // As IndicatorResource answers a page of a series: the kept page's list, in a GenericEntity.
        var series = new GenericEntity<List<Observation>>(List.of()) { };
        assertTrue(writer.isWriteable(series.getRawType(), series.getType(), null, MediaType.APPLICATION_JSON_TYPE));
    }

    @Test
    void leavesEverythingElseToTheUsualJson() {
        var facts = new GenericEntity<List<FactView>>(List.of()) { };
        assertFalse(writer.isWriteable(facts.getRawType(), facts.getType(), null, MediaType.APPLICATION_JSON_TYPE));
        assertFalse(writer.isWriteable(List.class, List.class, null, MediaType.APPLICATION_JSON_TYPE));
    }
}
