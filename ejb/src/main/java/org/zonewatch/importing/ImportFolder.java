package org.zonewatch.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The watched import folder. Files dropped into it are taken, imported, and moved to {@code done/}, or to
 * {@code failed/} with {@code <name>.reason.txt} beside them.
 *
 * <p>On a cluster every node watches the same shared folder. A node takes a file by moving it atomically into
 * its own {@code processing/<node>/}: the rename succeeds for exactly one node. A node that stopped in the middle
 * finds its own leftovers there when it starts again and puts them back.
 *
 * <p>A file still being copied must not be taken: names starting with {@code .} or ending in {@code .part} are
 * left alone (copy under such a name, then rename), and so is any file changed in the last {@link #SETTLE_TIME}.
 */
public final class ImportFolder {

    public static final Duration SETTLE_TIME = Duration.ofSeconds(2);

    private final Path folder;
    private final Path processing;
    private final Path done;
    private final Path failed;

    public ImportFolder(Path folder, String node) {
        this.folder = folder;
        this.processing = folder.resolve("processing").resolve(node);
        this.done = folder.resolve("done");
        this.failed = folder.resolve("failed");
    }

    public Path folder() {
        return folder;
    }

    /** Creates the folders, and puts back what this node had taken but not finished when it stopped. */
    public void prepare() {
        try {
            for (Path dir : List.of(folder, processing, done, failed)) {
                Files.createDirectories(dir);
            }
            for (Path unfinished : list(processing)) {
                Files.move(unfinished, folder.resolve(unfinished.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes every settled file in the folder that no other node took first; returns them where they are now. */
    public List<Path> take(Instant now) {
        List<Path> taken = new ArrayList<>();
        for (Path file : list(folder)) {
            if (isSettled(file, now)) {
                try {
                    taken.add(Files.move(file, processing.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE));
                } catch (NoSuchFileException anotherNodeWasFaster) {
                    // That node imports it.
                } catch (AtomicMoveNotSupportedException e) {
                    throw new IllegalStateException("the import folder must be on one file system", e);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return taken;
    }

    public void done(Path taken) {
        move(taken, done);
    }

    public void failed(Path taken, String reason) {
        Path moved = move(taken, failed);
        try {
            Files.writeString(failed.resolve(moved.getFileName() + ".reason.txt"), reason + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path move(Path taken, Path to) {
        try {
            return Files.move(taken, to.resolve(taken.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isSettled(Path file, Instant now) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") || name.endsWith(".part") || !Files.isRegularFile(file)) {
            return false;
        }
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(SETTLE_TIME));
        } catch (NoSuchFileException takenMeanwhile) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
