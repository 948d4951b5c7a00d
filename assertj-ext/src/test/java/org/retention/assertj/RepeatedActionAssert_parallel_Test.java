package org.retention.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.retention.assertj.RetentionAssertions.assertThatRepeated;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * {@code assertThatRepeated} cannot choose when it runs: in a parallel suite, neighbours allocate
 * and keep objects during its windows. Confirmation follows growth until it stops, so the
 * neighbours' objects never make a clean action a leak, and a leaking one is still found alone.
 */
@Isolated("runs its own parallel suite")
class RepeatedActionAssert_parallel_Test {
  private static final Map<String, String> CONCURRENT = Map.of(
      "retention.explain", "true",
      "junit.jupiter.execution.parallel.enabled", "true",
      "junit.jupiter.execution.parallel.mode.default", "concurrent",
      "junit.jupiter.execution.parallel.config.strategy", "fixed",
      "junit.jupiter.execution.parallel.config.fixed.parallelism", "4");
  /** What the neighbours keep: objects of their own, freed only after the run. */
  static final List<Object> KEPT_BY_NEIGHBOURS = new CopyOnWriteArrayList<>();

  /** Neighbours that allocate and keep while the growth checks run. */
  abstract static class WithNeighbours {
    @RepeatedTest(60)
    void neighbourKeeps() throws InterruptedException {
      for (int i = 0; i < 20; i++) {
        KEPT_BY_NEIGHBOURS.add(new StringBuilder("kept by a neighbour " + i));
      }
      Thread.sleep(5);
    }
  }

  static class CleanFixture extends WithNeighbours {
    @Test void first() { assertThatRepeated(Subscriptions::subscribeForOneRequest).doesNotLeak(); }
    @Test void second() { assertThatRepeated(Subscriptions::subscribeForOneRequest).doesNotLeak(); }
    @Test void third() { assertThatRepeated(Subscriptions::subscribeForOneRequest).doesNotLeak(); }
  }

  static class LeakingFixture extends WithNeighbours {
    @Test void leaks() { assertThatRepeated(Subscriptions::subscribeForever).doesNotLeak(); }
  }

  @AfterEach
  void forget() {
    KEPT_BY_NEIGHBOURS.clear();
    Subscriptions.SUBSCRIBERS.clear();
  }

  @Test
  void should_pass_clean_actions_beside_neighbours_that_keep_objects() {
    // WHEN
    Events events = runInParallel(CleanFixture.class);
    // THEN
    assertThat(failures(events)).isEmpty();
    events.assertStatistics(stats -> stats.started(63).succeeded(63).failed(0));
  }

  @Test
  void should_fail_a_leaking_action_with_its_own_objects_only() {
    // WHEN
    Events events = runInParallel(LeakingFixture.class);
    // THEN
    events.assertStatistics(stats -> stats.started(61).succeeded(60).failed(1));
    assertThat(failures(events)).singleElement().asString().contains("GC root: static field " + Subscriptions.class.getName()
        + ".SUBSCRIBERS", "-> " + Subscriptions.Subscriber.class.getName())
        .doesNotContain("KEPT_BY_NEIGHBOURS", "java.lang.StringBuilder");
  }

  private static List<String> failures(Events events) {
    return events.failed().stream().map(event -> event
        .getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class)
        .getThrowable().map(Throwable::getMessage).orElse("")).toList();
  }

  private static Events runInParallel(Class<?> fixture) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture))
        .configurationParameters(CONCURRENT).execute().testEvents();
  }
}
