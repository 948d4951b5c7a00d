package org.retention.e2e.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.retention.junit.NoHeapGrowth;

/**
 * {@code @NoHeapGrowth} end to end: inside EngineTestKit (whose event lists grow with every
 * repetition) a clean {@code @RepeatedTest} passes and a leaking one fails on its last repetition;
 * and a clean one passes under surefire itself.
 */
@Isolated("counts live instances VM-wide")
class NoHeapGrowthEndToEndTest {

  @AfterEach
  void forget() {
    RepeatedTestFixture.VISITS.clear();
  }

  @RepeatedTest(30)
  @NoHeapGrowth
  void should_pass_a_clean_repeated_test_under_surefire() {
    RepeatedTestFixture.VISITS.add(new RepeatedTestFixture.Visit("bob"));
    RepeatedTestFixture.VISITS.clear();
  }

  @Test
  void should_pass_every_repetition_of_a_clean_test_inside_engine_test_kit() {
    // WHEN
    Events events = run(RepeatedTestFixture.Clean.class);
    // THEN
    events.assertStatistics(stats -> stats.started(30).succeeded(30).failed(0));
  }

  @Test
  void should_fail_only_the_last_repetition_of_a_leaking_test_inside_engine_test_kit() {
    // WHEN
    Events events = run(RepeatedTestFixture.Leaking.class);
    // THEN
    events.assertStatistics(stats -> stats.started(30).succeeded(29).failed(1));
    events.assertThatEvents().haveExactly(1, event(test("test-template-invocation:#30"),
        finishedWithFailure(message(text -> text.contains(
            "org.retention.e2e.growth.RepeatedTestFixture$Visit: 1 instance and ")
            && text.contains("GC root: static field org.retention.e2e.growth.RepeatedTestFixture.VISITS")
            && text.contains("<- piles up here: java.lang.Object[] holds ")))));
    assertThat(RepeatedTestFixture.VISITS).hasSize(30);
  }

  private static Events run(Class<?> fixture) {
    // The fixtures record in this JVM's report: its gate is VM-wide, and a launcher that gave
    // it another directory would be refused.
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture))
        .execute().testEvents();
  }
}
