package org.retention.benchmarks;

import static org.retention.assertj.RetentionAssertions.assertThat;

import com.google.common.testing.GcFinalization;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import one.jpro.jmemorybuddy.JMemoryBuddy;
import org.retention.core.internal.footprint.Footprint;
import org.retention.core.internal.gc.GcCoordinator;
import org.retention.core.probe.RetentionProbe;
import org.retention.core.probe.RetentionVerdict;

/**
 * Measures, in one run, how long Retention takes to give a passing and a failing verdict on a
 * cleared map, next to Guava's {@code GcFinalization.awaitClear}, JMemoryBuddy and one bare
 * {@code System.gc()}, and what a 1,000,000-value probe costs in time and bytes. Prints a
 * Markdown table. Every timed run also checks its verdict, so a wrong answer aborts the run.
 *
 * <pre>
 * mvn -q -B -ntp -Pbench -pl benchmarks -am verify -DskipTests
 * </pre>
 */
public final class VerdictBenchmark {
  private static final int VALUES = 1_000;
  private static final int MILLION = 1_000_000;
  private static final int WARMUPS = 5;
  private static final int RUNS = 31;
  /** The peers wait seconds for a failure: a few runs say enough. */
  private static final int SLOW_RUNS = 2;
  private static final List<Object> LEAKED = new ArrayList<>();

  private VerdictBenchmark() {}

