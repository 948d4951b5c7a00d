package org.retention.samples.registry;

/**
 * Creates and keeps {@link CacheItem}s by key, evicting the oldest beyond a capacity.
 *
 * <pre>{@code
 * CacheItem header = registry.itemFor("header");   // created once, then reused
 * registry.clear();                                // after a redeploy of the templates
 * }</pre>
 */
public interface ItemRegistry {
  /** The item of {@code key}, created on first use. */
  CacheItem itemFor(String key);

  /** How many items the registry holds. */
  int size();

  /** Drops every item. */
  void clear();
}
