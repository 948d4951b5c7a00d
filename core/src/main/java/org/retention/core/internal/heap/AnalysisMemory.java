package org.retention.core.internal.heap;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether the test VM has room to analyse a heap dump. The analysis must never run the VM out of
 * memory: under {@code -XX:+HeapDumpOnOutOfMemoryError} that would leave a {@code java_pid*.hprof}
 * in the user's working directory, and under {@code -XX:+ExitOnOutOfMemoryError} it would end the
 * test run. So the need is estimated from the dump's size before the index is built, and a dump
 * that does not fit goes unexplained, with the reason.
 */
final class AnalysisMemory {
  /**
   * Heap bytes the index and the searches need per byte of dump: the index keeps about 16 bytes
   * per object (offset, id, class) plus transient growth, and an HPROF object record is 30 to 60
   * bytes. Rounded up, since a wrong guess must cost an explanation, never the VM.
   */
  static final double BYTES_PER_DUMP_BYTE = 1.0;

  /** What the analysis needs whatever the dump's size: class tables, strings, stack traces. */
  static final long FIXED_BYTES = 16L << 20;

  private AnalysisMemory() {}

  /**
   * Why a dump of {@code dumpBytes} cannot be analysed here, or empty when the heap has room for
   * it.
   */
  static Optional<String> shortage(long dumpBytes) {
    long needed = FIXED_BYTES + (long) (dumpBytes * BYTES_PER_DUMP_BYTE);
    Runtime runtime = Runtime.getRuntime();
    long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    if (needed <= free) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT, "analysing the %,d MB heap dump needs about"
        + " %,d MB of free heap, but this VM has %,d MB free of its %,d MB maximum; give the"
        + " tests more heap (-Xmx) to see the path", mb(dumpBytes), mb(needed), mb(free),
        mb(runtime.maxMemory())));
  }

  private static long mb(long bytes) {
    return Math.max(1, bytes >> 20);
  }
}
