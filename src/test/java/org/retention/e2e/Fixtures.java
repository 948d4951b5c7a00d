package org.retention.e2e;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.retention.core.internal.gc.GcCoordinator;
import org.retention.core.internal.gc.GcUnavailableException;

/** The maps and heap states that the child JVMs' scenarios start from. */
final class Fixtures {
  private Fixtures() {}

  /** {@code count} values {@code prefix-i}, each a fresh StringBuilder, under equal keys. */
  static Map<String, Object> values(String prefix, int count) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < count; i++) {
      map.put(prefix + "-" + i, new StringBuilder(prefix + "-" + i));
    }
    return map;
  }

  /**
   * {@code count} keys {@code prefix-i} built at run time, so that none is an interned string,
   * each mapped to a fresh StringBuilder {@code profile-i}.
   */
  static Map<String, Object> keys(String prefix, int count) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < count; i++) {
      map.put(new StringBuilder(prefix).append('-').append(i).toString(),
          new StringBuilder("profile-" + i));
    }
    return map;
  }

  /** The key of {@code map} equal to {@code name}: the very instance, not an equal copy. */
  static Object keyNamed(Map<String, Object> map, String name) {
    return map.keySet().stream().filter(name::equals).findFirst().orElseThrow();
  }

  /**
   * Full collections move every survivor out of the young generation on the generational
   * collectors. Epsilon cannot collect: its scenarios then test the assertion's own refusal.
   */
  static void promoteToOldGeneration() {
    GcCoordinator gc = GcCoordinator.shared();
    try {
      gc.collectUntil(gc.fullCollectionCount() + 2,
          System.nanoTime() + Duration.ofSeconds(30).toNanos());
    } catch (GcUnavailableException neverCollects) {
      // The assertion under test reports this itself.
    }
  }
}
