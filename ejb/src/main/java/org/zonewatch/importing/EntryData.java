package org.zonewatch.importing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the compressed bytes of each entry of a zip file lie, in the order of its central directory — the order in
 * which {@link java.util.zip.ZipFile} lists the entries. zonewatch inflates them itself from there, because
 * {@code ZipFile} hides how many compressed bytes its inflater consumed, and the compressed size the directory
 * states is the attacker's to write (APPNOTE.TXT 4.3.7, 4.3.12, 4.3.16, 4.5.3 for the layout).
 *
 * @param offset         where the entry's data starts in the file, after its local header
 * @param compressedSize what the central directory states: an upper bound for reading, never a measure
 * @param method         {@code 0} stored, {@code 8} deflated
 */
record EntryData(long offset, long compressedSize, int method) {

    private static final int END = 0x06054b50;
    private static final int END_HEADER = 22;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_END = 0x06064b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int CENTRAL_HEADER = 46;
    private static final int LOCAL = 0x04034b50;
    private static final int LOCAL_HEADER = 30;
    private static final long UNSET = 0xFFFFFFFFL;

    /** @throws IOException when the layout is not that of a zip file */
    static List<EntryData> of(FileChannel file) throws IOException {
        long size = file.size();
        int tail = (int) Math.min(size, END_HEADER + 0xFFFF);
        ByteBuffer end = read(file, size - tail, tail);
        int at = tail - END_HEADER;
        while (at >= 0 && !(end.getInt(at) == END && at + END_HEADER + u16(end, at + 20) <= tail)) {
            at--;
        }
        if (at < 0) {
            throw new IOException("no end of central directory");
        }
        long endPosition = size - tail + at;
        long directorySize = u32(end, at + 12);
        long directoryOffset = u32(end, at + 16);
        if ((directorySize == UNSET || directoryOffset == UNSET || u16(end, at + 10) == 0xFFFF) && endPosition >= 20) {
            ByteBuffer locator = read(file, endPosition - 20, 20);
            if (locator.getInt(0) == ZIP64_LOCATOR) {
                endPosition = locator.getLong(8);
                ByteBuffer end64 = read(file, endPosition, 56);
                if (end64.getInt(0) != ZIP64_END) {
                    throw new IOException("no zip64 end of central directory");
                }
                directorySize = end64.getLong(40);
                directoryOffset = end64.getLong(48);
            }
        }
        // Bytes before the archive (a self-extracting stub) shift every offset, as ZipFile allows.
        long prefix = endPosition - directorySize - directoryOffset;
        if (prefix < 0 || directorySize > Integer.MAX_VALUE) {
            throw new IOException("central directory out of place");
        }
        ByteBuffer directory = read(file, endPosition - directorySize, (int) directorySize);
        List<EntryData> entries = new ArrayList<>();
        int position = 0;
        while (position + CENTRAL_HEADER <= directorySize) {
            if (directory.getInt(position) != CENTRAL) {
                throw new IOException("bad central directory entry");
            }
            int nameLength = u16(directory, position + 28);
            int extraLength = u16(directory, position + 30);
            long compressed = u32(directory, position + 20);
            long inflated = u32(directory, position + 24);
            long local = u32(directory, position + 42);
            int extra = position + CENTRAL_HEADER + nameLength;
            for (int field = extra; field + 4 <= extra + extraLength; field += 4 + u16(directory, field + 2)) {
                if (u16(directory, field) == 1) {
                    int value = field + 4;
                    if (inflated == UNSET) {
                        value += 8;
                    }
                    if (compressed == UNSET) {
                        compressed = directory.getLong(value);
                        value += 8;
                    }
                    if (local == UNSET) {
                        local = directory.getLong(value);
                    }
                }
            }
            ByteBuffer header = read(file, prefix + local, LOCAL_HEADER);
            if (header.getInt(0) != LOCAL) {
                throw new IOException("bad local header");
            }
            entries.add(new EntryData(prefix + local + LOCAL_HEADER + u16(header, 26) + u16(header, 28), compressed,
                    u16(directory, position + 10)));
            position += CENTRAL_HEADER + nameLength + extraLength + u16(directory, position + 32);
        }
        return entries;
    }

    private static ByteBuffer read(FileChannel file, long position, int length) throws IOException {
        if (position < 0 || position + length > file.size()) {
            throw new IOException("a header points outside the file");
        }
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (file.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("the file ends early");
            }
        }
        return buffer.flip();
    }

    private static int u16(ByteBuffer buffer, int at) {
        return Short.toUnsignedInt(buffer.getShort(at));
    }

    private static long u32(ByteBuffer buffer, int at) {
        return Integer.toUnsignedLong(buffer.getInt(at));
    }
}
