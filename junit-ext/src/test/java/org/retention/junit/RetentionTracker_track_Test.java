package org.retention.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;
import static org.retention.junit.Fixtures.LEAKED;
import static org.retention.junit.Fixtures.reachableAfterFullGcs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.Events;
import org.opentest4j.AssertionFailedError;

class RetentionTracker_track_Test {

  @AfterEach
  void forgetLeaks() {
    LEAKED.clear();
  }

  static final class Session {
    private final String user;

    Session(String user) {
      this.user = user;
    }

    @Override
    public String toString() {
      return "Session[" + user + "]";
    }
  }

  static class TrackingFixture {
    @Test
    @NoRetentionAfter
    void releases(RetentionTracker tracker) {
      tracker.track(new Session("alice"), "alice's session");
      tracker.track(new Session("bob"));
    }

    @Test
    @NoRetentionAfter
    void leaks(RetentionTracker tracker) {
      tracker.track(new Session("alice"), "alice's session");
      LEAKED.add(tracker.track(new Session("bob")));
    }
  }

  @Test
  void fails_only_the_test_whose_tracked_object_is_still_reachable_and_names_it() {
    Events events = Fixtures.run(TrackingFixture.class);

    events.assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
    events.assertThatEvents()
        .haveExactly(1, event(test("releases"), finishedSuccessfully()))
        .haveExactly(1, event(test("leaks"), finishedWithFailure(
            instanceOf(AssertionFailedError.class),
            message(m -> m.matches("Expecting tracked objects to be collectable after the test, but "
                + reachableAfterFullGcs(1, 2) + ":\\R"
                + "  object Session\\[bob\\] \\(" + Session.class.getName().replace("$", "\\$") + "\\)")))));
  }

  @Test
  void names_each_retained_object_by_its_description() {
    Events events = Fixtures.run(DescribedLeakFixture.class);

    events.assertThatEvents().haveExactly(1, event(test("leaksBoth"), finishedWithFailure(
        message(m -> m.endsWith(":" + System.lineSeparator()
            + "  object alice's session (" + Session.class.getName() + ")" + System.lineSeparator()
            + "  object Session[bob] (" + Session.class.getName() + ")")
            && m.contains(" 2 of 2 are still reachable after ")))));
  }

  static class DescribedLeakFixture {
    @Test
    @NoRetentionAfter
    void leaksBoth(RetentionTracker tracker) {
      LEAKED.add(tracker.track(new Session("alice"), "alice's session"));
      LEAKED.add(tracker.track(new Session("bob")));
    }
  }

  /** Registered by the class: a tracker alone means "check what I track". */
  @ExtendWith(RetentionExtension.class)
  static class TrackerWithoutAnnotationFixture {
    @Test
    void releases(RetentionTracker tracker) {
      tracker.track(new Session("alice"));
    }

    @Test
    void leaks(RetentionTracker tracker) {
      LEAKED.add(tracker.track(new Session("alice")));
    }

    @Test
    void doesNotTrack() {
      LEAKED.add(new Session("carol"));
    }
  }

  @Test
  void checks_a_tracker_used_without_the_annotation() {
    Events events = Fixtures.run(TrackerWithoutAnnotationFixture.class);

    events.assertStatistics(stats -> stats.started(3).succeeded(2).failed(1));
    events.assertThatEvents().haveExactly(1, event(test("leaks"), finishedWithFailure(
        message(m -> m.matches("(?s).*, but " + reachableAfterFullGcs(1, 1) + ":.*")))));
    assertThat(reportEntry(events, "doesNotTrack")).isEmpty();
  }

  /** Nothing registers the extension: no annotation of ours, no auto-detection. */
  static class UnregisteredFixture {
    @Test
    void tracks(RetentionTracker tracker) {
      tracker.track(new Session("alice"));
    }
  }

  @Test
  void a_tracker_without_the_extension_registered_is_a_parameter_resolution_failure() {
    // The README says so: a RetentionTracker parameter alone does not register the extension.
    Events events = Fixtures.run(UnregisteredFixture.class);

    events.assertThatEvents().haveExactly(1, event(test("tracks"), finishedWithFailure(
        instanceOf(ParameterResolutionException.class),
        message(m -> m.startsWith("No ParameterResolver registered for parameter ["
            + RetentionTracker.class.getName() + " ")))));
  }

  static class BeforeEachFixture {
    private RetentionTracker fromBeforeEach;
    private Session held;

    @BeforeEach
    void open(RetentionTracker tracker) {
      fromBeforeEach = tracker;
      tracker.track(new Session("setup"), "session opened in @BeforeEach");
    }

    @Test
    @NoRetentionAfter
    void getsTheSameTracker(RetentionTracker tracker) {
      assertSame(fromBeforeEach, tracker);
    }

    @Test
    @NoRetentionAfter
    void keepsAFieldOfTheTestInstance(RetentionTracker tracker) {
      held = tracker.track(new Session("field"), "session in a field");
    }
  }

  @Test
  void resolves_one_tracker_per_test_in_before_each_and_reports_fields_of_the_test_instance() {
    Events events = Fixtures.run(BeforeEachFixture.class);

    events.assertThatEvents()
        .haveExactly(1, event(test("getsTheSameTracker"), finishedSuccessfully()))
        .haveExactly(1, event(test("keepsAFieldOfTheTestInstance"), finishedWithFailure(
            message(m -> m.contains(" 1 of 2 is still reachable after ")
                && m.endsWith("  object session in a field (" + Session.class.getName() + ")")))));
  }

