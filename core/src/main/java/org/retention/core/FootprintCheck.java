package org.retention.core;

import org.retention.core.internal.footprint.Footprint;

/**
 * Measures what a container's own object graph still occupies, in bytes: after {@code clear()},
 * a {@code HashMap} keeps its grown table. Measured with JOL: the total shallow size of every
 * object the container reaches.
 *
 * <pre>{@code
 * map.clear();
 * long bytes = FootprintCheck.bytesOf(map);   // 1,040 for a HashMap that once held 100 entries
 * }</pre>
 */
public final class FootprintCheck {
  private FootprintCheck() {}

  /** The bytes the object graph of {@code root} occupies. */
  public static long bytesOf(Object root) {
    return Footprint.bytesOf(root);
  }
}
