package org.retention.samples.registry;

import java.time.Duration;
import java.util.List;
import org.retention.core.internal.count.InstanceCounts;
import org.retention.core.internal.count.LiveInstances;
import org.retention.core.internal.gc.GcUnavailableException;
import org.retention.samples.LeakScenario;

/**
 * The item-registry sample, in the demo. Its regression test is {@code
 * ItemRegistryInstancesTest}, which uses {@code @NoRetentionAfter(instancesOf = CacheItem.class)};
 * outside JUnit the demo counts the same live instances through {@link LiveInstances}.
 */
public final class RegistryScenario {
  /** The shipped registry, then the fixed one, under the same check. */
  public static final LeakScenario SCENARIO = LeakScenario.leak(
      "Item registry whose clear() forgets its eviction queue",
      "items live in one LinkedHashMap",
      () -> assertClearDropsItems(new BuggyItemRegistry(100)),
      () -> assertClearDropsItems(new FixedItemRegistry(100)));

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private RegistryScenario() {}

  /**
   * Renders ten fragments, clears the registry, and checks that no more {@link CacheItem}s are
   * alive than before.
   *
   * @throws AssertionError with the counts before and after
   */
  public static void assertClearDropsItems(ItemRegistry registry) {
    long before = liveItems();
    for (int i = 0; i < 10; i++) {
      registry.itemFor("fragment-" + i);
    }
    registry.clear();
    long after = liveItems();
    if (after > before) {
      throw new AssertionError(String.format("Expecting no more live %s instances after clear()"
          + " than before it, but %d before, %d after", CacheItem.class.getName(), before, after));
    }
  }

  private static long liveItems() {
    try {
      InstanceCounts counts = LiveInstances.count(List.of(CacheItem.class), TIMEOUT);
      return counts.of(CacheItem.class);
    } catch (GcUnavailableException e) {
      throw new AssertionError("no live instance count could be taken: " + e.getMessage(), e);
    }
  }
}
