package org.retention.core.internal.count;

import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.management.JMException;
import org.retention.core.internal.gc.DiagnosticCommand;
import org.retention.core.internal.gc.GcCoordinator;
import org.retention.core.internal.gc.GcUnavailableException;

/**
 * Counts the live instances of classes, subclasses included, the way the VM itself counts them:
 * with a live class histogram ({@code jcmd <pid> GC.class_histogram}).
 *
 * <pre>{@code
 * long before = LiveInstances.count(List.of(Session.class), Duration.ofSeconds(10)).of(Session.class);
 * cache.logoutAll();
 * long after = LiveInstances.count(List.of(Session.class), Duration.ofSeconds(10)).of(Session.class);
 * }</pre>
 *
 * <p><b>What a count means.</b> The objects reachable at the end of a whole-heap collection that
 * the {@link GcCoordinator} proved began after this method was called: unreachable objects are not
 * counted, strongly reachable ones are, and so are softly reachable ones (HotSpot clears soft
 * references only under memory pressure). On Serial, Parallel, G1 and generational ZGC the live
 * histogram is itself that collection. On ZGC (JDK 17) and Shenandoah it is not (it walks the heap
 * from its roots without collecting): there a proven whole-heap cycle is driven first, so the count
 * is what that walk finds reachable just after it.
 *
 * <p><b>Limits.</b> The histogram counts VM-wide, so objects that other threads hold at that
 * moment count too. It names classes, not class loaders: same-named classes of different loaders
 * are counted together. Subclasses are found among the histogram's classes that the counted
 * class's loader or the thread's context loader can see; hidden classes (lambdas) are skipped.
 */
public final class LiveInstances {
  /** Packages whose classes only the boot and platform loaders define. */
  private static final List<String> JDK_PACKAGES =
      List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

  static {
    // The parser's first use compiles its pattern and links the code it calls: done before the
    // VM's first count, not after it, where a growth check would count it as the action's.
    ClassHistogram.parse("   1:             1             16  java.lang.Object (java.base)");
  }

  private LiveInstances() {}

  /**
   * Counts the live instances of each of {@code types}, subclasses included, after a proven
   * whole-heap collection.
   *
   * @param types classes, interfaces or array classes; not primitive types
   * @param timeout how long to try to make the VM collect
   * @throws GcUnavailableException the VM could not be made to collect in time, or has no live
   *     class histogram (not HotSpot)
   */
  public static InstanceCounts count(List<? extends Class<?>> types, Duration timeout)
      throws GcUnavailableException {
    Objects.requireNonNull(timeout, "timeout");
    types.forEach(LiveInstances::requireCountable);
    long start = System.nanoTime();
    ClassHistogram histogram = histogram(timeout);
    Map<Class<?>, Long> instances = new LinkedHashMap<>();
    Map<String, Optional<Class<?>>> resolved = new HashMap<>();
    for (Class<?> type : types) {
      instances.put(type, instancesOf(type, histogram, resolved));
    }
    return new InstanceCounts(instances, GcCoordinator.shared().collector(),
        Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * The live class histogram of the whole heap, taken after a proven whole-heap collection that
   * began after this call, as {@link #count} describes.
   *
   * @param timeout how long to try to make the VM collect
   * @throws GcUnavailableException the VM could not be made to collect in time, or has no live
   *     class histogram (not HotSpot)
   */
  public static ClassHistogram histogram(Duration timeout) throws GcUnavailableException {
    long deadline = System.nanoTime() + timeout.toNanos();
    GcCoordinator gc = GcCoordinator.shared();
    long target = gc.fullCollectionCount() + gc.incrementsProvingFreshCollection();
    ClassHistogram histogram = liveHistogram();
    if (gc.fullCollectionCount() < target) {
      gc.collectUntil(target, deadline);
      histogram = liveHistogram();
    }
    return histogram;
  }

  private static void requireCountable(Class<?> type) {
    Objects.requireNonNull(type, "type");
    if (type.isPrimitive()) {
      throw new IllegalArgumentException(
          type.getName() + " is a primitive type: it has no instances to count");
    }
  }

  private static long instancesOf(
      Class<?> type, ClassHistogram histogram, Map<String, Optional<Class<?>>> resolved) {
    if (Modifier.isFinal(type.getModifiers()) && !type.isArray()) {
      return histogram.instancesOf(type.getName());
    }
    boolean userType = !type.isArray() && !definedByJdk(type);
    long count = 0;
    for (Map.Entry<String, Long> row : histogram.instancesByName().entrySet()) {
      String name = row.getKey();
      if (name.equals(type.getName())) {
        count += row.getValue();
      } else if (!name.contains("/") && !(userType && inJdkPackage(name))
          && resolved.computeIfAbsent(name, n -> resolve(n, type))
              .filter(type::isAssignableFrom).isPresent()) {
        count += row.getValue();
      }
    }
    return count;
  }

  /** A class outside the JDK cannot be the superclass or interface of a JDK class. */
  private static boolean definedByJdk(Class<?> type) {
    ClassLoader loader = type.getClassLoader();
    return loader == null || loader == ClassLoader.getPlatformClassLoader();
  }

  private static boolean inJdkPackage(String name) {
    return JDK_PACKAGES.stream().anyMatch(name::startsWith);
  }

  private static Optional<Class<?>> resolve(String name, Class<?> type) {
    ClassLoader own = type.getClassLoader();
    for (ClassLoader loader :
        new ClassLoader[] {own, Thread.currentThread().getContextClassLoader()}) {
      try {
        return Optional.of(Class.forName(name, false, loader));
      } catch (ClassNotFoundException | LinkageError notVisible) {
        // try the next loader
      }
    }
    return Optional.empty();
  }

  private static ClassHistogram liveHistogram() throws GcUnavailableException {
    try {
      return ClassHistogram.parse(DiagnosticCommand.classHistogram());
    } catch (JMException | RuntimeException e) {
      throw new GcUnavailableException(
          "This VM cannot take a live class histogram, so live instances cannot be counted: " + e);
    }
  }
}
