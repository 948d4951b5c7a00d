package org.retention.samples.pool;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Takes maps back as they are: a pooled map keeps the last request's values until it is
 * borrowed again, and the next borrower sees them.
 */
public final class BuggyMapPool implements MapPool {
  private final Deque<Map<String, Object>> free = new ArrayDeque<>();

  @Override
  public synchronized Map<String, Object> borrow() {
    Map<String, Object> attributes = free.poll();
    return attributes != null ? attributes : new HashMap<>();
  }

  @Override
  public synchronized void giveBack(Map<String, Object> attributes) {
    free.push(attributes);
  }
}
