package org.retention.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.platform.testkit.engine.Events;
import org.opentest4j.AssertionFailedError;

@Isolated("counts live instances VM-wide")
class NoHeapGrowth_Test {
  static final String ENGINE_RUNS = "retention.growth.engineRuns";

  static class CleanFixture {
    @RepeatedTest(24)
    @NoHeapGrowth
    void handles() {
      Handlers.forgetAfterwards("alice");
    }
  }

  static class LeakingFixture {
    @RepeatedTest(24)
    @NoHeapGrowth
    void handles() {
      Handlers.rememberForever("alice");
    }
  }

  static class MisplacedFixture {
    @Test
    @NoHeapGrowth
    void handlesOnce() {}
  }

  @RepeatedTest(24)
  @NoHeapGrowth
  void should_pass_a_clean_repeated_test_under_the_build_tool_itself() {
    Handlers.forgetAfterwards("bob");
  }

  /**
   * Inside EngineTestKit, whose event lists grow with every repetition. Repeats {@value
   * #ENGINE_RUNS} times (default once) to measure false positives.
   */
  @Test
  void should_pass_every_repetition_of_a_clean_test() {
    for (int run = 0; run < Integer.getInteger(ENGINE_RUNS, 1); run++) {
      // WHEN
      Events events = Fixtures.run(CleanFixture.class);
      // THEN
      events.assertStatistics(stats -> stats.started(24).succeeded(24).failed(0));
    }
  }

  @Test
  void should_fail_the_last_repetition_of_a_leaking_test_with_the_path() {
    // WHEN
    Events events = Fixtures.run(LeakingFixture.class);
    // THEN
    events.assertStatistics(stats -> stats.started(24).succeeded(23).failed(1));
    events.assertThatEvents().haveExactly(1, event(test("test-template-invocation:#24"),
        finishedWithFailure(instanceOf(AssertionFailedError.class), message(text -> text
            .startsWith("Expecting the repetitions of " + LeakingFixture.class.getName()
                + "#handles not to leak, but objects of ")
            && text.contains("org.retention.junit.Handlers$Request: 1 instance and 16 bytes"
                + " retained per repetition")
            && text.contains("GC root: static field org.retention.junit.Handlers.SEEN")
            && text.contains("    ArrayList.elementData")
            && text.contains("<- piles up here: java.lang.Object[] holds ")
            && text.contains("leak fingerprint: ")))));
    assertThat(Handlers.SEEN).hasSizeGreaterThanOrEqualTo(24);
    Handlers.SEEN.clear();
  }

  @Test
  void should_refuse_a_test_that_is_not_repeated() {
    // WHEN
    Events events = Fixtures.run(MisplacedFixture.class);
    // THEN
    events.assertThatEvents().haveExactly(1, event(test("handlesOnce"), finishedWithFailure(
        message(text -> text.startsWith("@NoHeapGrowth measures growth across repetitions: put it"
            + " on a @RepeatedTest method")))));
  }
}
