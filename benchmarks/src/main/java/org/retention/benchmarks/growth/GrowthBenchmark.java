package org.retention.benchmarks.growth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.retention.core.CheckResult;
import org.retention.core.growth.HeapGrowthCheck;

/**
 * What a growth check costs with 32 MB and 256 MB of live objects on the heap: the action's 40
 * repetitions alone, the same under a passing {@code HeapGrowthCheck} (its overhead: one proven
 * collection and one class histogram per window), and an explained failure (two heap dumps and
 * their analysis). Every timed run checks its verdict.
 *
 * <pre>
 * java -Xmx2g -cp ... org.retention.benchmarks.growth.GrowthBenchmark 32 256
 * </pre>
 */
public final class GrowthBenchmark {
  private static final int REPETITIONS = 40;
  private static final int RUNS = 5;
  /** Live ballast: small objects in arrays, so a dump has as many objects as a real service. */
  private static final List<Object[]> BALLAST = new ArrayList<>();
  private static final List<Object> LEAKED = new CopyOnWriteArrayList<>();

  private GrowthBenchmark() {}

  /** Runs each size named in {@code args} (MB of live ballast). */
  public static void main(String[] args) throws Throwable {
    System.out.printf("Java %s, max heap %,d MB%n", Runtime.version(),
        Runtime.getRuntime().maxMemory() >> 20);
    System.out.println("| live heap | action alone (40 reps) | passing check | overhead |"
        + " explained failure |");
    System.out.println("|---:|---:|---:|---:|---:|");
    for (String size : args) {
      fill(Integer.parseInt(size));
      measure(Integer.parseInt(size));
    }
  }

  private static void measure(int megabytes) throws Throwable {
    HeapGrowthCheck.Action clean = () -> new StringBuilder("request").append(System.nanoTime());
    HeapGrowthCheck.Action leaking = () -> LEAKED.add(new byte[128]);
    long[] alone = new long[RUNS];
    long[] pass = new long[RUNS];
    long[] fail = new long[3];
    HeapGrowthCheck check = HeapGrowthCheck.repeating(REPETITIONS);
    check.run(clean);
    for (int run = 0; run < RUNS; run++) {
      long start = System.nanoTime();
      for (int i = 0; i < REPETITIONS; i++) {
        clean.run();
      }
      alone[run] = System.nanoTime() - start;
      start = System.nanoTime();
      CheckResult result = check.run(clean);
      pass[run] = System.nanoTime() - start;
      if (result.failed()) {
        throw new AssertionError("a clean action failed: " + result.failureMessage());
      }
    }
    for (int run = 0; run < fail.length; run++) {
      long start = System.nanoTime();
      CheckResult result = check.run(leaking);
      fail[run] = System.nanoTime() - start;
      LEAKED.clear();
      if (result.recorded().orElseThrow().leaks().isEmpty()) {
        throw new AssertionError("a leak was not explained: " + result.failureMessage());
      }
    }
    System.out.printf(Locale.ROOT, "| %d MB | %s | %s | %s | %s |%n", megabytes,
        millis(median(alone)), millis(median(pass)), millis(median(pass) - median(alone)),
        millis(median(fail)));
  }

  private static void fill(int megabytes) {
    BALLAST.clear();
    long bytes = (long) megabytes << 20;
    // An Object[1024] (4,112 bytes) of 1,024 int[2] (24 bytes each), on a 64-bit VM with
    // compressed references: about 29 KB and 1,025 objects per chunk.
    long perChunk = 4_112 + 1_024 * 24;
    for (long filled = 0; filled < bytes; filled += perChunk) {
      Object[] chunk = new Object[1024];
      for (int i = 0; i < chunk.length; i++) {
        chunk[i] = new int[] {i, i + 1};
      }
      BALLAST.add(chunk);
    }
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static String millis(long nanos) {
    return String.format(Locale.ROOT, "%,.1f ms", nanos / 1e6);
  }
}
