package org.retention.samples.pool;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Clears every map it takes back, so a pooled map holds nothing between requests. */
public final class FixedMapPool implements MapPool {
  private final Deque<Map<String, Object>> free = new ArrayDeque<>();

  @Override
  public synchronized Map<String, Object> borrow() {
    Map<String, Object> attributes = free.poll();
    return attributes != null ? attributes : new HashMap<>();
  }

  @Override
  public synchronized void giveBack(Map<String, Object> attributes) {
    attributes.clear();
    free.push(attributes);
  }
}
