package org.retention.samples.footprint;

import java.util.HashMap;
import java.util.Map;

/**
 * Replaces its map between batches, so the large table goes with the large batch. When every
 * batch is large, the other fix is to size the map once for the usual batch and budget for it.
 */
public final class FixedBatchIndex implements BatchIndex {
  private Map<Long, Order> orders = new HashMap<>();

  @Override
  public boolean add(Order order) {
    return orders.putIfAbsent(order.id(), order) == null;
  }

  @Override
  public void endBatch() {
    orders = new HashMap<>();
  }

  @Override
  public Map<Long, Order> asMap() {
    return orders;
  }
}
