package org.retention.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.retention.core.explain.ExplainSettings;

/**
 * In a parallel suite, with repetitions in JUnit's concurrent mode, a growth check still judges
 * only its own repetitions: no neighbour's objects, no repetition counted twice.
 */
@Isolated("counts live instances VM-wide")
class NoHeapGrowth_parallel_Test {
  /** What the neighbour keeps while the growth check runs: objects of its own, never freed. */
  static final List<Object> NEIGHBOUR = new ArrayList<>();

  static class CleanFixture {
    @RepeatedTest(40)
    @NoHeapGrowth
    void handles() {
      Handlers.forgetAfterwards("alice");
    }
  }

  static class LeakingFixture {
    @RepeatedTest(40)
    @NoHeapGrowth
    void handles() {
      Handlers.rememberForever("alice");
    }
  }

  /** Tests that allocate and keep objects, which a VM-wide count would take for growth. */
  static class NeighbourFixture {
    @RepeatedTest(60)
    void keeps() {
      synchronized (NEIGHBOUR) {
        NEIGHBOUR.add(new StringBuilder("kept by a neighbour"));
      }
    }
  }

  @AfterEach
  void forget() {
    Handlers.SEEN.clear();
    NEIGHBOUR.clear();
  }

  @Test
  void should_pass_a_clean_growth_check_beside_neighbours_in_concurrent_mode() {
    // WHEN
    Events events = runInParallel(CleanFixture.class, NeighbourFixture.class);
    // THEN
    events.assertStatistics(stats -> stats.started(100).succeeded(100).failed(0));
  }

  @Test
  void should_fail_a_leaking_growth_check_once_in_concurrent_mode() {
    // WHEN
    Events events = runInParallel(LeakingFixture.class, NeighbourFixture.class);
    // THEN
    events.assertStatistics(stats -> stats.started(100).succeeded(99).failed(1));
    events.assertThatEvents().haveExactly(1, event(test("test-template-invocation:#40"),
        finishedWithFailure()));
  }

  private static Events runInParallel(Class<?>... fixtures) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(java.util.Arrays.stream(fixtures).map(type -> selectClass(type))
            .toArray(org.junit.platform.engine.DiscoverySelector[]::new))
        .configurationParameters(Map.of(ExplainSettings.EXPLAIN, "false",
            "junit.jupiter.execution.parallel.enabled", "true",
            "junit.jupiter.execution.parallel.mode.default", "concurrent",
            "junit.jupiter.execution.parallel.mode.classes.default", "concurrent"))
        .execute().testEvents();
  }
}
