package org.retention.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.retention.core.internal.gate.GateSettings;
import org.retention.core.internal.gate.LeakGate;
import org.retention.core.explain.Reachability;
import org.retention.core.explain.RootKind;
import org.retention.core.report.CheckKind;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.ObjectDetails;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.LeakRecord;
import org.retention.core.RetentionReports;
import org.retention.gate.GateException;

/**
 * What recording one check in the run's report costs as the run goes on: 20,000 checks through
 * one gate, timed one by one, reported per block of 1,000. A flat report costs the same in its
 * last block as in its first.
 *
 * <pre>
 * mvn -q -B -ntp compile -pl benchmarks -am
 * java -Xmx256m -cp benchmarks/target/classes:core/target/classes \
 *     org.retention.benchmarks.ReportBenchmark 20000
 * java -Xmx512m -cp benchmarks/target/classes:core/target/classes:gate/target/classes \
 *     org.retention.benchmarks.ReportBenchmark merge 1000000 4
 * </pre>
 *
 * <p>On a shared machine, load drifts over the seconds between a report's first block and its
 * last. So each check of the long report alternates with a check of a short one, a new report
 * every 1,000 checks (always a "first 1,000"): block by block, both are timed under the same load,
 * and their ratio is the cost of everything recorded before. Every tenth check is a retained one
 * with a three-step path, the rest are released. An untimed run comes first, so that no block is
 * the JIT's. Every report is read back and its checks counted; the files are removed at the end.
 * Medians are the figures to compare: the mean follows the scheduler.
 */
public final class ReportBenchmark {
  private static final int BLOCK = 1_000;

  private ReportBenchmark() {}

  /**
   * Runs the number of checks given (default 20,000), after a warm-up of as many; or, with {@code
   * merge [checks] [reports]}, the build gate's merge of that many checks (default 1,000,000 in 4
   * reports), see {@link MergeBenchmark}.
   */
  public static void main(String[] args) throws IOException, GateException {
    if (args.length > 0 && args[0].equals("merge")) {
      Path directory = Files.createTempDirectory("retention-merge-benchmark-");
      try {
        MergeBenchmark.run(args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000,
            args.length > 2 ? Integer.parseInt(args[2]) : 4, directory);
      } finally {
        delete(directory);
      }
      return;
    }
    int checks = args.length == 0 ? 20_000 : Integer.parseInt(args[0]);
    Path directory = Files.createTempDirectory("retention-report-benchmark-");
    try {
      run(directory.resolve("warm-up"), checks);
      long[][] nanos = run(directory.resolve("timed"), checks);
      print(nanos[0], nanos[1]);
    } finally {
      delete(directory);
    }
  }

  /** The time of each check into the long report, and into the short reports beside it. */
  private static long[][] run(Path directory, int checks) throws IOException {
    LeakGate long_ = gate(directory.resolve("long"));
    List<LeakGate> shorts = new ArrayList<>();
    long[] longNanos = new long[checks];
    long[] shortNanos = new long[checks];
    for (int i = 0; i < checks; i++) {
      if (i % BLOCK == 0) {
        shorts.add(gate(directory.resolve("short-" + i / BLOCK)));
      }
      LeakGate short_ = shorts.get(shorts.size() - 1);
      CheckRecord check = check(i);
      // Alternating which goes first keeps either from always finding the caches warm.
      if (i % 2 == 0) {
        longNanos[i] = timed(long_, check);
        shortNanos[i] = timed(short_, check);
      } else {
        shortNanos[i] = timed(short_, check);
        longNanos[i] = timed(long_, check);
      }
    }
    verify(long_, checks);
    for (int block = 0; block < shorts.size(); block++) {
      verify(shorts.get(block), Math.min(BLOCK, checks - block * BLOCK));
    }
    return new long[][] {longNanos, shortNanos};
  }

  private static LeakGate gate(Path reports) {
    return new LeakGate(
        new GateSettings(Optional.empty(), Optional.of(reports), Optional.empty(), false));
  }

  private static long timed(LeakGate gate, CheckRecord check) {
    long start = System.nanoTime();
    gate.record(check);
    return System.nanoTime() - start;
  }

  private static void verify(LeakGate gate, int checks) throws IOException {
    int recorded = RetentionReports.read(gate.reportFile().orElseThrow()).checks().size();
    if (recorded != checks) {
      throw new IllegalStateException("a report holds " + recorded + " checks, not " + checks);
    }
  }

  private static CheckRecord check(int i) {
    String name = "org.example.service.CacheTest#evicts_entry_" + i + "()";
    if (i % 10 != 9) {
      return new CheckRecord(CheckKind.OBJECT, "junit", name, CheckVerdict.RELEASED, "G1", 4,
          Optional.empty(), Optional.empty(), List.of(), new ObjectDetails(12, 0, 1));
    }
    return new CheckRecord(CheckKind.OBJECT, "junit", name, CheckVerdict.RETAINED, "G1", 480,
        Optional.empty(), Optional.empty(),
        List.of(new LeakRecord(String.format("%016x", i * 0x9e3779b97f4a7c15L),
            "value \"session-" + i + "\" (org.example.Session)", Reachability.STRONG,
            RootKind.STATIC_FIELD, "static field org.example.AuditLog.RECENT",
            List.of("ArrayList.elementData", "Object[][" + i + "]", "AuditEntry.session"),
            1_048_616, Optional.empty())), new ObjectDetails(12, 1, 2));
  }

  private static void print(long[] longNanos, long[] shortNanos) {
    System.out.printf(Locale.ROOT, "%,d checks; per check, median (mean) in microseconds%n",
        longNanos.length);
    System.out.println("  checks of the long report | long report      | new report beside it |"
        + " long / new (median)");
    int blocks = (longNanos.length + BLOCK - 1) / BLOCK;
    double[] longMedians = new double[blocks];
    for (int block = 0; block < blocks; block++) {
      double[] inLong = stats(longNanos, block);
      double[] inShort = stats(shortNanos, block);
      longMedians[block] = inLong[0];
      System.out.printf(Locale.ROOT, "  %6d-%6d             | %6.1f (%6.1f) | %6.1f (%6.1f)      |"
          + " %.2f%n", block * BLOCK + 1, Math.min(longNanos.length, (block + 1) * BLOCK),
          inLong[0], inLong[1], inShort[0], inShort[1], inLong[0] / inShort[0]);
    }
    System.out.printf(Locale.ROOT, "  long report, last block / first block (median): %.2f%n",
        longMedians[blocks - 1] / longMedians[0]);
  }

  /** Median and mean of one block, in microseconds. */
  private static double[] stats(long[] nanos, int block) {
    long[] times = Arrays.copyOfRange(nanos, block * BLOCK,
        Math.min(nanos.length, (block + 1) * BLOCK));
    Arrays.sort(times);
    return new double[] {times[times.length / 2] / 1_000.0,
        Arrays.stream(times).average().orElse(0) / 1_000.0};
  }

  private static void delete(Path directory) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(directory)) {
      walk.sorted(Comparator.reverseOrder()).forEach(files::add);
    }
    for (Path file : files) {
      Files.delete(file);
    }
  }
}
