package org.retention.junit;

import org.retention.core.CheckSettings;
import static org.assertj.core.api.Assertions.assertThat;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.Events;

/** The configuration parameters, over {@link RetentionTracker_track_Test.TrackingFixture}. */
class RetentionExtension_configuration_Test {

  @AfterEach
  void forgetLeaks() {
    LEAKED.clear();
  }

  @Test
  void turns_every_check_off_when_disabled() {
    Events events = Fixtures.run(RetentionTracker_track_Test.TrackingFixture.class,
        Map.of(RetentionExtension.ENABLED_PROPERTY_NAME, "false"));

    events.assertStatistics(stats -> stats.started(2).succeeded(2).failed(0));
    assertThat(RetentionTracker_track_Test.reportEntry(events, "leaks"))
        .containsEntry(RetentionExtension.VERDICT_REPORT_KEY, "disabled");
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", " TRUE "})
  void checks_when_enabled_explicitly(String enabled) {
    Events events = Fixtures.run(RetentionTracker_track_Test.TrackingFixture.class,
        Map.of(RetentionExtension.ENABLED_PROPERTY_NAME, enabled));

    events.assertThatEvents()
        .haveExactly(1, event(test("releases"), finishedSuccessfully()))
        .haveExactly(1, event(test("leaks"), finishedWithFailure()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"10s", "500ms", "2m", "PT10S", "pt0.5s"})
  void accepts_timeouts_in_short_and_iso_8601_form(String timeout) {
    Events events = Fixtures.run(RetentionTracker_track_Test.TrackingFixture.class,
        Map.of(RetentionExtension.TIMEOUT_PROPERTY_NAME, timeout));

    events.assertThatEvents()
        .haveExactly(1, event(test("releases"), finishedSuccessfully()))
        .haveExactly(1, event(test("leaks"), finishedWithFailure(
            message(m -> m.contains(" 1 of 2 is still reachable after ")))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ten seconds", "0s", "-PT1S", "10 h", ""})
  void rejects_a_timeout_that_is_not_a_positive_duration(String timeout) {
    Events events = Fixtures.run(RetentionTracker_track_Test.TrackingFixture.class,
        Map.of(RetentionExtension.TIMEOUT_PROPERTY_NAME, timeout));

    events.assertStatistics(stats -> stats.started(2).failed(2));
    events.assertThatEvents().haveExactly(2, event(test(), finishedWithFailure(
        instanceOf(ExtensionConfigurationException.class),
        message("Invalid configuration parameter retention.timeout='" + timeout + "': expected a"
            + " positive duration such as 500ms, 10s, 2m or PT10S."))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"153722868m", "PT25H", "2000000000s"})
  void rejects_a_timeout_too_long_to_wait_for_naming_the_key(String timeout) {
    // Such a timeout once passed, then overflowed every deadline: no check could run at all.
    Events events = Fixtures.run(RetentionTracker_track_Test.TrackingFixture.class,
        Map.of(RetentionExtension.TIMEOUT_PROPERTY_NAME, timeout));

    events.assertStatistics(stats -> stats.started(2).failed(2));
    events.assertThatEvents().haveExactly(2, event(test(), finishedWithFailure(
        instanceOf(ExtensionConfigurationException.class),
        message("Invalid configuration parameter retention.timeout='" + timeout + "': expected"
            + " at most 24 hours."))));
  }

  @Test
  void rejects_a_gate_mode_that_names_no_gate() {
    Events events = Fixtures.run(RetentionTracker_track_Test.TrackingFixture.class,
        Map.of(CheckSettings.GATE, "later"));

    events.assertThatEvents().haveExactly(2, event(test(), finishedWithFailure(
        instanceOf(ExtensionConfigurationException.class),
        message(m -> m.startsWith("Invalid configuration parameter retention.gate='later':"
            + " expected test (a leak fails its test) or build")))));
  }

  @Test
  void rejects_an_enabled_switch_that_is_not_a_boolean() {
    Events events = Fixtures.run(RetentionTracker_track_Test.TrackingFixture.class,
        Map.of(RetentionExtension.ENABLED_PROPERTY_NAME, "yes"));

    events.assertThatEvents().haveExactly(2, event(test(), finishedWithFailure(
        instanceOf(ExtensionConfigurationException.class),
        message("Invalid configuration parameter retention.enabled='yes': expected true or"
            + " false."))));
  }
}
