package org.retention.core.footprint;

import java.util.Objects;
import org.openjdk.jol.info.GraphLayout;

/**
 * Measures the bytes that an object and everything it references occupy on this VM's heap,
 * with JOL, which reads the VM's real object layout (headers, compressed references, padding).
 *
 * <pre>{@code
 * Map<String, byte[]> map = new HashMap<>();
 * ...                           // 1,000 puts
 * map.clear();
 * Footprint.bytesOf(map);       // about 8 KB: a cleared HashMap keeps its grown table
 * }</pre>
 *
 * <p>The graph is everything reachable from the root through reference fields, shared objects
 * counted once; static fields are not followed.
 */
public final class Footprint {
  private Footprint() {}

  /** The total bytes of {@code root}'s object graph. */
  public static long bytesOf(Object root) {
    Objects.requireNonNull(root, "root");
    return GraphLayout.parseInstance(root).totalSize();
  }
}
