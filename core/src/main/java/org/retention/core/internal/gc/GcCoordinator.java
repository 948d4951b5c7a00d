package org.retention.core.internal.gc;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.management.JMException;

/**
 * The VM-wide source of proven whole-heap collections, shared by every probe in every thread.
 *
 * <p>A caller reads {@link #fullCollectionCount()} after its objects became unreachable, then asks
 * {@link #collectUntil} for the count it needs. At most one thread drives a collection at a time;
 * the others wait for it, and one collection serves all of them, because a collection that
 * started after a caller's reading proves as much for that caller as one of its own. Nothing
 * here ever marks an object or keeps one alive, so no caller can spoil another's verdict.
 *
 * <p>Proof comes from the whole-heap collectors' MXBean counts, never from elapsed time: for a
 * stop-the-world collector one increment after a reading is one full collection that began after
 * it; for a concurrent collector (ZGC, Shenandoah) a cycle may have been running during the
 * reading, so {@link #incrementsProvingFreshCollection()} is two.
 */
public final class GcCoordinator {
  private static final GcCoordinator SHARED = new GcCoordinator(Collector.current());

  private final Collector collector;
  private final List<GarbageCollectorMXBean> wholeHeapBeans;
  /** Triggers still believed to work; one that once failed to move the count is dropped. */
  private final List<CollectionTrigger> triggers;
  private final List<String> failedTriggers = new CopyOnWriteArrayList<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition collectionFinished = lock.newCondition();
  private boolean collecting;

  private GcCoordinator(Collector collector) {
    this.collector = collector;
    this.wholeHeapBeans = collector.wholeHeapBeans();
    this.triggers = new CopyOnWriteArrayList<>(initialTriggers());
  }

  /** The one coordinator of this VM. */
  public static GcCoordinator shared() {
    return SHARED;
  }

  /** The collector this VM runs. */
  public Collector collector() {
    return collector;
  }

  /** Whole-heap collections completed since the VM started, as its GC MXBeans count them. */
  public long fullCollectionCount() {
    long count = 0;
    for (GarbageCollectorMXBean bean : wholeHeapBeans) {
      count += Math.max(0, bean.getCollectionCount());
    }
    return count;
  }

  /**
   * How many increments of {@link #fullCollectionCount()} after a reading guarantee that a
   * whole-heap collection began after that reading.
   */
  public int incrementsProvingFreshCollection() {
    return collector.isConcurrent() ? 2 : 1;
  }

  /**
   * Returns once {@link #fullCollectionCount()} has reached {@code target}, making the VM collect
   * as often as needed (usually once), or throws when it cannot be made to collect in time.
   *
   * @param target the count to reach
   * @param deadlineNanos a {@link System#nanoTime()} value after which to give up
   * @throws GcUnavailableException the collector never collects, no trigger moved the count, or
   *     the deadline passed; the message says which and what to change
   */
  public void collectUntil(long target, long deadlineNanos) throws GcUnavailableException {
    Interrupts.whileCleared(() -> {
      collectClearedUntil(target, deadlineNanos);
      return null;
    });
  }

  private void collectClearedUntil(long target, long deadlineNanos)
      throws GcUnavailableException {
    if (!collector.collects()) {
      throw new GcUnavailableException(neverCollectsMessage());
    }
    while (fullCollectionCount() < target) {
      if (!becomeTheCollectingThread(target, deadlineNanos)) {
        continue;
      }
      try {
        collectOnce(deadlineNanos);
      } finally {
        lock.lock();
        try {
          collecting = false;
          collectionFinished.signalAll();
        } finally {
          lock.unlock();
        }
      }
    }
  }

  /**
   * Waits while another thread collects; returns true when this thread must collect itself, false
   * when the count should be read again.
   */
  private boolean becomeTheCollectingThread(long target, long deadlineNanos)
      throws GcUnavailableException {
    lock.lock();
    try {
      if (fullCollectionCount() >= target) {
        return false;
      }
      if (!collecting) {
        collecting = true;
        return true;
      }
      long remaining = deadlineNanos - System.nanoTime();
      if (remaining <= 0) {
        throw new GcUnavailableException(deadlineMessage());
      }
      collectionFinished.awaitNanos(Math.min(remaining, TimeUnit.MILLISECONDS.toNanos(100)));
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GcUnavailableException("Interrupted while waiting for a full garbage collection.");
    } finally {
      lock.unlock();
    }
  }

  private void collectOnce(long deadlineNanos) throws GcUnavailableException {
    long before = fullCollectionCount();
    for (CollectionTrigger trigger : triggers) {
      String error = fire(trigger, before, deadlineNanos);
      if (fullCollectionCount() != before) {
        return;
      }
      if (System.nanoTime() - deadlineNanos > 0) {
        throw new GcUnavailableException(deadlineMessage());
      }
      triggers.remove(trigger);
      failedTriggers.add(trigger.description() + (error == null ? "" : " (" + error + ")"));
    }
    throw new GcUnavailableException(noTriggerWorksMessage());
  }

  private String fire(CollectionTrigger trigger, long before, long deadlineNanos) {
    try {
      trigger.fire(this::fullCollectionCount, before, deadlineNanos);
      return null;
    } catch (JMException | RuntimeException e) {
      return e.toString();
    }
  }

  private static List<CollectionTrigger> initialTriggers() {
    List<CollectionTrigger> triggers = new ArrayList<>();
    if (!explicitGcDisabled()) {
      triggers.add(CollectionTrigger.SYSTEM_GC);
    }
    triggers.add(CollectionTrigger.GC_RUN);
    triggers.add(CollectionTrigger.CLASS_HISTOGRAM);
    triggers.add(CollectionTrigger.ALLOCATION);
    return triggers;
  }

  /** Whether the VM runs with {@code -XX:+DisableExplicitGC}. */
  public static boolean explicitGcDisabled() {
    try {
      return Boolean.parseBoolean(
          ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
              .getVMOption("DisableExplicitGC")
              .getValue());
    } catch (RuntimeException notHotSpot) {
      return false;
    }
  }

  private String neverCollectsMessage() {
    return collector == Collector.EPSILON
        ? "The Epsilon collector (-XX:+UseEpsilonGC) never collects garbage, so no object can ever"
            + " be proven collectable. Run these tests with a collecting GC (G1, Parallel, Serial,"
            + " ZGC or Shenandoah)."
        : "Retention does not recognise this VM's garbage collector (GC MXBeans: "
            + beanNames()
            + "), so it cannot prove that a full collection happened. Run these tests with G1,"
            + " Parallel, Serial, ZGC or Shenandoah.";
  }

  private String noTriggerWorksMessage() {
    return "Could not make the "
        + collector.displayName()
        + " collector run a full garbage collection: tried "
        + String.join(", ", failedTriggers)
        + (explicitGcDisabled() ? "; -XX:+DisableExplicitGC is set, remove it for these tests" : "")
        + ".";
  }

  private String deadlineMessage() {
    return "Could not complete a proven full garbage collection on "
        + collector.displayName()
        + " in time"
        + (explicitGcDisabled()
            ? ": -XX:+DisableExplicitGC is set, so Retention had to wait for "
                + collector.displayName()
                + " to start cycles by itself; remove the flag for these tests, or allow more time"
            : "; allow more time")
        + ".";
  }

  private String beanNames() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName)
        .toList()
        .toString();
  }
}
