package org.retention.core.internal.count;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.retention.core.internal.gc.Collector;

/**
 * Live instances per class, counted by {@link LiveInstances#count}. Immutable; holds no counted
 * object.
 *
 * @param instances per requested class, in request order: its live instances, subclasses included
 * @param collector the VM's collector
 * @param elapsed the time the counting took, full collections included
 */
public record InstanceCounts(Map<Class<?>, Long> instances, Collector collector, Duration elapsed) {

  /** Validates and copies. */
  public InstanceCounts {
    instances = Collections.unmodifiableMap(new LinkedHashMap<>(instances));
    Objects.requireNonNull(collector, "collector");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /**
   * The live instances of {@code type}, subclasses included.
   *
   * @throws IllegalArgumentException when {@code type} was not counted
   */
  public long of(Class<?> type) {
    Long count = instances.get(type);
    if (count == null) {
      throw new IllegalArgumentException(type.getName() + " was not counted");
    }
    return count;
  }
}
