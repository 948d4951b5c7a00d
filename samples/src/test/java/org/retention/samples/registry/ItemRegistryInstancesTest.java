package org.retention.samples.registry;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.retention.junit.NoRetentionAfter;

/**
 * The registry's regression test, as a team writes it: an app-wide registry, and a test that
 * may leave no more live {@link CacheItem}s behind than it found.
 */
class ItemRegistryInstancesTest {
  static final ItemRegistry REGISTRY = new FixedItemRegistry(100);

  @Test
  @NoRetentionAfter(instancesOf = CacheItem.class)
  void clear_leaves_no_item_alive() {
    renderTenFragmentsThenClear(REGISTRY);
  }

  @Test
  void the_buggy_registry_is_caught_with_its_instance_counts() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(BuggyRegistryFixture.class))
        .execute()
        .testEvents()
        .assertThatEvents()
        .haveExactly(1, event(test("clear_leaves_no_item_alive"), finishedWithFailure(message(m ->
            m.startsWith("Expecting no more live instances after the test than before it, but 1"
                + " of 1 class has more")
            && m.matches("(?s).*" + CacheItem.class.getName().replace(".", "\\.")
                + ": \\d+ before, \\d+ after.*")))));
  }

  static void renderTenFragmentsThenClear(ItemRegistry registry) {
    for (int i = 0; i < 10; i++) {
      registry.itemFor("fragment-" + i);
    }
    registry.clear();
  }

  /** The same test on the registry as it shipped; run only through EngineTestKit above. */
  static class BuggyRegistryFixture {
    static final ItemRegistry REGISTRY = new BuggyItemRegistry(100);

    @Test
    @NoRetentionAfter(instancesOf = CacheItem.class)
    void clear_leaves_no_item_alive() {
      renderTenFragmentsThenClear(REGISTRY);
    }
  }
}
