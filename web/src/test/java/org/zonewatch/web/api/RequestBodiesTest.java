package org.zonewatch.web.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Bodies are read within their call's limit; the 413 answer itself is tested through the API (BadInputIT). */
class RequestBodiesTest {

    private static final int LIMIT = RequestBodies.MAX_EXTRACT_BYTES;

    @Test
    void aBodyOfExactlyTheLimitIsReadWhole() throws IOException {
        byte[] body = new byte[LIMIT];
        Arrays.fill(body, (byte) 'x');

        assertArrayEquals(body, RequestBodies.upTo(new ByteArrayInputStream(body), LIMIT).orElseThrow());
    }

    @Test
    void noBodyIsAnEmptyOne() throws IOException {
        assertEquals(0, RequestBodies.upTo(null, LIMIT).orElseThrow().length);
    }

    @Test
    void oneByteOverTheLimitIsRefused() throws IOException {
        assertTrue(RequestBodies.upTo(new ByteArrayInputStream(new byte[LIMIT + 1]), LIMIT).isEmpty());
    }

    @Test
    void aLargerBodyIsReadNoFurtherThanTheLimit() throws IOException {
        var body = new Zeros(10 * 1024 * 1024);

        assertTrue(RequestBodies.upTo(body, LIMIT).isEmpty());
        assertTrue(body.delivered <= LIMIT + 64 * 1024, body.delivered + " bytes read");
    }

    /** A body of zeros that counts what it delivers, and is never in memory as a whole. */
    private static final class Zeros extends InputStream {
        private final long size;
        private long delivered;

        Zeros(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return read(new byte[1], 0, 1) < 0 ? -1 : 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (delivered == size) {
                return -1;
            }
            int count = (int) Math.min(length, size - delivered);
            Arrays.fill(buffer, offset, offset + count, (byte) 0);
            delivered += count;
            return count;
        }
    }
}
