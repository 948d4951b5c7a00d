package org.retention.core.internal.heap;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs the parts of one pass over a dump side by side, one thread per part, and waits for all: the
 * test that asked for the explanation waits for it anyway, so its cores are free.
 *
 * <pre>{@code
 * int parts = Workers.parts(objectCount);
 * Workers.run(parts, part -> scan(part * objectCount / parts, (part + 1) * objectCount / parts));
 * }</pre>
 */
final class Workers {
  /** Below this many items a pass is too short to be worth a thread. */
  private static final int ITEMS_PER_THREAD = 1 << 18;

  /** More threads than this only fight for memory bandwidth. */
  private static final int MAX_THREADS = 4;

  private Workers() {}

  /** How many parts a pass over {@code items} items is worth. */
  static int parts(long items) {
    long worth = Math.max(1, items / ITEMS_PER_THREAD);
    return (int) Math.min(worth, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
  }

  /**
   * Runs {@code part} for 0 to {@code parts - 1}, the first on the calling thread; rethrows the
   * first failure of any part once all have ended.
   */
  static void run(int parts, IntConsumer part) {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread[] threads = new Thread[parts];
    for (int i = 1; i < parts; i++) {
      int index = i;
      threads[i] = new Thread(() -> runPart(part, index, failure), "retention-heap-analysis-" + i);
      threads[i].setDaemon(true);
      threads[i].start();
    }
    runPart(part, 0, failure);
    boolean interrupted = false;
    for (int i = 1; i < parts; i++) {
      while (threads[i].isAlive()) {
        try {
          threads[i].join();
        } catch (InterruptedException e) {
          // The parts end by themselves, soon; their results are needed.
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable thrown = failure.get();
    if (thrown instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (thrown instanceof Error error) {
      throw error;
    }
  }

  private static void runPart(IntConsumer part, int index, AtomicReference<Throwable> failure) {
    try {
      part.accept(index);
    } catch (RuntimeException | Error e) {
      failure.compareAndSet(null, e);
    }
  }
}
