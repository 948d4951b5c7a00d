package org.retention.junit;

import org.retention.core.probe.DescribeMode;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;
import static org.retention.junit.Fixtures.LEAKED;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.Events;
import org.retention.core.explain.ExplainSettings;
import org.retention.core.internal.text.Descriptions;

/** The extension's failures carry the same retention paths as the AssertJ assertions. */
class RetentionExtension_explanation_Test {
  private static final Map<String, String> EXPLAINED = Map.of(ExplainSettings.EXPLAIN, "true");

  @AfterEach
  void forgetLeaks() {
    LEAKED.clear();
  }

  @Test
  void should_show_the_path_from_the_static_field_that_holds_a_tracked_object() {
    // WHEN
    Events events = Fixtures.run(StaticLeakFixture.class, EXPLAINED);
    // THEN
    events.assertThatEvents()
        .haveExactly(1, event(test("clean"), finishedSuccessfully()))
        .haveExactly(1, event(test("leaks"), finishedWithFailure(message(m ->
            m.startsWith("Expecting tracked objects to be collectable after the test, but 1 of 1 is"
                + " still strongly reachable after ")
            && m.contains("  object alice's session (" + RetentionTracker_track_Test.Session.class.getName() + ", retains ")
            && m.contains("  GC root: static field " + Fixtures.class.getName() + ".LEAKED")
            && m.contains("    -> " + RetentionTracker_track_Test.Session.class.getName())
            && m.matches("(?s).*  leak fingerprint: [0-9a-f]{16}$")))));
  }

  @Test
  void should_describe_objects_by_class_name_only_when_asked() {
    // WHEN
    Events events = Fixtures.run(UndescribedLeakFixture.class,
        Map.of(ExplainSettings.EXPLAIN, "true", DescribeMode.KEY, "classNames"));
    // THEN
    events.assertThatEvents().haveExactly(1, event(test("leaks"), finishedWithFailure(message(m ->
        !m.contains("carol")
            && m.contains("  object #0 (" + RetentionTracker_track_Test.Session.class.getName() + ", retains ")
            && m.contains("  GC root: static field " + Fixtures.class.getName() + ".LEAKED")))));
  }

  @Test
  void should_reject_a_bad_explanation_setting_naming_key_and_value() {
    // WHEN
    Events events = Fixtures.run(StaticLeakFixture.class, Map.of(ExplainSettings.EXPLAIN, "maybe"));
    // THEN
    events.assertThatEvents().haveExactly(2, event(finishedWithFailure(
        instanceOf(ExtensionConfigurationException.class),
        message(m -> m.contains(ExplainSettings.EXPLAIN) && m.contains("'maybe'")))));
  }

  static class UndescribedLeakFixture {
    @Test
    @NoRetentionAfter
    void leaks(RetentionTracker tracker) {
      LEAKED.add(tracker.track(new RetentionTracker_track_Test.Session("carol")));
    }
  }

  static class StaticLeakFixture {
    @Test
    @NoRetentionAfter
    void leaks(RetentionTracker tracker) {
      LEAKED.add(tracker.track(new RetentionTracker_track_Test.Session("alice"), "alice's session"));
    }

    @Test
    @NoRetentionAfter
    void clean(RetentionTracker tracker) {
      tracker.track(new RetentionTracker_track_Test.Session("bob"), "bob's session");
    }
  }
}
