package org.retention.core.internal.gc;

import java.util.function.LongSupplier;
import javax.management.JMException;

/**
 * The in-process ways of making HotSpot collect, from cheapest to most expensive. Each one is
 * judged only by its effect: a trigger "worked" when the whole-heap collection count moved.
 */
enum CollectionTrigger {
  /** {@code System.gc()}: does nothing under {@code -XX:+DisableExplicitGC}. */
  SYSTEM_GC("System.gc()") {
    @Override
    void fire(LongSupplier count, long before, long deadlineNanos) {
      System.gc();
    }
  },
  /**
   * The DiagnosticCommand behind {@code jcmd <pid> GC.run}. HotSpot does not apply
   * {@code DisableExplicitGC} to it on Serial, Parallel, G1 and ZGC (measured on JDK 17 and 25);
   * Shenandoah ignores it under that flag.
   */
  GC_RUN("DiagnosticCommand GC.run") {
    @Override
    void fire(LongSupplier count, long before, long deadlineNanos) throws JMException {
      DiagnosticCommand.invoke("gcRun");
    }
  },
  /**
   * The live class histogram ({@code jcmd GC.class_histogram}): a full collection done as a VM
   * operation, also under {@code -XX:+ExplicitGCInvokesConcurrent} on G1.
   */
  CLASS_HISTOGRAM("live class histogram") {
    @Override
    void fire(LongSupplier count, long before, long deadlineNanos) throws JMException {
      DiagnosticCommand.classHistogram();
    }
  },
  /**
   * Allocating garbage until the collector starts a cycle by itself: the last resort, used for
   * Shenandoah under {@code DisableExplicitGC}. Bounded by the deadline and by four heaps' worth of
   * allocation, and never allowed to provoke an OutOfMemoryError (the chunks are dropped at once).
   */
  ALLOCATION("allocation pressure") {
    @Override
    void fire(LongSupplier count, long before, long deadlineNanos) {
      long budget = 4 * Runtime.getRuntime().maxMemory();
      for (long allocated = 0; allocated < budget && count.getAsLong() == before; allocated += CHUNK) {
        sink = new byte[CHUNK];
        if (System.nanoTime() - deadlineNanos > 0) {
          break;
        }
      }
      sink = null;
    }
  };

  private static final int CHUNK = 64 * 1024;

  /** Keeps the allocation trigger's chunks from being optimised away. */
  @SuppressWarnings("unused")
  private static volatile Object sink;

  private final String description;

  CollectionTrigger(String description) {
    this.description = description;
  }

  abstract void fire(LongSupplier count, long before, long deadlineNanos) throws JMException;

  String description() {
    return description;
  }
}
