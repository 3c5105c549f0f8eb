package org.zonewatch.importing;

/**
 * What an archive may hold before zonewatch refuses it as a whole. Sized for articles (15 to 100 KB each,
 * text that deflates about 5:1): far above real uploads, far below what would hurt the server.
 *
 * @param maxEntries      entries of any kind, directories included
 * @param maxEntryBytes   one article, inflated
 * @param maxTotalBytes   all articles together, inflated
 * @param maxRatio        inflated size over compressed size of one entry, checked once it passes {@code ratioFloorBytes}
 * @param ratioFloorBytes below this, any ratio is harmless (a tiny file of repeated characters compresses well)
 * @param maxNameLength   characters of an entry's name, as the database keeps it
 */
public record ZipLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio, long ratioFloorBytes,
                        int maxNameLength) {

    private static final long MIB = 1024L * 1024;

    public static final ZipLimits DEFAULT = new ZipLimits(10_000, 10 * MIB, 1024 * MIB, 100, MIB, 500);
}
