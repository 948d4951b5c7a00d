package org.retention.samples.registry;

import java.util.List;
import org.retention.core.CheckResult;
import org.retention.core.CheckSettings;
import org.retention.core.InstanceCheck;
import org.retention.samples.LeakScenario;

/**
 * The item-registry sample, in the demo. Its regression test is {@code
 * ItemRegistryInstancesTest}, which uses {@code @NoRetentionAfter(instancesOf = CacheItem.class)};
 * outside JUnit the demo counts the same live instances through core's {@link InstanceCheck}.
 */
public final class RegistryScenario {
  /** The shipped registry, then the fixed one, under the same check. */
  public static final LeakScenario SCENARIO = LeakScenario.leak(
      "Item registry whose clear() forgets its eviction queue",
      "items live in one LinkedHashMap",
      () -> assertClearDropsItems(new BuggyItemRegistry(100)),
      () -> assertClearDropsItems(new FixedItemRegistry(100)));

  private RegistryScenario() {}

  /**
   * Renders ten fragments, clears the registry, and checks that no more {@link CacheItem}s are
   * alive than before.
   *
   * @throws AssertionError with the counts before and after
   */
  public static void assertClearDropsItems(ItemRegistry registry) {
    InstanceCheck check = InstanceCheck.countingBefore(
        List.of(CacheItem.class), CheckSettings.fromSystemProperties());
    for (int i = 0; i < 10; i++) {
      registry.itemFor("fragment-" + i);
    }
    registry.clear();
    CheckResult result = check.noMoreAfter("clear()", 0);
    if (result.failed()) {
      throw new AssertionError(result.failureMessage());
    }
  }
}
