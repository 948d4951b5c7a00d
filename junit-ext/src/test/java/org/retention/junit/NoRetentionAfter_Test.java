package org.retention.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;
import static org.retention.junit.Fixtures.LEAKED;
import static org.retention.junit.Fixtures.reachableAfterFullGcs;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.Events;
import org.opentest4j.AssertionFailedError;

class NoRetentionAfter_Test {

  @AfterEach
  void forgetLeaks() {
    LEAKED.clear();
  }

  @NoRetentionAfter
  static class ClassLevelFixture {
    @Test
    void releases(RetentionTracker tracker) {
      tracker.track(new StringBuilder("kept briefly"));
    }

    @Test
    void leaks(RetentionTracker tracker) {
      LEAKED.add(tracker.track(new StringBuilder("leaked")));
    }

    @Nested
    class Inner {
      @Test
      void leaksInANestedClass(RetentionTracker tracker) {
        LEAKED.add(tracker.track(new StringBuilder("leaked from nested")));
      }
    }
  }

  @Test
  void applies_a_class_annotation_to_every_test_also_of_nested_classes() {
    Events events = Fixtures.run(ClassLevelFixture.class);

    events.assertStatistics(stats -> stats.started(3).succeeded(1).failed(2));
    events.assertThatEvents()
        .haveExactly(1, event(test("releases"), finishedSuccessfully()))
        .haveExactly(1, event(test("leaks"), finishedWithFailure(message(m ->
            m.endsWith("  object \"leaked\" (java.lang.StringBuilder)")))))
        .haveExactly(1, event(test("leaksInANestedClass"), finishedWithFailure(message(m ->
            m.endsWith("  object \"leaked from nested\" (java.lang.StringBuilder)")))));
  }

  /** A team's own test annotation that carries the check. */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @Test
  @NoRetentionAfter
  @interface LeakFreeTest {}

  static class ComposedFixture {
    @LeakFreeTest
    void releases(RetentionTracker tracker) {
      tracker.track(new StringBuilder("kept briefly"));
    }

    @LeakFreeTest
    void leaks(RetentionTracker tracker) {
      LEAKED.add(tracker.track(new StringBuilder("leaked")));
    }
  }

  @Test
  void works_through_a_composed_annotation() {
    Events events = Fixtures.run(ComposedFixture.class);

    events.assertThatEvents()
        .haveExactly(1, event(test("releases"), finishedSuccessfully()))
        .haveExactly(1, event(test("leaks"), finishedWithFailure(
            instanceOf(AssertionFailedError.class),
            message(m -> m.matches("Expecting tracked objects to be collectable after the test, but "
                + reachableAfterFullGcs(1, 1) + ":\\R  object \"leaked\" \\(java.lang.StringBuilder\\)")))));
  }

  /** Only the instance-count tests create these. */
  static class Connection {}

  static final class PooledConnection extends Connection {}

  static final class Unrelated {}

  static class InstancesOfFixture {
    @Test
    @NoRetentionAfter(instancesOf = Connection.class)
    void closesWhatItOpens() {
      List<Connection> open = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        open.add(new PooledConnection());
      }
      open.clear();
    }

    @Test
    @NoRetentionAfter(instancesOf = {Unrelated.class, Connection.class})
    void leaksASubclassInstance() {
      LEAKED.add(new Connection());
      LEAKED.add(new PooledConnection());
    }
  }

  @Test
  void counts_live_instances_with_subclasses_before_and_after_the_test() {
    Events events = Fixtures.run(InstancesOfFixture.class);

    events.assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
    events.assertThatEvents()
        .haveExactly(1, event(test("closesWhatItOpens"), finishedSuccessfully()))
        .haveExactly(1, event(test("leaksASubclassInstance"), finishedWithFailure(
            instanceOf(AssertionFailedError.class),
            message(m -> m.matches("Expecting no more live instances after the test than before it,"
                + " but 1 of 2 classes have more, counted after full GCs \\(\\w+, [\\d,]+ ms\\):\\R"
                + "  " + Connection.class.getName().replace("$", "\\$") + ": 0 before, 2 after")))));
  }

  static class BudgetFixture {
    @Test
    @NoRetentionAfter(instancesOf = Connection.class, allowedSurvivors = 2)
    void keepsTwoIdleConnections() {
      LEAKED.add(new Connection());
      LEAKED.add(new PooledConnection());
    }

    @Test
    @NoRetentionAfter(instancesOf = Connection.class, allowedSurvivors = 2)
    void keepsThree() {
      LEAKED.add(new Connection());
      LEAKED.add(new Connection());
      LEAKED.add(new Connection());
    }
  }

  @Test
  void allows_a_budget_of_surviving_instances_and_fails_beyond_it() {
    Events events = Fixtures.run(BudgetFixture.class);

    events.assertThatEvents()
        .haveExactly(1, event(test("keepsTwoIdleConnections"), finishedSuccessfully()))
        .haveExactly(1, event(test("keepsThree"), finishedWithFailure(
            instanceOf(AssertionFailedError.class),
            message(m -> m.matches("Expecting no more live instances after the test than before it"
                + " plus 2 allowed survivors, but 1 of 1 class has more, counted after full GCs"
                + " \\(\\w+, [\\d,]+ ms\\):\\R"
                + "  " + Connection.class.getName().replace("$", "\\$") + ": \\d+ before, \\d+ after")))));
  }

  @NoRetentionAfter
  static class OptOutFixture {
    @Test
    @SkipRetentionCheck("ISSUE-42: known leak")
    void leaksKnowingly(RetentionTracker tracker) {
      LEAKED.add(tracker.track(new StringBuilder("leaked")));
    }

    @Test
    @NoRetentionAfter(instancesOf = Connection.class)
    @SkipRetentionCheck
    void leaksInstancesKnowingly() {
      LEAKED.add(new Connection());
    }

    @Test
    void leaks(RetentionTracker tracker) {
      LEAKED.add(tracker.track(new StringBuilder("leaked")));
    }
  }

  @Test
  void skips_the_check_of_a_test_that_opts_out_and_says_why() {
    Events events = Fixtures.run(OptOutFixture.class);

    events.assertStatistics(stats -> stats.started(3).succeeded(2).failed(1));
    events.assertThatEvents().haveExactly(1, event(test("leaks"), finishedWithFailure()));
    assertThat(RetentionTracker_track_Test.reportEntry(events, "leaksKnowingly"))
        .containsEntry(RetentionExtension.VERDICT_REPORT_KEY, "skipped: ISSUE-42: known leak");
  }
}
