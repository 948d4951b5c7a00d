package org.retention.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.retention.core.explain.Reachability;
import org.retention.core.explain.RootKind;
import org.retention.core.internal.gate.GateSettings;
import org.retention.core.internal.gate.LeakGate;
import org.retention.core.report.CheckKind;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.LeakBaseline;
import org.retention.core.report.LeakRecord;
import org.retention.core.report.ObjectDetails;
import org.retention.gate.CheckOutcome;
import org.retention.gate.CheckRequest;
import org.retention.gate.GateException;
import org.retention.gate.GateLog;
import org.retention.gate.GateTool;
import org.retention.gate.ReportSet;
import org.retention.gate.RetentionGate;

/**
 * What the build gate costs on a big build: a report set of a million checks (mostly released,
 * some leaks, over a few report files, as forks write them) is merged, judged against a baseline
 * and rendered to {@code summary.md} and {@code report.html} by {@link RetentionGate#check}, as
 * {@code retention:check} and the CLI run it. Run by {@link ReportBenchmark}'s {@code merge}:
 *
 * <pre>
 * java -Xmx512m -cp "$(cat cp.txt)" org.retention.benchmarks.ReportBenchmark merge 1000000 4
 * </pre>
 *
 * <p>The reports are written by the test JVMs' own writer ({@link LeakGate}, so their runs do not
 * finish). One check in 500 is not released: a tenth of those inconclusive, the others retained
 * with one of 25 leak shapes (six-step paths), 5 of which the baseline accepts. Test classes
 * hold 200 checks each. Each gate run is timed on its own, the first one cold, as a build runs
 * it; the heap's peak is the sum of the heap pools' peaks, reset before each run (an upper bound
 * of the live peak). The files are removed at the end.
 */
final class MergeBenchmark {
  private static final int NOT_RELEASED_EVERY = 500;
  private static final int SHAPES = 25;
  private static final int ACCEPTED_SHAPES = 5;
  private static final int CHECKS_PER_CLASS = 200;

  private MergeBenchmark() {}

  static void run(int checks, int reports, Path directory) throws IOException, GateException {
    long start = System.nanoTime();
    write(directory.resolve("reports"), checks, reports);
    long bytes;
    try (var files = Files.walk(directory.resolve("reports"))) {
      bytes = files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
    }
    System.out.printf(Locale.ROOT, "%,d checks in %d reports, %,d bytes of JSON, written in %.1f s"
        + " (Java %s, max heap %,d MB)%n", checks, reports, bytes,
        (System.nanoTime() - start) / 1e9, Runtime.version(),
        Runtime.getRuntime().maxMemory() >> 20);
    Path baseline = Files.writeString(directory.resolve("retention-baseline.txt"),
        IntStream.range(0, ACCEPTED_SHAPES).mapToObj(shape -> fingerprint(shape)
            + "  accepted in the benchmark\n").collect(Collectors.joining()));
    List<String> log = new ArrayList<>();
    RetentionGate gate = new RetentionGate(new GateTool("retention:baseline", "reports"),
        GateLog.of(log::add, log::add));
    for (int run = 1; run <= 3; run++) {
      System.gc();
      heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
      long began = System.nanoTime();
      long cpu = processCpuNanos();
      CheckOutcome outcome = gate.check(new CheckRequest(new ReportSet(
          directory.resolve("reports"), List.of(), directory), Optional.of(baseline),
          directory.resolve("out"), false, false));
      double seconds = (System.nanoTime() - began) / 1e9;
      double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
      long peak = heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
      System.out.printf(Locale.ROOT, "  run %d%s: merge, judge and render %.2f s (CPU of the"
          + " process %.2f s), heap peak <= %,d MB, report.html %,d bytes, summary.md %,d bytes%n",
          run, run == 1 ? " (cold)" : "", seconds, cpuSeconds, peak >> 20,
          Files.size(outcome.report()),
          Files.size(outcome.summary()));
    }
    log.stream().filter(line -> line.startsWith("Retention: ") && line.contains(" checks in "))
        .findFirst().ifPresent(line -> System.out.println("  " + line));
  }

  /** The CPU time of every thread of the process, GC and JIT included: what load cannot inflate. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
  }

  /** Writes the checks round-robin by test class, one gate (one fork's report) per report. */
  private static void write(Path directory, int checks, int reports) {
    List<LeakGate> gates = new ArrayList<>();
    for (int report = 0; report < reports; report++) {
      gates.add(new LeakGate(new GateSettings(Optional.empty(),
          Optional.of(directory.resolve("fork-" + report)), Optional.empty(), false)));
    }
    for (int i = 0; i < checks; i++) {
      int testClass = i / CHECKS_PER_CLASS;
      gates.get(testClass % reports).record(check(i, testClass));
    }
    // The report directories are the forks'; the gate finds every report under them.
  }

  private static CheckRecord check(int i, int testClass) {
    String name = "org.example.service" + testClass % 50 + ".Service" + testClass
        + "Test#handles_case_" + i + "()";
    if (i % NOT_RELEASED_EVERY != NOT_RELEASED_EVERY - 1) {
      return new CheckRecord(CheckKind.OBJECT, "junit", name, CheckVerdict.RELEASED, "G1", 4,
          Optional.empty(), Optional.empty(), List.of(), new ObjectDetails(12, 0, 1));
    }
    int failure = i / NOT_RELEASED_EVERY;
    if (failure % 10 == 0) {
      return new CheckRecord(CheckKind.OBJECT, "junit", name, CheckVerdict.INCONCLUSIVE,
          "Epsilon", 5, Optional.of("the Epsilon collector never collects"), Optional.empty(),
          List.of(), new ObjectDetails(12, 0, 0));
    }
    int shape = failure % SHAPES;
    return new CheckRecord(CheckKind.OBJECT, "junit", name, CheckVerdict.RETAINED, "G1", 480,
        Optional.empty(), Optional.empty(),
        List.of(new LeakRecord(fingerprint(shape),
            "value \"session-" + i + "\" (org.example.Session" + shape + ")", Reachability.STRONG,
            RootKind.STATIC_FIELD, "static field org.example.AuditLog" + shape + ".RECENT",
            List.of("AuditLog" + shape + ".RECENT", "ArrayList.elementData", "Object[][0]",
                "AuditEntry.session", "Session.attributes", "HashMap.table"),
            1_048_616, Optional.empty())), new ObjectDetails(12, 1, 2));
  }

  private static String fingerprint(int shape) {
    return String.format(Locale.ROOT, "%016x", (shape + 1) * 0x9e3779b97f4a7c15L);
  }
}
