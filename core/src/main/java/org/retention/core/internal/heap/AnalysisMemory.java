package org.retention.core.internal.heap;

import java.util.Locale;
import java.util.Optional;
import org.retention.core.explain.ExplainSettings;

/**
 * Whether the test VM has room to analyse a heap dump. The analysis must never run the VM out of
 * memory: under {@code -XX:+HeapDumpOnOutOfMemoryError} that would leave a {@code java_pid*.hprof}
 * in the user's working directory, and under {@code -XX:+ExitOnOutOfMemoryError} it would end the
 * test run. So the need is estimated from the dump's size before the index is built, and a dump
 * that does not fit is analysed in a child VM ({@link ChildJvmAnalysis}), or, when the settings
 * keep the analysis in process, goes unexplained, with the reason.
 */
final class AnalysisMemory {
  /**
   * Heap bytes the index and the searches need per byte of dump. Measured (BENCHMARKS.md): a
   * 368 MB dump of 8.4 million objects is analysed in a child VM at {@code -Xmx160m} (0.43 bytes
   * per dump byte, about 19 bytes of heap per object: offsets 4 to 6, the id table about 1, a
   * search's parents and queue 8, and the collector's room), not at {@code -Xmx128m}. Rounded
   * up, since a wrong guess must cost an explanation, never the VM.
   */
  static final double BYTES_PER_DUMP_BYTE = 0.75;

  /** What the analysis needs whatever the dump's size: class tables, strings, stack traces. */
  static final long FIXED_BYTES = 16L << 20;

  private AnalysisMemory() {}

  /** The heap an analysis of a {@code dumpBytes} dump needs. */
  static long needed(long dumpBytes) {
    return FIXED_BYTES + (long) (dumpBytes * BYTES_PER_DUMP_BYTE);
  }

  /**
   * Why a dump of {@code dumpBytes} cannot be analysed here, or empty when the heap has room for
   * it.
   */
  static Optional<String> shortage(long dumpBytes) {
    long needed = needed(dumpBytes);
    Runtime runtime = Runtime.getRuntime();
    long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    if (needed <= free) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT, "analysing the %,d MB heap dump needs about"
        + " %,d MB of free heap, but this VM has %,d MB free of its %,d MB maximum; give the"
        + " tests more heap (-Xmx) or let the analysis run in a child VM (%s=auto) to see the"
        + " path", mb(dumpBytes), mb(needed), mb(free), mb(runtime.maxMemory()),
        ExplainSettings.ANALYSIS));
  }

  private static long mb(long bytes) {
    return Math.max(1, bytes >> 20);
  }
}
