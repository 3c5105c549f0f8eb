package org.zonewatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.zonewatch.fact.extraction.FactExtractor;

/**
 * Whether fact extraction takes time in proportion to the text (issue 10): for each shape of text a hostile
 * client may send as one line, the line is doubled from 64 KB to 4 MB and taken to 5 MB (UTF-8, as posted), and
 * {@code FactExtractor.read} timed on it after a warm-up. Prints per size the milliseconds, wall clock and this
 * thread's CPU, and the ratio of CPU time to the size before: about 2 for a doubling when the time is linear, 4 when
 * quadratic. Exits with 1 when a step took more than 1.25 × its growth in size (2.5 × for a doubling).
 *
 * <p>The ratio is taken on CPU time, since the machine's cores are shared and wall-clock time depends on the other
 * builds running. The sizes are timed in {@value #ROUNDS} rounds, smallest to largest each, and each size's fastest
 * run is kept, since noise only ever adds time (a size that takes over a second is timed in three rounds, over ten
 * seconds in one). Run it with the serial collector and a fixed heap, as below: with G1's threads competing for two
 * shared cores, the CPU time per KB of the same shape varied by half from one size to the next, with these flags
 * by a tenth. A shape stops growing once a size takes more than {@value #BUDGET_SECONDS} s: the ratios before tell
 * how it grows, and code that is quadratic would run for hours.
 *
 * <pre>
 * java -XX:+UseSerialGC -Xms3g -Xmx3g -Xmn2g -cp bench/target/benchmarks.jar org.zonewatch.bench.ExtractionScaling \
 *     [largest KB] [shape…]
 * </pre>
 */
public final class ExtractionScaling {

    private static final int ROUNDS = 5;
    private static final int BUDGET_SECONDS = 60;
    private static final int SMALLEST_KB = 64;
    private static final int DEFAULT_LARGEST_KB = 5 * 1024;
    private static final double TOLERANCE = 1.25;
    private static final long SECOND = 1_000_000_000L;
    private static final String WORDS = "两区建设";
    /** A number every 40-odd characters, with the clause marks of a news sentence but no 。 to end it. */
    private static final String NUMBERS = WORDS.repeat(6) + "新设外资企业563家，增长55%；";

    /** The shapes, each one unit repeated into a single line. */
    private enum Shape {
        WORDS_ONLY(WORDS),
        NUMBERS_IN_CLAUSES(NUMBERS),
        NO_PUNCTUATION(NUMBERS.replace("，", "").replace("；", ""));

        private final String unit;

        Shape(String unit) {
            this.unit = unit;
        }

        String line(int kilobytes) {
            int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
            return unit.repeat(Math.max(1, kilobytes * 1024 / unitBytes));
        }
    }

    private record Timing(long wallNanos, long cpuNanos, int facts) {

        Timing faster(Timing other) {
            return other.cpuNanos < cpuNanos ? other : this;
        }
    }

    private ExtractionScaling() {
    }

    public static void main(String[] args) {
        int largestKb = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_LARGEST_KB;
        List<Shape> shapes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            shapes.add(Shape.valueOf(args[i].toUpperCase(Locale.ROOT)));
        }
        if (shapes.isEmpty()) {
            shapes.addAll(List.of(Shape.values()));
        }
        FactExtractor extractor = new FactExtractor();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        warmUp(extractor, threads, shapes);

        System.out.printf(Locale.ROOT, "%-20s %8s %10s %8s %10s %10s %8s%n", "shape", "KB", "chars", "facts", "wall ms",
                "cpu ms", "ratio");
        boolean linear = true;
        List<Integer> sizes = sizes(largestKb);
        for (Shape shape : shapes) {
            List<Timing> timings = fastest(extractor, threads, shape, sizes);
            for (int k = 0; k < timings.size(); k++) {
                Timing timing = timings.get(k);
                String ratio = "";
                if (k > 0) {
                    double growth = (double) timing.cpuNanos() / Math.max(1, timings.get(k - 1).cpuNanos());
                    boolean tooSlow = growth > TOLERANCE * sizes.get(k) / sizes.get(k - 1);
                    linear &= !tooSlow;
                    ratio = String.format(Locale.ROOT, "%.2f%s", growth, tooSlow ? " !" : "");
                }
                System.out.printf(Locale.ROOT, "%-20s %8d %10d %8d %10.0f %10.0f %8s%n",
                        shape.name().toLowerCase(Locale.ROOT), sizes.get(k), shape.line(sizes.get(k)).length(),
                        timing.facts(), timing.wallNanos() / 1e6, timing.cpuNanos() / 1e6, ratio);
            }
            if (timings.size() < sizes.size()) {
                System.out.printf(Locale.ROOT, "%-20s stopped: over %d s%n", "", BUDGET_SECONDS);
            }
        }
        System.out.println(linear ? "linear: no step grew more than " + TOLERANCE + " × its size"
                : "NOT linear: a step marked ! grew more than " + TOLERANCE + " × its size");
        if (!linear) {
            System.exit(1);
        }
    }

    /** 64 KB doubled up to the largest size, which ends the list if it is no power of two. */
    private static List<Integer> sizes(int largestKb) {
        List<Integer> sizes = new ArrayList<>();
        for (int kb = SMALLEST_KB; kb <= largestKb; kb *= 2) {
            sizes.add(kb);
        }
        if (sizes.isEmpty() || sizes.get(sizes.size() - 1) != largestKb) {
            sizes.add(largestKb);
        }
        return sizes;
    }

    /** The smallest size of each shape until the JIT has compiled what extraction runs (about 5 s in all). */
    private static void warmUp(FactExtractor extractor, ThreadMXBean threads, List<Shape> shapes) {
        long end = System.nanoTime() + 5 * SECOND;
        while (System.nanoTime() < end) {
            for (Shape shape : shapes) {
                time(extractor, threads, shape.line(SMALLEST_KB));
            }
        }
    }

    /** The fastest run of each size, up to the first that takes longer than the budget. */
    private static List<Timing> fastest(FactExtractor extractor, ThreadMXBean threads, Shape shape,
            List<Integer> sizes) {
        List<Timing> fastest = new ArrayList<>();
        for (int kb : sizes) {
            Timing timing = time(extractor, threads, shape.line(kb));
            fastest.add(timing);
            if (timing.wallNanos() > BUDGET_SECONDS * SECOND) {
                break;
            }
        }
        for (int round = 1; round < ROUNDS; round++) {
            for (int k = 0; k < fastest.size(); k++) {
                if (rounds(fastest.get(k)) > round) {
                    fastest.set(k, fastest.get(k).faster(time(extractor, threads, shape.line(sizes.get(k)))));
                }
            }
        }
        return fastest;
    }

    /** How many rounds a size is timed in: fewer when one run is long, and noise small beside it. */
    private static int rounds(Timing first) {
        return first.wallNanos() < SECOND ? ROUNDS : first.wallNanos() < 10 * SECOND ? 3 : 1;
    }

    private static Timing time(FactExtractor extractor, ThreadMXBean threads, String line) {
        System.gc(); // the garbage of the run before is not collected on this one's clock
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        int facts = extractor.read(line).facts().size();
        return new Timing(System.nanoTime() - wall, threads.getCurrentThreadCpuTime() - cpu, facts);
    }
}
