package org.zonewatch.importing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleArchiveTest {

    private static final ZipLimits SMALL = new ZipLimits(5, 1_000, 2_500, 100, 1_000, 40);

    @TempDir
    Path folder;

    @Test
    void listsArticlesAndSkipsEverythingElseWithTheReason() throws IOException {
        var files = new LinkedHashMap<String, byte[]>();
        files.put("articles/", new byte[0]);
        files.put("articles/a.md", bytes("第一篇"));
        files.put("articles/B.MD", bytes("第二篇"));
        files.put("__MACOSX/articles/._a.md", bytes("resource fork"));
        files.put("articles/.DS_Store", bytes("finder"));
        files.put("articles/notes.txt", bytes("notes"));

        try (var archive = ArticleArchive.open(zip(files), ZipLimits.DEFAULT)) {
            List<ArchiveEntry> entries = archive.entries();

            assertEquals(List.copyOf(files.keySet()), entries.stream().map(ArchiveEntry::name).toList());
            assertEquals(List.of(false, true, true, false, false, false),
                    entries.stream().map(ArchiveEntry::isArticle).toList());
            assertEquals("文件夹 / a folder", entries.get(0).skipReason());
            assertEquals("macOS 附加信息 / macOS metadata", entries.get(3).skipReason());
            assertEquals("隐藏文件 / a hidden file", entries.get(4).skipReason());
            assertEquals("不是 .md 文件 / not a .md file", entries.get(5).skipReason());
            assertArrayEquals(bytes("第二篇"), archive.read(2));
            assertThrows(IllegalArgumentException.class, () -> archive.read(5));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.md", "articles/../../evil.md", "..\\evil.md", "/etc/cron.d/evil.md",
            "\\\\server\\share\\evil.md", "C:\\Windows\\evil.md", "c:evil.md"})
    void refusesANameThatIsAbsoluteOrLeavesItsFolder(String name) throws IOException {
        Path zip = zip(Map.of("good.md", bytes("好"), name, bytes("坏")));

        var refused = assertThrows(ZipRefusedException.class, () -> ArticleArchive.open(zip, ZipLimits.DEFAULT));

        assertEquals(ZipRefusal.UNSAFE_NAME, refused.refusal());
        assertTrue(refused.getMessage().contains(name), refused.getMessage());
    }

    @Test
    void acceptsDotsThatStayInsideTheFolder() throws IOException {
        try (var archive = ArticleArchive.open(zip(Map.of("a..b/c...md", bytes("好"))), ZipLimits.DEFAULT)) {
            assertTrue(archive.entries().get(0).isArticle());
        }
    }

    /**
     * 200 MiB of zeros deflate to about 200 KB; inflating stops after the first MiB, which took about a KB of the
     * compressed data.
     */
    @Test
    void refusesAZipBomb() throws IOException {
        Path bomb = zeros("bomb.md", 200);
        assertTrue(Files.size(bomb) < 1024 * 1024, "the bomb is small: " + Files.size(bomb));

        var refused = assertThrows(ZipRefusedException.class, () -> ArticleArchive.open(bomb, ZipLimits.DEFAULT));

        assertEquals(ZipRefusal.SUSPICIOUS_COMPRESSION, refused.refusal());
        assertTrue(refused.getMessage().contains("bomb.md"), refused.getMessage());
    }

    /** 5 MiB of zeros stay under the size limit but inflate about a thousand times: stopped after one MiB. */
    @Test
    void refusesAnEntryWithAHugeCompressionRatio() throws IOException {
        Path bomb = zeros("small-bomb.md", 5);

        var refused = assertThrows(ZipRefusedException.class, () -> ArticleArchive.open(bomb, ZipLimits.DEFAULT));

        assertEquals(ZipRefusal.SUSPICIOUS_COMPRESSION, refused.refusal());
    }

    /**
     * 9 MiB of zeros deflate about a thousand times. The central directory here claims the entry's data runs on over
     * the stored entry after it, which would make the ratio under 100: the compressed bytes actually consumed count.
     */
    @Test
    void refusesABombWhoseHeaderOverstatesItsCompressedSize() throws IOException {
        var files = new LinkedHashMap<String, byte[]>();
        files.put("bomb.md", new byte[9 * 1024 * 1024]);
        Path zip = zip(files);
        long honest = new java.util.zip.ZipFile(zip.toFile()).getEntry("bomb.md").getCompressedSize();
        assertTrue(9L * 1024 * 1024 / honest > 1000, "deflates " + 9L * 1024 * 1024 / honest + ":1");
        Path lying = withStoredPadding(zip, "bomb.md", 120 * 1024);
        long stated = new java.util.zip.ZipFile(lying.toFile()).getEntry("bomb.md").getCompressedSize();
        assertTrue(9L * 1024 * 1024 / stated < 100, "the header states " + 9L * 1024 * 1024 / stated + ":1");

        var refused = assertThrows(ZipRefusedException.class, () -> ArticleArchive.open(lying, ZipLimits.DEFAULT));

        assertEquals(ZipRefusal.SUSPICIOUS_COMPRESSION, refused.refusal());
        assertTrue(refused.getMessage().contains("bomb.md"), refused.getMessage());
    }

    @Test
    void anArchiveWithoutArticlesIsRefused() throws IOException {
        for (Map<String, byte[]> files : List.of(Map.<String, byte[]>of(), Map.of("notes.txt", bytes("笔记"),
                "articles/", new byte[0]))) {
            var refused = assertThrows(ZipRefusedException.class, () -> ArticleArchive.open(zip(files), SMALL));

            assertEquals(ZipRefusal.NO_ARTICLES, refused.refusal());
        }
    }

    @Test
    void readsArticlesThatAreStoredUncompressed() throws IOException {
        Path zip = Files.createTempFile(folder, "stored", ".zip");
        byte[] article = bytes("第一篇".repeat(100));
        try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
            var entry = new ZipEntry("a.md");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(article.length);
            var crc = new java.util.zip.CRC32();
            crc.update(article);
            entry.setCrc(crc.getValue());
            out.putNextEntry(entry);
            out.write(article);
        }

        try (var archive = ArticleArchive.open(zip, ZipLimits.DEFAULT)) {
            assertArrayEquals(article, archive.read(0));
        }
    }

    @Test
    void aHighRatioBelowTheFloorIsHarmless() throws IOException {
        try (var archive = ArticleArchive.open(zip(Map.of("spaces.md", new byte[500 * 1024])), ZipLimits.DEFAULT)) {
            assertEquals(500 * 1024, archive.read(0).length);
        }
    }

    @Test
    void refusesTooManyEntries() throws IOException {
        var files = new LinkedHashMap<String, byte[]>();
        for (int i = 0; i < 6; i++) {
            files.put(i + ".md", bytes("篇" + i));
        }

        var refused = assertThrows(ZipRefusedException.class, () -> ArticleArchive.open(zip(files), SMALL));

        assertEquals(ZipRefusal.TOO_MANY_ENTRIES, refused.refusal());
    }

    @Test
    void refusesAnArticleThatInflatesPastTheLimit() throws IOException {
        Path zip = zip(Map.of("big.md", random(1_001)));

        var refused = assertThrows(ZipRefusedException.class, () -> ArticleArchive.open(zip, SMALL));

        assertEquals(ZipRefusal.TOO_LARGE, refused.refusal());
        assertTrue(refused.getMessage().contains("big.md"), refused.getMessage());
    }

    @Test
    void refusesArticlesThatInflatePastTheTotalTogether() throws IOException {
        Path zip = zip(Map.of("1.md", random(900), "2.md", random(900), "3.md", random(900)));

        var refused = assertThrows(ZipRefusedException.class, () -> ArticleArchive.open(zip, SMALL));

        assertEquals(ZipRefusal.TOO_LARGE, refused.refusal());
    }

    @Test
    void skippedEntriesAreNeverInflatedSoTheyCountOnlyAsEntries() throws IOException {
        try (var archive = ArticleArchive.open(zip(Map.of("big.bin", random(5_000), "a.md", random(900))), SMALL)) {
            assertEquals(2, archive.entries().size());
        }
    }

    @Test
    void refusesAnOverlongName() throws IOException {
        Path zip = zip(Map.of("a".repeat(41) + ".md", bytes("好")));

        var refused = assertThrows(ZipRefusedException.class, () -> ArticleArchive.open(zip, SMALL));

        assertEquals(ZipRefusal.UNSAFE_NAME, refused.refusal());
    }

    @Test
    void refusesAFileThatIsNoZip() throws IOException {
        Path notZip = Files.write(folder.resolve("article.zip"), bytes("---\ntitle: '不是压缩包'\n---\n"));
        Path empty = Files.write(folder.resolve("empty.zip"), new byte[0]);

        for (Path file : List.of(notZip, empty)) {
            var refused = assertThrows(ZipRefusedException.class, () -> ArticleArchive.open(file, ZipLimits.DEFAULT));
            assertEquals(ZipRefusal.NOT_A_ZIP, refused.refusal());
        }
    }

    @Test
    void readsNamesThatWindowsWroteInTheChineseCodePage() throws IOException {
        Path zip = zip(Map.of("两区建设/新闻.md", bytes("好")), Charset.forName("GBK"));

        try (var archive = ArticleArchive.open(zip, ZipLimits.DEFAULT)) {
            assertEquals("两区建设/新闻.md", archive.entries().get(0).name());
        }
    }

    private Path zeros(String name, int mebibytes) throws IOException {
        Path zip = Files.createTempFile(folder, "bomb", ".zip");
        try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(name));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < mebibytes; i++) {
                out.write(zeros);
            }
        }
        return zip;
    }

    /**
     * The archive with a stored entry of random bytes appended after its only entry, and that entry's compressed
     * size in the central directory overstated to run over the padding: a lie ZipFile accepts.
     */
    private Path withStoredPadding(Path zip, String name, int padding) throws IOException {
        byte[] original = Files.readAllBytes(zip);
        var buffer = java.nio.ByteBuffer.wrap(original).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int end = original.length - 22;
        int directory = buffer.getInt(end + 16);
        byte[] padName = bytes("pad.bin");
        byte[] pad = random(padding);
        var crc = new java.util.zip.CRC32();
        crc.update(pad);
        var local = java.nio.ByteBuffer.allocate(30 + padName.length).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .putInt(0x04034b50).putShort((short) 10).putShort((short) 0).putShort((short) 0).putInt(0)
                .putInt((int) crc.getValue()).putInt(padding).putInt(padding).putShort((short) padName.length)
                .putShort((short) 0).put(padName);
        var central = java.nio.ByteBuffer.allocate(46 + padName.length).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .putInt(0x02014b50).putShort((short) 20).putShort((short) 10).putShort((short) 0).putShort((short) 0)
                .putInt(0).putInt((int) crc.getValue()).putInt(padding).putInt(padding)
                .putShort((short) padName.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putInt(0).putInt(directory).put(padName);
        byte[] firstCentral = Arrays.copyOfRange(original, directory, end);
        var lie = java.nio.ByteBuffer.wrap(firstCentral).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        assertEquals(name, new String(firstCentral, 46, lie.getShort(28), StandardCharsets.UTF_8));
        lie.putInt(20, lie.getInt(20) + local.capacity() + padding);
        int newDirectory = directory + local.capacity() + padding;
        var endRecord = java.nio.ByteBuffer.wrap(Arrays.copyOfRange(original, end, original.length))
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        endRecord.putShort(8, (short) 2).putShort(10, (short) 2)
                .putInt(12, firstCentral.length + central.capacity()).putInt(16, newDirectory);
        Path lying = Files.createTempFile(folder, "lying", ".zip");
        try (OutputStream out = Files.newOutputStream(lying)) {
            out.write(original, 0, directory);
            out.write(local.array());
            out.write(pad);
            out.write(firstCentral);
            out.write(central.array());
            out.write(endRecord.array());
        }
        return lying;
    }

    private Path zip(Map<String, byte[]> files) throws IOException {
        return zip(files, StandardCharsets.UTF_8);
    }

    private Path zip(Map<String, byte[]> files, Charset names) throws IOException {
        Path zip = Files.createTempFile(folder, "archive", ".zip");
        try (OutputStream file = Files.newOutputStream(zip); var out = new ZipOutputStream(file, names)) {
            for (var entry : files.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return zip;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Random bytes do not compress: their inflated size is close to their size in the archive. */
    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
