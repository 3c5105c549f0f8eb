package org.zonewatch.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class JobEndRecordingTest {

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final List<Duration> pauses = new ArrayList<>();

    private void record(Runnable recording) {
        JobEndRecording.record(recording, Duration.ofSeconds(3), Duration.ofSeconds(10), () -> now, pause -> {
            pauses.add(pause);
            now = now.plus(pause);
        });
    }

    @Test
    void aDatabaseThatAnswersAgainTakesTheEnd() {
        int[] attempts = {0};

        record(() -> {
            if (++attempts[0] < 3) {
                throw new IllegalStateException("connection refused");
            }
        });

        assertEquals(3, attempts[0]);
        assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(3)), pauses);
    }

    @Test
    void aDatabaseThatStaysAwayGivesTheLastFailureOnceThePatienceIsSpent() {
        var down = new IllegalStateException("connection refused");

        var thrown = assertThrows(IllegalStateException.class, () -> record(() -> {
            throw down;
        }));

        assertSame(down, thrown);
        assertEquals(4, pauses.size(), "tried at 0, 3, 6, 9 and 12 s");
    }

    @Test
    void aRecordingThatSucceedsIsNotRepeated() {
        int[] attempts = {0};

        record(() -> attempts[0]++);

        assertEquals(1, attempts[0]);
        assertEquals(List.of(), pauses);
    }
}
