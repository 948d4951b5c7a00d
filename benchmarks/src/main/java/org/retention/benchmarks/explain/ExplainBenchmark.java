package org.retention.benchmarks.explain;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.retention.core.explain.ExplainSettings;
import org.retention.core.explain.Explanation;
import org.retention.core.internal.text.ExplanationMessages;
import org.retention.core.internal.heap.ChildJvmAnalysis;
import org.retention.core.internal.heap.RetentionExplainer;
import org.retention.core.probe.DescribeMode;
import org.retention.core.probe.RetentionProbe;
import org.retention.core.probe.RetentionVerdict;

/**
 * Time to an explained failure on a heap of a given live size: the verdict, the heap dump, its
 * analysis, and the total, with the analysis's ratio to the dump measured side by side, and the
 * analysis's peak memory. The live data is a session cache of small objects (a map entry, a
 * session with a name and a 24-byte state each: 5 objects, about 160 bytes per entry), the shape
 * that makes analysis slowest per byte.
 *
 * <pre>
 * mvn -q -B -ntp compile -pl benchmarks -am
 * java -Xmx1g -cp benchmarks/target/classes:core/target/classes \
 *     org.retention.benchmarks.explain.ExplainBenchmark 32 256
 * </pre>
 *
 * Each argument is a live heap size in MB; each size runs three times (the first warms up), or
 * {@code -Dexplain.runs=N} times.
 * {@code -Dretention.analysis=childJvm} analyses in a child VM; {@code auto} (default) does so
 * only when this VM's free heap has no room. The peak memory of an analysis in this VM is the
 * heap used above the live data (all heap pools' peaks after a full collection); for a child VM
 * it is the child's {@code -Xmx}, sized from the dump.
 */
public final class ExplainBenchmark {
  static final List<Object> AUDIT = new ArrayList<>();

  private ExplainBenchmark() {}

  /** Runs the sizes given in MB. */
  public static void main(String[] args) throws IOException {
    for (String arg : args.length == 0 ? new String[] {"32", "256"} : args) {
      int megabytes = Integer.parseInt(arg);
      Map<String, Session> live = liveData(megabytes);
      for (int run = 1; run <= Integer.getInteger("explain.runs", 3); run++) {
        measure(megabytes, run);
      }
      live.clear();
    }
  }

  private static void measure(int megabytes, int run) throws IOException {
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    System.gc();
    long live = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    RetentionProbe probe = leakOne();
    RetentionVerdict verdict = probe.awaitRelease();
    long verdictNanos = System.nanoTime() - start;
    ExplainSettings.Analysis where = ExplainSettings.fromSystemProperties().analysis();
    // Kept, to be measured, then deleted here.
    Explanation explanation = RetentionExplainer.explain(probe, verdict,
        new ExplainSettings(true, true, DescribeMode.TO_STRING, where));
    long total = System.nanoTime() - start;
    long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() - live;
    Path dump = explanation.heapDump().orElseThrow(
        () -> new IllegalStateException("not explained: " + ExplanationMessages.of(explanation)));
    long dumpBytes = Files.size(dump);
    Files.delete(dump);
    Files.delete(dump.getParent());
    if (explanation.paths().isEmpty()) {
      throw new IllegalStateException("not explained: " + ExplanationMessages.of(explanation));
    }
    long objects = 5L * entries(megabytes);
    double dumpMillis = explanation.dumpTime().toMillis();
    double analysisMillis = explanation.analysisTime().toMillis();
    System.out.printf(Locale.ROOT,
        "live %4d MB run %d: dump file %5d MB, verdict %5d ms, dump %6.0f ms, analysis %6.0f ms"
            + " (%.2f x dump), total %6d ms (%.2f x dump); analysis (%s): peak heap %5d MB above"
            + " live (%.1f bytes per object, ~%,d objects), child VM would get -Xmx%dm%n",
        megabytes, run, dumpBytes >> 20, verdictNanos / 1_000_000, dumpMillis, analysisMillis,
        analysisMillis / dumpMillis, total / 1_000_000, total / 1e6 / dumpMillis, where,
        peak >> 20, (double) peak / objects, objects,
        ChildJvmAnalysis.heapBytes(dumpBytes) >> 20);
    AUDIT.clear();
  }

  private static RetentionProbe leakOne() {
    Session session = new Session("leaked", new byte[64]);
    AUDIT.add(session);
    return RetentionProbe.builder().watch("value", session, null).build();
  }

  /** About {@code megabytes} of live small objects: ~160 bytes per cache entry. */
  static Map<String, Session> liveData(int megabytes) {
    int entries = entries(megabytes);
    Map<String, Session> cache = new HashMap<>(entries * 2);
    for (int i = 0; i < entries; i++) {
      String name = "session-" + i;
      cache.put(name, new Session(name, new byte[24]));
    }
    return cache;
  }

  private static int entries(int megabytes) {
    return (int) (megabytes * 1024L * 1024L / 160);
  }

  record Session(String name, byte[] state) {}
}
