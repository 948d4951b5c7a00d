package org.retention.samples.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Both registries behave the same to their callers; only what a clear leaves behind differs. */
class ItemRegistryTest {

  @Test
  void both_registries_reuse_items_and_evict_the_oldest_beyond_capacity() {
    for (ItemRegistry registry : List.of(new BuggyItemRegistry(2), new FixedItemRegistry(2))) {
      CacheItem header = registry.itemFor("header");
      assertThat(registry.itemFor("header")).isSameAs(header);

      registry.itemFor("footer");
      registry.itemFor("sidebar");

      assertThat(registry.size()).isEqualTo(2);
      assertThat(registry.itemFor("header")).isNotSameAs(header);
    }
  }

  @Test
  void both_registries_are_empty_after_clear() {
    for (ItemRegistry registry : List.of(new BuggyItemRegistry(2), new FixedItemRegistry(2))) {
      registry.itemFor("header");
      registry.clear();

      assertThat(registry.size()).isZero();
    }
  }
}
