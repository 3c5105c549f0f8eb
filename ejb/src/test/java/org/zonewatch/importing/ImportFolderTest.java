package org.zonewatch.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportFolderTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final Instant LONG_AGO = NOW.minusSeconds(60);

    @TempDir
    Path dataDir;

    Path folder;
    ImportFolder node1;
    ImportFolder node2;

    @BeforeEach
    void prepare() {
        folder = dataDir.resolve("import");
        node1 = new ImportFolder(folder, "node1");
        node2 = new ImportFolder(folder, "node2");
        node1.prepare();
        node2.prepare();
    }

    @Test
    void takesSettledFilesIntoItsOwnProcessingFolder() throws IOException {
        drop("a.md", LONG_AGO);
        drop("b.zip", LONG_AGO);

        List<Path> taken = node1.take(NOW);

        assertEquals(List.of(folder.resolve("processing/node1/a.md"), folder.resolve("processing/node1/b.zip")), taken);
        assertFalse(Files.exists(folder.resolve("a.md")));
        assertEquals("a.md", Files.readString(taken.get(0)));
    }

    @Test
    void eachFileGoesToOneNodeOnly() throws IOException {
        drop("a.md", LONG_AGO);

        assertEquals(1, node1.take(NOW).size());
        assertEquals(List.of(), node2.take(NOW));
    }

    @Test
    void leavesFilesThatMayStillBeBeingCopied() throws IOException {
        drop("fresh.md", NOW.minusMillis(500));
        drop(".hidden.md", LONG_AGO);
        drop("copying.zip.part", LONG_AGO);
        Files.createDirectories(folder.resolve("subfolder.md"));

        assertEquals(List.of(), node1.take(NOW));
        assertEquals(1, node1.take(NOW.plusSeconds(3)).size(), "settled two seconds later");
    }

    @Test
    void movesFinishedFilesToDoneAndFailedOnesWithTheReason() throws IOException {
        drop("good.md", LONG_AGO);
        drop("bad.md", LONG_AGO);
        List<Path> taken = node1.take(NOW);

        node1.failed(taken.get(0), "缺少标题 / the front matter has no title");
        node1.done(taken.get(1));

        assertEquals("bad.md", Files.readString(folder.resolve("failed/bad.md")));
        assertEquals("缺少标题 / the front matter has no title\n",
                Files.readString(folder.resolve("failed/bad.md.reason.txt"), StandardCharsets.UTF_8));
        assertEquals("good.md", Files.readString(folder.resolve("done/good.md")));
        assertFalse(Files.exists(folder.resolve("done/good.md.reason.txt")));
    }

    @Test
    void aRestartedNodePutsBackWhatItHadTakenAndOnlyThat() throws IOException {
        drop("mine.md", LONG_AGO);
        node1.take(NOW);
        drop("theirs.md", LONG_AGO);
        node2.take(NOW);

        new ImportFolder(folder, "node1").prepare();

        assertTrue(Files.exists(folder.resolve("mine.md")));
        assertTrue(Files.exists(folder.resolve("processing/node2/theirs.md")));
    }

    private void drop(String name, Instant modified) throws IOException {
        Path file = Files.writeString(folder.resolve(name), name);
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }
}
