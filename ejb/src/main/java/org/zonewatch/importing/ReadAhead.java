package org.zonewatch.importing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.IntFunction;

/**
 * Works out items {@code from} to {@code end - 1} in order, one at a time on another thread, up to {@code window}
 * items ahead of the caller: a bulk import reads and extracts the next files on the second processor while its own
 * thread stores the last ones. One at a time, so that it never takes more than that one processor from the storing.
 * Not thread-safe: one caller asks for the items.
 */
final class ReadAhead<T> implements AutoCloseable {

    private final Executor executor;
    private final IntFunction<T> work;
    private final int end;
    private final int window;
    private final Deque<CompletableFuture<T>> ahead = new ArrayDeque<>();
    /** The item last handed to the executor: the next one starts when it ends, however it ends. */
    private CompletableFuture<?> last = CompletableFuture.completedFuture(null);
    private int scheduled;
    private volatile boolean closed;

    ReadAhead(Executor executor, IntFunction<T> work, int from, int end, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window " + window);
        }
        // The next item is handed over from the thread that ends the one before: were a refusal (an executor shutting
        // down with the server) thrown there, that item would never end and the caller would wait for it forever.
        this.executor = command -> {
            try {
                executor.execute(command);
            } catch (RejectedExecutionException refused) {
                command.run();
            }
        };
        this.work = work;
        this.scheduled = from;
        this.end = end;
        this.window = window;
    }

    /** Whether {@link #next()} has an item to give. */
    boolean hasNext() {
        return !ahead.isEmpty() || scheduled < end;
    }

    /**
     * The next item, as the work gave it.
     *
     * @throws RuntimeException what the work threw for this item
     */
    T next() {
        fill();
        CompletableFuture<T> item = ahead.poll();
        if (item == null) {
            throw new IllegalStateException("no items left");
        }
        fill();
        try {
            return item.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failed.getCause() instanceof Error cause) {
                throw cause;
            }
            throw failed;
        }
    }

    private void fill() {
        while (!closed && ahead.size() < window && scheduled < end) {
            int position = scheduled++;
            CompletableFuture<T> item = last.handleAsync((before, failed) -> closed ? null : work.apply(position),
                    executor);
            ahead.add(item);
            last = item;
        }
    }

    /** Starts nothing more, and waits for the item being worked out: the work may use what the caller closes next. */
    @Override
    public void close() {
        closed = true;
        last.handle((item, failed) -> null).join();
        ahead.clear();
    }
}
