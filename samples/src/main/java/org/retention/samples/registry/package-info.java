/**
 * A registry of {@link org.retention.samples.registry.CacheItem}s whose {@code clear()} empties
 * its lookup map but not its eviction queue, so the items outlive the clear; the fixed registry
 * keeps them in one place. The live instance count of {@code CacheItem} is what catches it.
 */
package org.retention.samples.registry;
