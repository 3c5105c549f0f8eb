package org.zonewatch.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class BeijingDaysTest {

    @Test
    void aDayRunsFromBeijingMidnightToTheNextOne() {
        LocalDate day = LocalDate.of(2021, 4, 28);

        assertEquals(Instant.parse("2021-04-27T16:00:00Z"), BeijingDays.start(day));
        assertEquals(Instant.parse("2021-04-28T16:00:00Z"), BeijingDays.end(day));
    }

    @Test
    void anArticlePublishedLateInTheUtcEveningBelongsToTheNextBeijingDay() {
        assertEquals(LocalDate.of(2021, 4, 28), BeijingDays.dayOf(Instant.parse("2021-04-27T16:30:00Z")));
        assertEquals(LocalDate.of(2021, 4, 27), BeijingDays.dayOf(Instant.parse("2021-04-27T15:59:59Z")));
    }

    @Test
    void anOpenSideBoundsEveryArticle() {
        assertTrue(BeijingDays.start(null).isBefore(Instant.parse("1990-01-01T00:00:00Z")));
        assertTrue(BeijingDays.end(null).isAfter(Instant.parse("2500-01-01T00:00:00Z")));
    }
}
