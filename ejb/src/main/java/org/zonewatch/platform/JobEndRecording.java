package org.zonewatch.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Records how a background job ended. When the database is what failed the job, it cannot take the end at once
 * either: the recording is tried again every few seconds until the database answers, for up to ten minutes, so that
 * the run shows FAILED, and can be resumed, once the database is back, rather than seeming to run for ever. A longer
 * outage leaves the run as it was; its node goes on with it when it starts again.
 */
public final class JobEndRecording {

    static final Duration EVERY = Duration.ofSeconds(3);
    static final Duration PATIENCE = Duration.ofMinutes(10);

    private static final System.Logger LOG = System.getLogger(JobEndRecording.class.getName());

    /** Waits between attempts; a test's does not sleep. */
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    private JobEndRecording() {
    }

    /** @throws RuntimeException the last failure, when the database did not answer within the patience */
    public static void record(Runnable recording) {
        record(recording, EVERY, PATIENCE, Instant::now, duration -> Thread.sleep(duration.toMillis()));
    }

    static void record(Runnable recording, Duration every, Duration patience, Supplier<Instant> clock,
                       Pause pause) {
        Instant deadline = clock.get().plus(patience);
        while (true) {
            try {
                recording.run();
                return;
            } catch (RuntimeException failed) {
                if (!clock.get().isBefore(deadline)) {
                    throw failed;
                }
                LOG.log(System.Logger.Level.WARNING, "Could not record the end of a job, trying again in {0} s: {1}",
                        every.toSeconds(), failed.toString());
            }
            try {
                pause.sleep(every);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the database", e);
            }
        }
    }
}