  /** Runs every case and prints the table; no arguments. */
  public static void main(String[] args) {
    // JMemoryBuddy writes a heap dump on every failure by default: not what is timed here.
    System.setProperty("jmemorybuddy.createHeapdump", "false");
    Case gcAlone = new Case("`System.gc()` alone (1,000 live values on the heap)", () -> {
      Map<Integer, Object> live = values(VALUES);
      return () -> {
        System.gc();
        LEAKED.add(live);
        LEAKED.clear();
      };
    });
    // The collection a pass cannot avoid: the same dead values, watched by weak references.
    Case gcSameGarbage = new Case("`System.gc()` alone after the same `clear()` (1,000 dead values,"
        + " 1,000 weak references)", () -> {
          Map<Integer, Object> map = values(VALUES);
          List<WeakReference<Object>> references = new ArrayList<>();
          map.values().forEach(value -> references.add(new WeakReference<>(value)));
          return () -> {
            map.clear();
            System.gc();
            LEAKED.add(references);
            LEAKED.clear();
          };
        });
    // The fast cases take turns, so that load from elsewhere on the machine hits them alike.
    List<Row> rows = new ArrayList<>(measureInterleaved(WARMUPS, RUNS, List.of(
        gcAlone,
        gcSameGarbage,
        new Case("Retention `releasesValuesAfterClear()`, pass",
            () -> retention(values(VALUES), false)),
        new Case("Retention `releasesValuesAfterClear()`, fail (1 value leaked)",
            () -> retention(leakOne(values(VALUES)), true)),
        new Case("Guava `GcFinalization.awaitClear` per value, pass",
            () -> guava(values(VALUES), false)),
        new Case("JMemoryBuddy `memoryTest` / `assertCollectable`, pass",
            () -> memoryBuddy(values(VALUES), false)))));
    Row gc = rows.get(0);
    rows.addAll(measureInterleaved(0, SLOW_RUNS, List.of(
        new Case("Guava `GcFinalization.awaitClear` per value, fail",
            () -> guava(leakOne(values(VALUES)), true)),
        new Case("JMemoryBuddy `memoryTest` / `assertCollectable`, fail",
            () -> memoryBuddy(leakOne(values(VALUES)), true)))));
    rows.addAll(measureInterleaved(1, 5, List.of(
        new Case("Retention `releasesValuesAfterClear()`, pass, 1,000,000 values",
            () -> retention(values(MILLION), false)))));
    long probeBytes = probeBytesPerMillion();

    System.out.println(environment());
    System.out.println();
    System.out.println("| case | runs | median | min | max | vs one `System.gc()` |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (Row row : rows) {
      System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %.2f× |%n", row.name(),
          row.runs(), millis(row.median()), millis(row.min()), millis(row.max()),
          (double) row.median() / gc.median());
    }
    System.out.printf(Locale.ROOT, "%nProbe of 1,000,000 values: %,d bytes, %.1f bytes per value"
        + " (JOL graph of the RetentionProbe once its references were cleared).%n",
        probeBytes, (double) probeBytes / MILLION);
  }

  private static Runnable retention(Map<Integer, Object> map, boolean leaking) {
    return () -> {
      AssertionError failure = null;
      try {
        assertThat(map).releasesValuesAfterClear();
      } catch (AssertionError e) {
        failure = e;
      }
      check(leaking, failure == null ? null : failure.getMessage());
    };
  }

  /** Guava has no map assertion: one weak reference per value, each awaited in turn. */
  private static Runnable guava(Map<Integer, Object> map, boolean leaking) {
    List<WeakReference<Object>> references = new ArrayList<>();
    map.values().forEach(value -> references.add(new WeakReference<>(value)));
    return () -> {
      map.clear();
      String failure = null;
      try {
        references.forEach(GcFinalization::awaitClear);
      } catch (RuntimeException timedOut) {
        failure = String.valueOf(timedOut.getMessage());
      }
      check(leaking, failure);
    };
  }

  private static Runnable memoryBuddy(Map<Integer, Object> map, boolean leaking) {
    return () -> {
      String failure = null;
      PrintStream console = System.out;
      // JMemoryBuddy prints a line per object it waited for; the table is what this run prints.
      System.setOut(new PrintStream(OutputStream.nullOutputStream()));
      try {
        JMemoryBuddy.memoryTest(checker -> {
          map.values().forEach(checker::assertCollectable);
          map.clear();
        });
      } catch (AssertionError e) {
        failure = String.valueOf(e.getMessage());
      } finally {
        System.setOut(console);
      }
      check(leaking, failure);
    };
  }

  /** The bytes of a probe watching 1,000,000 values, measured once the values are collected. */
  private static long probeBytesPerMillion() {
    Map<Integer, Object> map = values(MILLION);
    RetentionProbe probe = RetentionProbe.watching("value", map.values());
    map.clear();
    RetentionVerdict verdict = probe.awaitRelease(Duration.ofSeconds(30));
    if (!verdict.released()) {
      throw new IllegalStateException("the 1,000,000-value probe was not released: " + verdict);
    }
    return Footprint.bytesOf(probe);
  }

  private static void check(boolean leaking, String failure) {
    LEAKED.clear();
    if (leaking == (failure == null)) {
      throw new IllegalStateException(leaking
          ? "a leaking map passed" : "a releasing map failed: " + failure);
    }
  }

  /** Integer keys from 1,000 up (none cached), each mapped to a fresh object. */
  private static Map<Integer, Object> values(int count) {
    Map<Integer, Object> map = new HashMap<>();
    for (int i = 0; i < count; i++) {
      map.put(1_000 + i, new StringBuilder("value-").append(i));
    }
    return map;
  }

  private static Map<Integer, Object> leakOne(Map<Integer, Object> map) {
    LEAKED.add(map.get(1_007));
    return map;
  }

  /** Runs each case {@code warmups} times, then {@code runs} times, taking turns. */
  private static List<Row> measureInterleaved(int warmups, int runs, List<Case> cases) {
    long[][] nanos = new long[cases.size()][runs];
    for (int i = -warmups; i < runs; i++) {
      for (int c = 0; c < cases.size(); c++) {
        Runnable action = cases.get(c).prepare().get();
        long start = System.nanoTime();
        action.run();
        if (i >= 0) {
          nanos[c][i] = System.nanoTime() - start;
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int c = 0; c < cases.size(); c++) {
      long[] sorted = nanos[c];
      Arrays.sort(sorted);
      rows.add(new Row(cases.get(c).name(), runs, sorted[runs / 2], sorted[0], sorted[runs - 1]));
    }
    return rows;
  }

  private static String millis(long nanos) {
    return String.format(Locale.ROOT, "%,.1f ms", nanos / 1e6);
  }

  private static String environment() {
    Runtime runtime = Runtime.getRuntime();
    return String.format(Locale.ROOT, "Java %s (%s), %s, %d CPUs, max heap %,d MB, flags %s",
        System.getProperty("java.version"), System.getProperty("java.vm.name"),
        GcCoordinator.shared().collector().displayName(), runtime.availableProcessors(),
        runtime.maxMemory() >> 20, ManagementFactory.getRuntimeMXBean().getInputArguments());
  }

  /** A case to time: {@code prepare} builds its state untimed and returns the timed action. */
  private record Case(String name, Supplier<Runnable> prepare) {}

  /** One measured case: the median, fastest and slowest of its runs, in nanoseconds. */
  private record Row(String name, int runs, long median, long min, long max) {}
}
