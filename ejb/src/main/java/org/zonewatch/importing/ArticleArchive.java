package org.zonewatch.importing;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zip archive of article files, inspected in full before anything of it is used: {@link #open} refuses the
 * whole archive when an entry's name is absolute or climbs out of its folder, when it holds too many entries, or
 * when its articles inflate too far (a zip bomb). Sizes are measured while inflating, never taken from the
 * headers, which an attacker writes. Entries are only ever read into memory, never extracted to disk.
 *
 * <p>Articles are the {@code .md} files; everything else (folders, {@code __MACOSX/}, {@code .DS_Store}, other
 * files) is listed as skipped with the reason, and never inflated.
 */
public final class ArticleArchive implements Closeable {

    /** Windows' own zip tool writes names in the legacy code page, without marking them: GBK on Chinese systems. */
    private static final Charset LEGACY_NAMES = Charset.forName("GB18030");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private final ZipFile zip;
    private final ZipLimits limits;
    private final List<ZipEntry> zipEntries = new ArrayList<>();
    private final List<ArchiveEntry> entries = new ArrayList<>();

    private ArticleArchive(ZipFile zip, ZipLimits limits) {
        this.zip = zip;
        this.limits = limits;
    }

    /**
     * Opens and inspects the archive: every name, the number of entries and the inflated size of every article.
     *
     * @throws ZipRefusedException when the archive is unreadable or breaks a limit; nothing is left open then
     */
    public static ArticleArchive open(Path file, ZipLimits limits) {
        var archive = new ArticleArchive(openZip(file), limits);
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
        inflate(zipEntries.get(position), content);
        return content.toByteArray();
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        long total = 0;
        for (var zipEntry : Collections.list(zip.entries())) {
            checkName(zipEntry.getName());
            var entry = new ArchiveEntry(zipEntry.getName(), skipReason(zipEntry));
            if (entry.isArticle()) {
                total += inflate(zipEntry, OutputStream.nullOutputStream());
                if (total > limits.maxTotalBytes()) {
                    throw new ZipRefusedException(ZipRefusal.TOO_LARGE,
                            "the articles inflate to more than " + limits.maxTotalBytes() + " bytes together");
                }
            }
            zipEntries.add(zipEntry);
            entries.add(entry);
        }
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

    /** Streams the entry into {@code sink}, stopping as soon as it grows past a limit; returns its size. */
    private long inflate(ZipEntry entry, OutputStream sink) {
        long compressed = Math.max(1, entry.getCompressedSize());
        long size = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                size += n;
                if (size > limits.ratioFloorBytes() && size > compressed * limits.maxRatio()) {
                    throw new ZipRefusedException(ZipRefusal.SUSPICIOUS_COMPRESSION, "'" + entry.getName()
                            + "' inflates more than " + limits.maxRatio() + " times its compressed size");
                }
                if (size > limits.maxEntryBytes()) {
                    throw new ZipRefusedException(ZipRefusal.TOO_LARGE, "'" + entry.getName()
                            + "' inflates to more than " + limits.maxEntryBytes() + " bytes");
                }
                sink.write(buffer, 0, n);
            }
            return size;
        } catch (IOException damaged) {
            throw new ZipRefusedException(ZipRefusal.NOT_A_ZIP,
                    "'" + entry.getName() + "' cannot be inflated: " + damaged.getMessage(), damaged);
        }
    }
}
