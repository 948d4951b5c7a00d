/**
 * A registry of {@link org.retention.samples.registry.CacheItem}s whose {@code clear()} empties
 * its lookup map but not its eviction queue, so the items outlive the clear; the fixed registry
 * clears both. The live instance count of {@code CacheItem} is what catches it.
 */
package org.retention.samples.registry;
