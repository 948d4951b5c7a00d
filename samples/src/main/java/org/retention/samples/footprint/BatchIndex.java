package org.retention.samples.footprint;

import java.util.Map;

/**
 * The orders of the batch being imported, by id, to find duplicates and cross-references. It
 * lives as long as the importer; each batch ends with {@link #endBatch()}.
 */
public interface BatchIndex {
  /** Indexes {@code order}; returns false when its id was already seen in this batch. */
  boolean add(Order order);

  /** Forgets the batch's orders, ready for the next batch. */
  void endBatch();

  /** The index itself, live. */
  Map<Long, Order> asMap();
}
