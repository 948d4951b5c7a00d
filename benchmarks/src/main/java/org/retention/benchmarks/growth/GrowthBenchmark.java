package org.retention.benchmarks.growth;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.retention.core.CheckResult;
import org.retention.core.internal.count.LiveInstances;
import org.retention.core.internal.gc.GcCoordinator;
import org.retention.core.growth.HeapGrowthCheck;
import org.retention.core.report.GrowthDetails;

/**
 * What a growth check costs with 32 MB and 256 MB of live objects on the heap, side by side with
 * what the JVM's own tools cost in the same run: one {@code System.gc()} and one heap dump
 * ({@code HotSpotDiagnosticMXBean.dumpHeap}, live) and one proven live class histogram, the
 * census a growth check takes per window. It times the action's 40 repetitions alone, a
 * passing {@code HeapGrowthCheck} (a proven live class histogram after the warm-up and one after
 * the windows, and how many whole-heap collections that took), an
 * explained failure (confirmation up to its budget, two heap dumps and their analysis), and a
 * bounded LRU map of 500 entries fed one new key per call (it passes after confirmation: its extra
 * cost is what confirmation costs). Every timed run checks its verdict.
 *
 * <pre>
 * java -Xmx1g -cp ... org.retention.benchmarks.growth.GrowthBenchmark 32 256
 * </pre>
 */
public final class GrowthBenchmark {
  private static final int REPETITIONS = 40;
  private static final int RUNS = 5;
  private static final int FAILURES = 3;
  private static final int LRU_BOUND = 500;
  /** Live ballast: small objects in arrays, so a dump has as many objects as a real service. */
  private static final List<Object[]> BALLAST = new ArrayList<>();
  private static final List<Object> LEAKED = new CopyOnWriteArrayList<>();

  private GrowthBenchmark() {}

  /** Runs each size named in {@code args} (MB of live ballast). */
  public static void main(String[] args) throws Throwable {
    System.out.printf("Java %s, %s, max heap %,d MB%n", Runtime.version(),
        ManagementFactory.getGarbageCollectorMXBeans().get(0).getName(),
        Runtime.getRuntime().maxMemory() >> 20);
    List<String> confirmation = new ArrayList<>();
    System.out.println("| live heap | System.gc() | one proven live histogram | one dump"
        + " | action alone (40 reps) | pass | full collections per pass | 4 × gc + action"
        + " | explained failure | 2 × (pass + dump) |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String size : args) {
      fill(Integer.parseInt(size));
      confirmation.add(measure(Integer.parseInt(size)));
    }
    System.out.println();
    System.out.println("| live heap | LRU of " + LRU_BOUND + ", one key per call | repetitions"
        + " | extra over a pass |");
    System.out.println("|---:|---:|---:|---:|");
    confirmation.forEach(System.out::println);
  }

  /** Prints the row of the first table and returns the row of the second. */
  private static String measure(int megabytes) throws Throwable {
    HeapGrowthCheck.Action clean = () -> new StringBuilder("request").append(System.nanoTime());
    HeapGrowthCheck.Action leaking = () -> LEAKED.add(new byte[128]);
    long[] gc = new long[RUNS];
    long[] histogram = new long[RUNS];
    long[] dump = new long[FAILURES];
    long[] alone = new long[RUNS];
    long[] pass = new long[RUNS];
    long[] passCollections = new long[RUNS];
    long[] fail = new long[FAILURES];
    long[] lru = new long[FAILURES];
    int lruRepetitions = 0;
    HeapGrowthCheck check = HeapGrowthCheck.repeating(REPETITIONS);
    check.run(clean);
    for (int run = 0; run < RUNS; run++) {
      long start = System.nanoTime();
      System.gc();
      gc[run] = System.nanoTime() - start;
      start = System.nanoTime();
      LiveInstances.histogram(Duration.ofSeconds(30));
      histogram[run] = System.nanoTime() - start;
      start = System.nanoTime();
      for (int i = 0; i < REPETITIONS; i++) {
        clean.run();
      }
      alone[run] = System.nanoTime() - start;
      long collections = GcCoordinator.shared().fullCollectionCount();
      start = System.nanoTime();
      CheckResult result = check.run(clean);
      pass[run] = System.nanoTime() - start;
      passCollections[run] = GcCoordinator.shared().fullCollectionCount() - collections;
      if (result.failed()) {
        throw new AssertionError("a clean action failed: " + result.failureMessage());
      }
    }
    for (int run = 0; run < FAILURES; run++) {
      dump[run] = dumpOnce();
      long start = System.nanoTime();
      CheckResult result = check.run(leaking);
      fail[run] = System.nanoTime() - start;
      LEAKED.clear();
      if (result.recorded().orElseThrow().leaks().isEmpty()) {
        throw new AssertionError("a leak was not explained: " + result.failureMessage());
      }
      Map<Integer, byte[]> cache = lru(LRU_BOUND);
      int[] calls = {0};
      start = System.nanoTime();
      result = check.run(() -> cache.put(calls[0]++, new byte[64]));
      lru[run] = System.nanoTime() - start;
      if (result.failed()) {
        throw new AssertionError("a bounded cache failed: " + result.failureMessage());
      }
      lruRepetitions = ((GrowthDetails) result.recorded().orElseThrow().details()).repetitions();
    }
    long action = median(alone);
    System.out.printf(Locale.ROOT, "| %d MB | %s | %s | %s | %s | %s | %d | %s | %s | %s |%n",
        megabytes, millis(median(gc)), millis(median(histogram)), millis(median(dump)),
        millis(action), millis(median(pass)), median(passCollections),
        millis(4 * median(gc) + action), millis(median(fail)),
        millis(2 * (median(pass) + median(dump))));
    return String.format(Locale.ROOT, "| %d MB | %s | %,d | %s |", megabytes, millis(median(lru)),
        lruRepetitions, millis(median(lru) - median(pass)));
  }

  /** The time of one live heap dump, the JDK's own, written to a private file and deleted. */
  private static long dumpOnce() throws IOException {
    Path directory = Files.createTempDirectory("growth-benchmark-");
    Path file = directory.resolve("heap.hprof");
    try {
      long start = System.nanoTime();
      ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
          .dumpHeap(file.toString(), true);
      return System.nanoTime() - start;
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(directory);
    }
  }

  private static <K, V> Map<K, V> lru(int bound) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > bound;
      }
    };
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
