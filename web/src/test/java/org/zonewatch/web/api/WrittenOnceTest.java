package org.zonewatch.web.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class WrittenOnceTest {

    private final List<Object> writes = new ArrayList<>();
    private final Function<Object, byte[]> write = answer -> {
        writes.add(answer);
        return answer.toString().getBytes(StandardCharsets.UTF_8);
    };

    @Test
    void theSameAnswerIsWrittenOnceAndAnEqualOneInAnotherInstanceAgain() {
        var written = new WrittenOnce(1_000);
        List<String> page = List.of("上海", "北京");
        List<String> equalPage = new ArrayList<>(page);

        byte[] first = written.bytes(page, write);
        assertSame(first, written.bytes(page, write));
        assertArrayEquals(first, written.bytes(equalPage, write));
        assertEquals(2, writes.size(), "the equal page is another answer, perhaps of another version of the facts");
        assertSame(equalPage, writes.get(1));
    }

    @Test
    void whatIsKeptStaysWithinItsBytesTheLeastRecentlyAskedForGoingFirst() {
        var written = new WrittenOnce(10);
        var a = new StringBuilder("aaaa");
        var b = new StringBuilder("bbbb");
        var c = new StringBuilder("cccc");
        written.bytes(a, write);
        written.bytes(b, write);
        written.bytes(a, write);
        written.bytes(c, write);
        assertEquals(8, written.keptBytes());
        assertEquals(List.of(a, b, c), writes);

        written.bytes(a, write);
        written.bytes(b, write);
        assertEquals(List.of(a, b, c, b), writes, "a was asked for after b, so b went to make room for c");

        var large = new StringBuilder("x".repeat(11));
        written.bytes(large, write);
        written.bytes(large, write);
        assertEquals(2, writes.stream().filter(w -> w == large).count(), "larger than all it may keep: not kept");
        assertEquals(8, written.keptBytes());
    }
}
