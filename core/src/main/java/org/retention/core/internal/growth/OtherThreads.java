package org.retention.core.internal.growth;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * Whether any thread but the measuring one allocated while a window ran: the bytes each live
 * thread had allocated ({@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}) when the
 * window began, compared when it ended, and the count of threads ever started. Objects are only
 * ever added by allocating them, so where no other thread allocated a byte and none started, every
 * object the window added is the measuring thread's own, the action's.
 *
 * <pre>{@code
 * OtherThreads others = OtherThreads.now();
 * // ... the window's repetitions, on this thread ...
 * boolean quiet = !others.allocatedSince();
 * }</pre>
 *
 * <p>Where the VM cannot tell (no per-thread allocation counters, or they are disabled), or a
 * thread ended meanwhile, other threads count as having allocated. So a JVM where anything else
 * runs (a neighbour test, a pool, a JFR recording) always looks busy: the answer is never "quiet"
 * by mistake, at worst "busy" when it was quiet.
 */
final class OtherThreads {
  private final long self;
  private final long[] ids;
  private final long[] bytes;
  private final long started;

  private OtherThreads(long self, long[] ids, long[] bytes, long started) {
    this.self = self;
    this.ids = ids;
    this.bytes = bytes;
    this.started = started;
  }

  /** What every thread but the calling one has allocated so far. */
  static OtherThreads now() {
    com.sun.management.ThreadMXBean threads = threads();
    long self = Thread.currentThread().getId();
    if (threads == null) {
      return new OtherThreads(self, null, null, -1);
    }
    // The started count first: a thread started after it is seen as started since.
    long started = threads.getTotalStartedThreadCount();
    long[] ids = Arrays.stream(threads.getAllThreadIds()).filter(id -> id != self).toArray();
    return new OtherThreads(self, ids, threads.getThreadAllocatedBytes(ids), started);
  }

  /**
   * Whether, since {@link #now()}, another thread allocated, a thread started or ended, the
   * calling thread is another one, or the VM cannot tell.
   */
  boolean allocatedSince() {
    com.sun.management.ThreadMXBean threads = threads();
    if (threads == null || ids == null || Thread.currentThread().getId() != self) {
      return true;
    }
    long[] now = threads.getThreadAllocatedBytes(ids);
    for (int i = 0; i < ids.length; i++) {
      if (bytes[i] < 0 || now[i] != bytes[i]) {
        return true;
      }
    }
    return threads.getTotalStartedThreadCount() != started;
  }

  /** The VM's per-thread allocation counters, or null where it has none running. */
  private static com.sun.management.ThreadMXBean threads() {
    try {
      return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
          && bean.isThreadAllocatedMemorySupported() && bean.isThreadAllocatedMemoryEnabled()
          ? bean : null;
    } catch (RuntimeException | LinkageError unavailable) {
      return null;
    }
  }
}
