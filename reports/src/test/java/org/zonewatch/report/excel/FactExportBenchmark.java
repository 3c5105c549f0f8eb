package org.zonewatch.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Exports 100,000 facts (or as many as the first argument says) as the 指标明细 workbook and, in the same run,
 * writes the same rows and columns as a plain SXSSF sheet (no styles beyond a date, no links, no widths): the
 * baseline. Prints time and peak heap growth of
 * each, median of {@value #RUNS} runs after a warm-up. Not a test: run it with
 * <pre>
 * mvn -q -pl reports test-compile exec:java -Dexec.mainClass=org.zonewatch.report.excel.FactExportBenchmark \
 *     -Dexec.classpathScope=test
 * </pre>
 */
public final class FactExportBenchmark {

    private static final int RUNS = 3;
    private static final long MB = 1024 * 1024;
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final List<MemoryPoolMXBean> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported())
            .toList();
    /** The number of facts: the first argument, 100,000 by default. */
    private static int facts = 100_000;

    private FactExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            facts = Integer.parseInt(args[0]);
        }
        ReportScope scope = ReportScope.everything();
        Export report = out -> ReportWorkbooks.factDetail(scope, facts(), out);
        Export baseline = FactExportBenchmark::plainSxssf;
        measure(report);
        measure(baseline);
        List<Measurement> reports = new ArrayList<>();
        List<Measurement> baselines = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            baselines.add(measure(baseline));
            reports.add(measure(report));
        }
        Measurement b = median(baselines);
        Measurement r = median(reports);
        System.out.printf("%,d facts × 14 columns, median of %d runs, max heap %d MB%n", facts, RUNS,
                MEMORY.getHeapMemoryUsage().getMax() / MB);
        String line = "%s %6.2f s  heap growth: peak %4d MB, live after GC %3d MB  %,d bytes%n";
        System.out.printf(line, "plain SXSSF (baseline):", b.seconds(), b.heapGrowthMb(), b.liveGrowthMb(), b.bytes());
        System.out.printf(line, "指标明细 (factDetail):  ", r.seconds(), r.heapGrowthMb(), r.liveGrowthMb(), r.bytes());
        // The targets: 128 MB for 100,000 facts (issue 5), 256 MB for 1,000,000 (issue 11).
        System.out.printf("time ratio %.2f (target ≤ 1.5), peak heap growth %d MB (target < %d)%n",
                r.seconds() / b.seconds(), r.heapGrowthMb(), facts > 100_000 ? 256 : 128);
    }

    interface Export {
        void writeTo(OutputStream out) throws IOException;
    }

    record Measurement(double seconds, long heapGrowthMb, long liveGrowthMb, long bytes) {
    }

    /**
     * Heap use while exporting, sampled every millisecond, above the use after a GC at the start: the peak of
     * used heap (garbage included, so it depends on when the collector runs) and the peak of what the last
     * collection left (the live data the export holds).
     */
    private static Measurement measure(Export export) throws Exception {
        System.gc();
        Thread.sleep(200);
        long start = MEMORY.getHeapMemoryUsage().getUsed();
        long liveStart = liveHeap();
        AtomicLong peak = new AtomicLong(start);
        AtomicLong livePeak = new AtomicLong(liveStart);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                livePeak.accumulateAndGet(liveHeap(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        var out = new CountingStream();
        long began = System.nanoTime();
        export.writeTo(out);
        double seconds = (System.nanoTime() - began) / 1e9;
        sampler.interrupt();
        sampler.join();
        return new Measurement(seconds, (peak.get() - start) / MB, (livePeak.get() - liveStart) / MB, out.bytes);
    }

    private static long liveHeap() {
        return HEAP_POOLS.stream().mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum();
    }

    private static Measurement median(List<Measurement> measurements) {
        List<Measurement> byTime = new ArrayList<>(measurements);
        byTime.sort((a, b) -> Double.compare(a.seconds(), b.seconds()));
        int middle = measurements.size() / 2;
        long heap = measurements.stream().mapToLong(Measurement::heapGrowthMb).sorted().toArray()[middle];
        long live = measurements.stream().mapToLong(Measurement::liveGrowthMb).sorted().toArray()[middle];
        return new Measurement(byTime.get(middle).seconds(), heap, live, byTime.get(middle).bytes());
    }

    /** Rows made as they are read, as from a database cursor: the input holds no list. */
    private static Iterable<FactRow> facts() {
        List<FactRow> seed = SeedArticle.facts();
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < facts;
            }

            @Override
            public FactRow next() {
                FactRow f = seed.get(next % seed.size());
                long id = next / 40;
                var article = new SourceArticle(id, f.article().title() + " " + id,
                        "http://host/zonewatch/article.xhtml?id=" + id);
                BigDecimal value = f.value().add(BigDecimal.valueOf(next % 1000));
                next++;
                return new FactRow(article, f.publishedDate().minusDays(id % 365), f.region(), f.metric(), value,
                        f.valueMax(), f.unit(), f.approximate(), f.changePct(), f.sharePct(), f.baseline(),
                        f.period(), f.indicatorName(), f.sentence(), f.periodStart(), f.periodEnd());
            }
        };
    }

    /** The same rows and columns, written as plainly as SXSSF allows. */
    private static void plainSxssf(OutputStream out) throws IOException {
        try (var workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet("facts");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            int rowIndex = 0;
            for (FactRow fact : facts()) {
                Row row = sheet.createRow(rowIndex++);
                row.createCell(0).setCellValue(fact.article().title());
                row.createCell(1).setCellValue(fact.publishedDate());
                row.getCell(1).setCellStyle(date);
                row.createCell(2).setCellValue(fact.region());
                row.createCell(3).setCellValue(fact.metric());
                row.createCell(4).setCellValue(fact.value().doubleValue());
                row.createCell(5).setCellValue(fact.unit());
                row.createCell(6).setCellValue(fact.approximate() ? "约" : "");
                number(row, 7, fact.valueMax());
                number(row, 8, fact.changePct());
                number(row, 9, fact.sharePct());
                number(row, 10, fact.baseline());
                row.createCell(11).setCellValue(fact.period());
                row.createCell(12).setCellValue(fact.indicatorName());
                row.createCell(13).setCellValue(fact.sentence());
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void number(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }

    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
