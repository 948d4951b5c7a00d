package org.retention.samples.registry;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps its items in one place, a map in creation order that evicts its eldest entry beyond
 * capacity, so {@code clear()} has nothing else to forget.
 */
public final class FixedItemRegistry implements ItemRegistry {
  private final Map<String, CacheItem> byKey;

  /** A registry of at most {@code capacity} items. */
  public FixedItemRegistry(int capacity) {
    this.byKey = new LinkedHashMap<>() {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, CacheItem> eldest) {
        return size() > capacity;
      }
    };
  }

  @Override
  public synchronized CacheItem itemFor(String key) {
    return byKey.computeIfAbsent(key, CacheItem::new);
  }

  @Override
  public synchronized int size() {
    return byKey.size();
  }

  @Override
  public synchronized void clear() {
    byKey.clear();
  }
}
