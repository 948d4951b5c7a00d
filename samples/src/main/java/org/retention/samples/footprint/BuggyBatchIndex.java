package org.retention.samples.footprint;

import java.util.HashMap;
import java.util.Map;

/**
 * Clears its map between batches. {@code HashMap.clear()} empties the table but never shrinks
 * it: after one batch of 100,000 orders the importer keeps 262,144 empty slots (1 MB with
 * compressed references) until it stops.
 */
public final class BuggyBatchIndex implements BatchIndex {
  private final Map<Long, Order> orders = new HashMap<>();

  @Override
  public boolean add(Order order) {
    return orders.putIfAbsent(order.id(), order) == null;
  }

  @Override
  public void endBatch() {
    orders.clear();
  }

  @Override
  public Map<Long, Order> asMap() {
    return orders;
  }
}
