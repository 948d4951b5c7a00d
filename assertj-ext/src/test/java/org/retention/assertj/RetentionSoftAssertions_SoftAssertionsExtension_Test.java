package org.retention.assertj;

import static org.assertj.core.api.BDDAssertions.then;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.retention.assertj.RetentionMessages.session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** Runs small fixture classes with AssertJ's JUnit 5 extension and checks what it reported. */
class RetentionSoftAssertions_SoftAssertionsExtension_Test {

  @Test
  void should_inject_the_soft_assertions_into_a_field_and_report_both_retention_failures() {
    // WHEN
    Events tests = run(InjectedField.class);
    // THEN
    tests.assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
    then(failureMessages(tests)).singleElement().asString()
        .contains("Multiple Failures (2 failures)")
        .containsPattern(session("value", "bob"))
        .containsPattern(session("key", "carol"));
  }

  @Test
  void should_resolve_the_soft_assertions_as_a_parameter_and_report_the_failure() {
    // WHEN
    Events tests = run(ResolvedParameter.class);
    // THEN
    tests.assertStatistics(stats -> stats.started(1).failed(1));
    then(failureMessages(tests)).singleElement().asString()
        .containsPattern(session("value", "dave"));
  }

  private static Events run(Class<?> fixture) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute()
        .testEvents();
  }

  private static List<String> failureMessages(Events tests) {
    return tests.failed().stream()
        .map(event -> event.getRequiredPayload(TestExecutionResult.class).getThrowable()
            .orElseThrow().getMessage())
        .toList();
  }

  /** A fixture: run only through {@link EngineTestKit}, never on its own. */
  @ExtendWith(SoftAssertionsExtension.class)
  static class InjectedField {
    @InjectSoftAssertions RetentionSoftAssertions softly;

    @Test
    void two_leaks() {
      try (StaticHolder audit = StaticHolder.open()) {
        softly.assertThat(new HashMap<>(Map.of("k", audit.hold(new Session("bob")))))
            .releasesValuesAfterClear();
        softly.assertThat(new HashMap<>(Map.of(audit.hold(new Session("carol")), "v")))
            .releasesKeysAfterClear();
      }
    }

    @Test
    void no_leak() {
      softly.assertThat(TestMaps.put(new HashMap<>(), "alice")).releasesValuesAfterClear();
    }
  }

  /** A fixture: run only through {@link EngineTestKit}, never on its own. */
  @ExtendWith(SoftAssertionsExtension.class)
  static class ResolvedParameter {
    @Test
    void one_leak(RetentionSoftAssertions softly) {
      try (StaticHolder audit = StaticHolder.open()) {
        softly.assertThat(new HashMap<>(Map.of("k", audit.hold(new Session("dave")))))
            .releasesValuesAfterClear();
      }
    }
  }
}
