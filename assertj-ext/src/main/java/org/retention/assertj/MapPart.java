package org.retention.assertj;

import org.retention.core.explain.HoldsCheckedObjects;
import org.retention.core.probe.DescribeMode;
import java.util.List;
import java.util.Map;
import org.retention.core.internal.text.Descriptions;
import org.retention.core.probe.RetentionProbe;

/** Which objects of a map an assertion proves collectable. */
@HoldsCheckedObjects
enum MapPart {
  VALUES("map values", "value"),
  KEYS("map keys", "key"),
  /**
   * Keys and values: many maps (ConcurrentHashMap, TreeMap views) create their {@code Map.Entry}
   * objects on the fly, so the entries themselves would prove nothing.
   */
  ENTRIES("map entries (keys and values)", "key", "value");

  private final String description;
  private final List<String> kinds;

  MapPart(String description, String... kinds) {
    this.description = description;
    this.kinds = List.of(kinds);
  }

  /** Each watched object of {@code map} with its kind ("key" or "value"), keys first. */
  void forEach(Map<?, ?> map, ObjectVisitor visitor) {
    for (String kind : kinds) {
      for (Object object : kind.equals("key") ? map.keySet() : map.values()) {
        if (object != null && !visitor.visit(kind, object)) {
          return;
        }
      }
    }
  }

  /**
   * A probe of this part of {@code map}. Kept in its own method so that no frame outlives the
   * iteration with a watched object in a local variable.
   */
  RetentionProbe probe(Map<?, ?> map, DescribeMode describe) {
    RetentionProbe.Builder builder = RetentionProbe.builder().describedAs(describe);
    for (String kind : kinds) {
      builder.watchAll(kind, kind.equals("key") ? map.keySet() : map.values());
    }
    return builder.build();
  }

  String description() {
    return description;
  }

  /** Visits watched objects; returns false to stop. */
  @FunctionalInterface
  interface ObjectVisitor {
    boolean visit(String kind, Object object);
  }
}
