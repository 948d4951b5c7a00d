package org.retention.core.internal.gc;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The HotSpot collector this VM runs, recognised by the names of its GC MXBeans, and which of
 * those beans count whole-heap collections.
 *
 * <p>Only a whole-heap collection proves that an object is strongly reachable: a young
 * collection never looks at old objects, so its count is worthless as proof.
 */
public enum Collector {
  /** {@code -XX:+UseSerialGC}: stop-the-world full collections. */
  SERIAL("Serial", false, "MarkSweepCompact"),
  /** {@code -XX:+UseParallelGC}: stop-the-world full collections. */
  PARALLEL("Parallel", false, "PS MarkSweep"),
  /**
   * {@code -XX:+UseG1GC}: only full collections count; concurrent marking cycles are not used as
   * proof because their pauses are counted per pause, not per cycle.
   */
  G1("G1", false, "G1 Old Generation"),
  /**
   * {@code -XX:+UseZGC}: every cycle marks the whole heap (JDK 17 "ZGC Cycles"); generational ZGC
   * (JDK 21+) counts whole-heap cycles as "ZGC Major Cycles".
   */
  ZGC("ZGC", true, "ZGC Cycles", "ZGC Major Cycles", "ZGC"),
  /** {@code -XX:+UseShenandoahGC}: every cycle marks the whole heap. */
  SHENANDOAH("Shenandoah", true, "Shenandoah Cycles"),
  /** {@code -XX:+UseEpsilonGC}: never collects anything. */
  EPSILON("Epsilon", false),
  /** A collector Retention does not know; it is never trusted for a verdict. */
  UNKNOWN("an unknown collector", false);

  private final String displayName;
  private final boolean concurrent;
  private final Set<String> wholeHeapBeanNames;

  Collector(String displayName, boolean concurrent, String... wholeHeapBeanNames) {
    this.displayName = displayName;
    this.concurrent = concurrent;
    this.wholeHeapBeanNames = Set.of(wholeHeapBeanNames);
  }

  /** Recognises the collector of the running VM. */
  public static Collector current() {
    return fromBeanNames(
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName)
            .collect(Collectors.toSet()));
  }

  static Collector fromBeanNames(Set<String> names) {
    if (names.contains("Epsilon Heap")) {
      return EPSILON;
    }
    for (Collector collector : values()) {
      if (collector.wholeHeapBeanNames.stream().anyMatch(names::contains)) {
        return collector;
      }
    }
    return UNKNOWN;
  }

  /** The collector's usual name, as a user would write it: "G1", "ZGC". */
  public String displayName() {
    return displayName;
  }

  /**
   * Whether a whole-heap collection may be in progress while Java code runs. When it is, one
   * completed cycle after a reading may have started before it, so a proof needs two.
   */
  public boolean isConcurrent() {
    return concurrent;
  }

  /** Whether this collector ever reclaims memory. */
  public boolean collects() {
    return this != EPSILON && this != UNKNOWN;
  }

  List<GarbageCollectorMXBean> wholeHeapBeans() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .filter(bean -> wholeHeapBeanNames.contains(bean.getName()))
        .toList();
  }
}
