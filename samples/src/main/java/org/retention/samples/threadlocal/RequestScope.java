package org.retention.samples.threadlocal;

import java.util.HashMap;
import java.util.Map;

/**
 * The current request's attributes, per thread, so that code deep in a call can reach them
 * without passing them along. A pooled thread outlives its task: whatever the task leaves here
 * lives as long as the thread.
 */
public final class RequestScope {
  private static final ThreadLocal<Map<String, Object>> ATTRIBUTES =
      ThreadLocal.withInitial(HashMap::new);

  private RequestScope() {}

  /** The calling thread's request attributes. */
  public static Map<String, Object> attributes() {
    return ATTRIBUTES.get();
  }

  /** Forgets the calling thread's request attributes. */
  public static void end() {
    ATTRIBUTES.remove();
  }
}
