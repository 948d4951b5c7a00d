package org.retention.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.retention.core.RetentionReports;
import org.retention.core.explain.ExplainSettings;
import org.retention.core.internal.gate.JvmParameters;
import org.retention.core.internal.gate.SharedLeakGate;
import org.retention.core.report.CheckRecord;

/**
 * Runs fixture test classes through the Jupiter engine, JUnit Pioneer style. Fixtures are static
 * nested classes of the tests: surefire skips nested classes, so they only run from here.
 */
final class Fixtures {
  /** Where fixtures leak objects to; every test that runs a leaking fixture empties it. */
  static final Queue<Object> LEAKED = new ConcurrentLinkedQueue<>();

  private Fixtures() {}

  /**
   * Runs {@code fixture} with {@code configuration}. Explanations are off unless the configuration
   * turns them on: most tests pin the verdict's own wording, and {@code
   * RetentionExtension_explanation_Test} covers the explained one.
   */
  static Events run(Class<?> fixture, Map<String, String> configuration) {
    Map<String, String> withDefaults = new HashMap<>(configuration);
    withDefaults.putIfAbsent(ExplainSettings.EXPLAIN, "false");
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(fixture))
        .configurationParameters(withDefaults)
        .execute()
        .testEvents();
  }

  static Events run(Class<?> fixture) {
    return run(fixture, Map.of());
  }

  /** The events of the fixture's containers (class-level failures land there). */
  static Events containers(Class<?> fixture) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(fixture))
        .execute()
        .containerEvents();
  }

  /** The verdict a passing or failing retention check's summary starts with, as a regex. */
  static String reachableAfterFullGcs(int retained, int checked) {
    return retained + " of " + checked + " (is|are) still reachable after \\d+ full GCs \\(\\w+, [\\d,]+ ms\\)";
  }

  /** The failure message of the one failed test {@code method}. */
  static String failureOf(Events events, String method) {
    events.assertThatEvents().haveExactly(1, event(test(method), finishedWithFailure()));
    return events.failed().stream().filter(event -> event.getTestDescriptor().getUniqueId()
            .toString().contains(method))
        .findFirst().orElseThrow().getPayload(org.junit.platform.engine.TestExecutionResult.class)
        .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
        .map(Throwable::getMessage).orElseThrow();
  }

  /** The last check of that test in this JVM's report. */
  static CheckRecord recorded(String method) throws IOException {
    Path report = SharedLeakGate.get(JvmParameters::get).reportFile().orElseThrow();
    List<CheckRecord> checks = RetentionReports.read(report).checks().stream()
        .filter(check -> check.name().endsWith("#" + method + "()")).toList();
    assertThat(checks).isNotEmpty();
    return checks.get(checks.size() - 1);
  }
}
