package org.retention.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.retention.core.explain.ExplainSettings;

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
}