  static class FailingFixture {
    @Test
    @NoRetentionAfter
    void failsOnItsOwn(RetentionTracker tracker) {
      LEAKED.add(tracker.track(new Session("alice")));
      fail("the test's own failure");
    }

    @Test
    @NoRetentionAfter
    void failsInAfterEach(RetentionTracker tracker) {
      LEAKED.add(tracker.track(new Session("bob")));
    }

    @AfterEach
    void failForOneTest(TestInfo info) {
      if (info.getDisplayName().startsWith("failsInAfterEach")) {
        throw new IllegalStateException("cleanup failed");
      }
    }
  }

  @Test
  void keeps_the_failure_of_a_test_that_failed_on_its_own_and_does_not_check_it() {
    Events events = Fixtures.run(FailingFixture.class);

    events.assertThatEvents()
        .haveExactly(1, event(test("failsOnItsOwn"), finishedWithFailure(
            instanceOf(AssertionFailedError.class), message("the test's own failure"))))
        .haveExactly(1, event(test("failsInAfterEach"), finishedWithFailure(
            instanceOf(IllegalStateException.class), message("cleanup failed"))));
    events.failed().stream()
        .map(event -> event.getRequiredPayload(TestExecutionResult.class)
            .getThrowable().orElseThrow())
        .forEach(failure -> assertThat(failure.getSuppressed()).isEmpty());
    assertThat(reportEntry(events, "failsOnItsOwn"))
        .containsEntry(RetentionExtension.VERDICT_REPORT_KEY, "not checked: the test failed");
  }

  @ExtendWith(RetentionExtension.class)
  static class JvmConstantFixture {
    @Test
    void tracksASmallInteger(RetentionTracker tracker) {
      tracker.track(42);
    }

    @Test
    void tracksAnEnumConstant(RetentionTracker tracker) {
      tracker.track(Thread.State.NEW, "a thread state");
    }
  }

  @Test
  void rejects_a_jvm_constant_at_the_track_call() {
    Events events = Fixtures.run(JvmConstantFixture.class);

    events.assertThatEvents()
        .haveExactly(1, event(test("tracksASmallInteger"), finishedWithFailure(
            instanceOf(IllegalArgumentException.class),
            message("Cannot track 42 (java.lang.Integer): the JVM itself keeps it alive (the"
                + " Integer cache (valueOf keeps -128..127)), so it could never be collected and"
                + " the check could prove nothing. Track objects that the test creates, such as"
                + " new String(\"...\"), new Object() or integers outside -128..127."))))
        .haveExactly(1, event(test("tracksAnEnumConstant"), finishedWithFailure(
            instanceOf(IllegalArgumentException.class),
            message(m -> m.startsWith("Cannot track NEW (java.lang.Thread$State): the JVM itself"
                + " keeps it alive (its enum class java.lang.Thread$State")))));
  }

  @ExtendWith(RetentionExtension.class)
  static class InternedSecretFixture {
    @Test
    void tracksAnInternedSecret(RetentionTracker tracker) {
      tracker.track("secret-token");
    }
  }

  @Test
  void rejects_a_jvm_constant_without_showing_it_in_class_names_mode() {
    Events events = Fixtures.run(InternedSecretFixture.class,
        Map.of(org.retention.core.probe.DescribeMode.KEY, "classNames"));

    events.assertThatEvents().haveExactly(1, event(test("tracksAnInternedSecret"),
        finishedWithFailure(instanceOf(IllegalArgumentException.class),
            message(m -> m.startsWith("Cannot track an object (java.lang.String): the JVM itself"
                + " keeps it alive (the JVM's string table") && !m.contains("secret")))));
  }

  @ExtendWith(RetentionExtension.class)
  static class BeforeAllFixture {
    @BeforeAll
    static void tooEarly(RetentionTracker tracker) {
      tracker.track(new Object());
    }

    @Test
    void test() {}
  }

  @Test
  void refuses_a_tracker_outside_a_test() {
    List<Throwable> failures = new ArrayList<>();
    Fixtures.containers(BeforeAllFixture.class).failed().stream()
        .map(event -> event.getRequiredPayload(TestExecutionResult.class)
            .getThrowable().orElseThrow())
        .forEach(failures::add);

    assertThat(failures).singleElement()
        .isInstanceOf(ParameterResolutionException.class)
        .extracting(Throwable::getMessage).asString()
        .startsWith("A RetentionTracker belongs to one test: declare it as a parameter of a @Test,"
            + " @BeforeEach or @AfterEach method, not of static void ");
  }

  @Test
  void reports_what_was_checked_and_the_verdict() {
    Events events = Fixtures.run(TrackingFixture.class);

    assertThat(reportEntry(events, "releases"))
        .containsEntry(RetentionExtension.CHECKED_REPORT_KEY, "2")
        .containsEntry(RetentionExtension.VERDICT_REPORT_KEY, "released")
        .hasEntrySatisfying(RetentionExtension.TIME_REPORT_KEY, time -> assertThat(time).matches("\\d+ ms"));
    assertThat(reportEntry(events, "leaks"))
        .containsEntry(RetentionExtension.CHECKED_REPORT_KEY, "2")
        .containsEntry(RetentionExtension.VERDICT_REPORT_KEY, "retained");
  }

  /** The key-value pairs that the named test published; empty when it published none. */
  static Map<String, String> reportEntry(Events events, String testMethod) {
    return events.reportingEntryPublished().stream()
        .filter(event -> event.getTestDescriptor().getDisplayName().startsWith(testMethod + "("))
        .map(event -> event.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
        .findFirst()
        .orElse(Map.of());
  }
}
