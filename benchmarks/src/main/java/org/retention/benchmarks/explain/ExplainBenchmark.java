package org.retention.benchmarks.explain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.retention.core.explain.ExplainSettings;
import org.retention.core.explain.Explanation;
import org.retention.core.internal.heap.RetentionExplainer;
import org.retention.core.probe.RetentionProbe;
import org.retention.core.probe.RetentionVerdict;

/**
 * Time to an explained failure on a heap of a given live size: the verdict, the heap dump, its
 * analysis, and the total. The live data is a session cache of small objects (a map entry, a
 * session with a name and a 64-byte state each), the shape that makes analysis slowest per byte.
 *
 * <pre>
 * mvn -q -B -ntp compile -pl benchmarks -am
 * java -Xmx1g -cp benchmarks/target/classes:core/target/classes \
 *     org.retention.benchmarks.explain.ExplainBenchmark 32 256
 * </pre>
 *
 * Each argument is a live heap size in MB; each size runs three times (the first warms up).
 */
public final class ExplainBenchmark {
  static final List<Object> AUDIT = new ArrayList<>();

  private ExplainBenchmark() {}

  /** Runs the sizes given in MB. */
  public static void main(String[] args) {
    for (String arg : args.length == 0 ? new String[] {"32", "256"} : args) {
      int megabytes = Integer.parseInt(arg);
      Map<String, Session> live = liveData(megabytes);
      for (int run = 1; run <= 3; run++) {
        measure(megabytes, run);
      }
      live.clear();
    }
  }

  private static void measure(int megabytes, int run) {
    long start = System.nanoTime();
    RetentionProbe probe = leakOne();
    RetentionVerdict verdict = probe.awaitRelease();
    long verdictNanos = System.nanoTime() - start;
    Explanation explanation = RetentionExplainer.explain(probe, verdict, ExplainSettings.DEFAULTS);
    long total = System.nanoTime() - start;
    if (explanation.paths().isEmpty()) {
      throw new IllegalStateException("not explained: " + explanation.message());
    }
    System.out.printf(Locale.ROOT,
        "live %4d MB run %d: verdict %5d ms, dump %5d ms, analysis %5d ms, total %5d ms%n",
        megabytes, run, verdictNanos / 1_000_000, explanation.dumpTime().toMillis(),
        explanation.analysisTime().toMillis(), total / 1_000_000);
    AUDIT.clear();
  }

  private static RetentionProbe leakOne() {
    Session session = new Session("leaked", new byte[64]);
    AUDIT.add(session);
    return RetentionProbe.builder().watch("value", session, null).build();
  }

  /** About {@code megabytes} of live small objects: ~160 bytes per cache entry. */
  static Map<String, Session> liveData(int megabytes) {
    int entries = (int) (megabytes * 1024L * 1024L / 160);
    Map<String, Session> cache = new HashMap<>(entries * 2);
    for (int i = 0; i < entries; i++) {
      String name = "session-" + i;
      cache.put(name, new Session(name, new byte[24]));
    }
    return cache;
  }

  record Session(String name, byte[] state) {}
}
