package org.zonewatch.importing;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zip archive of article files, inspected in full before anything of it is used: {@link #open} refuses the
 * whole archive when an entry's name is absolute or climbs out of its folder, when it holds too many entries, or
 * when its articles inflate too far (a zip bomb), or when it holds no article at all. Sizes are measured while
 * inflating, never taken from the headers, which an attacker writes: zonewatch inflates every article itself from
 * where its data lies ({@link EntryData}), and holds the ratio to the compressed bytes the inflater actually consumed.
 * Entries are only ever read into memory, never extracted to disk.
 *
 * <p>Articles are the {@code .md} files; everything else (folders, {@code __MACOSX/}, {@code .DS_Store}, other
 * files) is listed as skipped with the reason, and never inflated.
 */
public final class ArticleArchive implements Closeable {

    /** Windows' own zip tool writes names in the legacy code page, without marking them: GBK on Chinese systems. */
    private static final Charset LEGACY_NAMES = Charset.forName("GB18030");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private static final int STORED = 0;
    private static final int DEFLATED = 8;
    private static final int CHUNK = 64 * 1024;

    private final ZipFile zip;
    private final FileChannel file;
    private final ZipLimits limits;
    private final List<EntryData> data = new ArrayList<>();
    private final List<ArchiveEntry> entries = new ArrayList<>();

    private ArticleArchive(ZipFile zip, FileChannel file, ZipLimits limits) {
        this.zip = zip;
        this.file = file;
        this.limits = limits;
    }

    /**
     * Opens and inspects the archive: every name, the number of entries and the inflated size of every article.
     *
     * @throws ZipRefusedException when the archive is unreadable or breaks a limit; nothing is left open then
     */
    public static ArticleArchive open(Path file, ZipLimits limits) {
        ZipFile zip = openZip(file);
        FileChannel channel;
        try {
            channel = FileChannel.open(file);
        } catch (IOException e) {
            closeQuietly(zip);
            throw new UncheckedIOException(e);
        }
        var archive = new ArticleArchive(zip, channel, limits);
        try {
            archive.inspect();
            return archive;
        } catch (RuntimeException refused) {
            archive.close();
            throw refused;
        }
    }

    /** All entries in archive order; their positions are the ones {@link #read(int)} takes. */
    public List<ArchiveEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** The bytes of the article at {@code position}, held to the same limits as when the archive was opened. */
    public byte[] read(int position) {
        if (!entries.get(position).isArticle()) {
            throw new IllegalArgumentException(entries.get(position).name() + " is not an article");
        }
        var content = new ByteArrayOutputStream();
        inflate(position, content);
        return content.toByteArray();
    }

    @Override
    public void close() {
        try (file; zip) {
            // both closed, the second even when the first fails
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // the archive is refused anyway
        }
    }

    private static ZipFile openZip(Path file) {
        try {
            return new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException notUtf8) {
            try {
                return new ZipFile(file.toFile(), LEGACY_NAMES);
            } catch (IOException e) {
                throw new ZipRefusedException(ZipRefusal.NOT_A_ZIP, String.valueOf(notUtf8.getMessage()), notUtf8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void inspect() {
        if (zip.size() > limits.maxEntries()) {
            throw new ZipRefusedException(ZipRefusal.TOO_MANY_ENTRIES,
                    zip.size() + " entries, at most " + limits.maxEntries() + " are accepted");
        }
        List<? extends ZipEntry> listed = Collections.list(zip.entries());
        data.addAll(layout(listed));
        long total = 0;
        for (var zipEntry : listed) {
            checkName(zipEntry.getName());
            var entry = new ArchiveEntry(zipEntry.getName(), skipReason(zipEntry));
            entries.add(entry);
            if (entry.isArticle()) {
                total += inflate(entries.size() - 1, OutputStream.nullOutputStream());
                if (total > limits.maxTotalBytes()) {
                    throw new ZipRefusedException(ZipRefusal.TOO_LARGE,
                            "the articles inflate to more than " + limits.maxTotalBytes() + " bytes together");
                }
            }
        }
        if (entries.stream().noneMatch(ArchiveEntry::isArticle)) {
            throw new ZipRefusedException(ZipRefusal.NO_ARTICLES, entries.size() + " entries, none of them a .md file");
        }
    }

    /** Where each listed entry's data lies; the directory ZipFile read and the one read here must agree. */
    private List<EntryData> layout(List<? extends ZipEntry> listed) {
        List<EntryData> found;
        try {
            found = EntryData.of(file);
        } catch (IOException | RuntimeException unreadable) {
            throw new ZipRefusedException(ZipRefusal.NOT_A_ZIP, String.valueOf(unreadable.getMessage()), unreadable);
        }
        for (int i = 0; i < Math.min(found.size(), listed.size()); i++) {
            if (found.get(i).compressedSize() != listed.get(i).getCompressedSize()
                    || found.get(i).method() != listed.get(i).getMethod()) {
                found = List.of();
            }
        }
        if (found.size() != listed.size()) {
            throw new ZipRefusedException(ZipRefusal.NOT_A_ZIP, "the central directory cannot be read consistently");
        }
        return found;
    }

    private void checkName(String name) {
        String path = name.replace('\\', '/');
        if (path.startsWith("/") || DRIVE.matcher(path).matches()) {
            throw new ZipRefusedException(ZipRefusal.UNSAFE_NAME, "'" + name + "' is an absolute path");
        }
        if (Arrays.asList(path.split("/")).contains("..")) {
            throw new ZipRefusedException(ZipRefusal.UNSAFE_NAME, "'" + name + "' leaves its folder");
        }
        if (name.length() > limits.maxNameLength()) {
            throw new ZipRefusedException(ZipRefusal.UNSAFE_NAME, "a name is longer than " + limits.maxNameLength()
                    + " characters: '" + name.substring(0, 40) + "…'");
        }
    }

    private static String skipReason(ZipEntry entry) {
        List<String> segments = Arrays.asList(entry.getName().replace('\\', '/').split("/"));
        String fileName = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
        if (entry.isDirectory()) {
            return "文件夹 / a folder";
        }
        if (segments.contains("__MACOSX")) {
            return "macOS 附加信息 / macOS metadata";
        }
        if (fileName.startsWith(".")) {
            return "隐藏文件 / a hidden file";
        }
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".md")) {
            return "不是 .md 文件 / not a .md file";
        }
        return null;
    }

    /**
     * Streams the entry at {@code position} into {@code sink}, stopping as soon as it grows past a limit; returns its
     * size. The ratio is taken over the compressed bytes the inflater has consumed so far, which the archive cannot
     * misstate; the stated compressed size only bounds how far the data is read.
     */
    private long inflate(int position, OutputStream sink) {
        var entry = data.get(position);
        String name = entries.get(position).name();
        if (entry.method() != STORED && entry.method() != DEFLATED) {
            throw new ZipRefusedException(ZipRefusal.NOT_A_ZIP,
                    "'" + name + "' is compressed with method " + entry.method() + ", not deflated or stored");
        }
        var inflater = new Inflater(true);
        try {
            byte[] input = new byte[CHUNK];
            byte[] output = new byte[CHUNK];
            long fed = 0;
            long size = 0;
            while (entry.method() == DEFLATED ? !inflater.finished() : fed < entry.compressedSize()) {
                int n;
                if (entry.method() == STORED || inflater.needsInput()) {
                    int length = (int) Math.min(CHUNK, entry.compressedSize() - fed);
                    int read = length == 0 ? -1 : file.read(ByteBuffer.wrap(input, 0, length), entry.offset() + fed);
                    if (read < 0) {
                        throw new EOFException("the data ends before the entry does");
                    }
                    fed += read;
                    if (entry.method() == STORED) {
                        System.arraycopy(input, 0, output, 0, read);
                        n = read;
                    } else {
                        inflater.setInput(input, 0, read);
                        continue;
                    }
                } else {
                    n = inflater.inflate(output);
                    if (n == 0 && inflater.needsDictionary()) {
                        throw new ZipException("the data asks for a preset dictionary");
                    }
                }
                size += n;
                long consumed = entry.method() == STORED ? fed : inflater.getBytesRead();
                if (size > limits.ratioFloorBytes() && size > Math.max(1, consumed) * limits.maxRatio()) {
                    throw new ZipRefusedException(ZipRefusal.SUSPICIOUS_COMPRESSION, "'" + name
                            + "' inflates more than " + limits.maxRatio() + " times its compressed size");
                }
                if (size > limits.maxEntryBytes()) {
                    throw new ZipRefusedException(ZipRefusal.TOO_LARGE, "'" + name
                            + "' inflates to more than " + limits.maxEntryBytes() + " bytes");
                }
                sink.write(output, 0, n);
            }
            return size;
        } catch (IOException | DataFormatException damaged) {
            throw new ZipRefusedException(ZipRefusal.NOT_A_ZIP,
                    "'" + name + "' cannot be inflated: " + damaged.getMessage(), damaged);
        } finally {
            inflater.end();
        }
    }
}
