package org.retention.assertj;

import org.retention.core.explain.HoldsCheckedObjects;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.retention.core.RetentionCheck;


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

  /** The watched objects of {@code map}, each with its kind ("key" or "value"), keys first. */
  RetentionCheck.Contents contents(Map<?, ?> map) {
    return new MapContents(map, kinds);
  }

  /** A named class, not a lambda, so that a retention path through it reads plainly. */
  private record MapContents(Map<?, ?> map, List<String> kinds) implements RetentionCheck.Contents {
    @Override
    public void forEach(BiConsumer<String, Object> visitor) {
      for (String kind : kinds) {
        for (Object object : kind.equals("key") ? map.keySet() : map.values()) {
          visitor.accept(kind, object);
        }
      }
    }
  }

  String description() {
    return description;
  }
}
