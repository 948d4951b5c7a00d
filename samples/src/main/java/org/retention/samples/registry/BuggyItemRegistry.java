package org.retention.samples.registry;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps its items twice, by key and in creation order for eviction, and clears only the first:
 * after {@code clear()} the eviction queue still holds every item, until capacity pushes them
 * out, which after a clear may be never.
 */
public final class BuggyItemRegistry implements ItemRegistry {
  private final int capacity;
  private final Map<String, CacheItem> byKey = new HashMap<>();
  private final Deque<CacheItem> evictionQueue = new ArrayDeque<>();

  /** A registry of at most {@code capacity} items. */
  public BuggyItemRegistry(int capacity) {
    this.capacity = capacity;
  }

  @Override
  public synchronized CacheItem itemFor(String key) {
    CacheItem item = byKey.get(key);
    if (item == null) {
      item = create(key);
      byKey.put(key, item);
    }
    return item;
  }

  @Override
  public synchronized int size() {
    return byKey.size();
  }

  @Override
  public synchronized void clear() {
    byKey.clear();
  }

  private CacheItem create(String key) {
    if (evictionQueue.size() == capacity) {
      byKey.remove(evictionQueue.removeFirst().key());
    }
    CacheItem item = new CacheItem(key);
    evictionQueue.addLast(item);
    return item;
  }
}
