package org.retention.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * {@code @NoContextRetention} and the context cache: with {@code spring.test.context.cache.maxSize=1}
 * each class's context load evicts the previous class's context, which must then be collectable.
 * The cache reads its size once per JVM, so the fixtures run in a child JVM; the child also
 * establishes each truth without Retention (a weak reference to the context, then {@code
 * System.gc()} calls, {@link Fixtures#outcome}).
 */
class NoContextRetention_eviction_Test {
  private static final List<String> CACHE_OF_ONE = List.of("-Dspring.test.context.cache.maxSize=1");

  /** Leaves its leaking context in the cache: no {@code @DirtiesContext}. */
  @NoContextRetention @SpringJUnitConfig(Beans.LeakingConfig.class)
  static class CachedLeakingFixture extends ContextUser {}

  /** Its context load evicts the previous class's; its own is released when evicted. */
  @NoContextRetention @SpringJUnitConfig(Beans.FixedConfig.class)
  static class NextFixture extends ContextUser {}

  /** Evicts {@link NextFixture}'s context, which its fixed listener lets go. */
  @NoContextRetention @SpringJUnitConfig(Beans.SelfRegisteringConfig.class)
  static class LastFixture extends ContextUser {}

  @Test
  void should_fail_the_class_whose_context_load_evicted_a_leaking_context_naming_its_owner()
      throws IOException, InterruptedException {
    // WHEN three classes run with a cache of one context
    String output = ChildJvm.run(CACHE_OF_ONE,
        CachedLeakingFixture.class, NextFixture.class, LastFixture.class);
    // THEN the leaking context stays cached through its own class, which passes
    assertThat(output).contains("CachedLeakingFixture: passed" + System.lineSeparator()
        + "collected: false" + System.lineSeparator());
    // AND the next class, whose load evicted it, fails naming the class that used it; measured
    // without Retention, the evicted context is not collected (nor is the next, still cached)
    assertThat(output)
        .contains("collected: false, false" + System.lineSeparator())
        .contains("NextFixture: failed (0 tests)" + System.lineSeparator()
            + "java.lang.AssertionError: Expecting closed application contexts to be collectable"
            + " after the TestContext framework closed them, but 1 of 1 is still strongly reachable")
        .contains(" of " + CachedLeakingFixture.class.getName()
            + ", evicted from the context cache while " + NextFixture.class.getName() + " ran (")
        .contains("  GC root: static field " + Registry.class.getName() + ".INSTANCES")
        .contains("  leak fingerprint: ");
    // AND an evicted context that is released (collected, measured without Retention) passes the
    // class that evicted it
    assertThat(output).contains("LastFixture: passed" + System.lineSeparator()
        + "collected: false, true, false" + System.lineSeparator());
  }
}
