package org.retention.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.lang.ref.WeakReference;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.springframework.context.ApplicationContext;

/**
 * Runs fixture test classes through the Jupiter engine, JUnit Pioneer style. Fixtures are static
 * nested classes of the tests: surefire skips nested classes, so they only run from here.
 */
final class Fixtures {
  private Fixtures() {}

  static EngineExecutionResults run(Class<?> fixture) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute();
  }

  /** The fixture's tests all passed, and so did its class (where the context check fails). */
  static void assertPassed(EngineExecutionResults results) {
    assertThat(results.testEvents().failed().count()).as("failed tests").isZero();
    assertThat(failures(results)).as("class failures").isEmpty();
    assertThat(results.testEvents().succeeded().count()).as("passed tests").isPositive();
  }

  /** The message of the fixture class's one failure, its tests having passed. */
  static String classFailure(EngineExecutionResults results) {
    assertThat(results.testEvents().failed().count()).as("failed tests").isZero();
    List<Throwable> failures = failures(results);
    assertThat(failures).hasSize(1);
    assertThat(failures.get(0)).isExactlyInstanceOf(AssertionError.class);
    return failures.get(0).getMessage();
  }

  private static List<Throwable> failures(EngineExecutionResults results) {
    return results.containerEvents().failed().stream()
        .map(event -> event.getPayload(TestExecutionResult.class))
        .flatMap(java.util.Optional::stream)
        .flatMap(result -> result.getThrowable().stream())
        .toList();
  }

  /** The context that the fixture loaded last. */
  static WeakReference<ApplicationContext> lastLoaded() {
    List<WeakReference<ApplicationContext>> loaded = List.copyOf(Beans.LOADED);
    assertThat(loaded).isNotEmpty();
    return loaded.get(loaded.size() - 1);
  }

  /**
   * The truth without Retention: whether the context behind {@code reference} is collected within
   * ten {@code System.gc()} calls (the test JVM honours them: no -XX:+DisableExplicitGC).
   */
  static boolean collectedBySystemGc(WeakReference<?> reference) throws InterruptedException {
    for (int i = 0; i < 10 && !reference.refersTo(null); i++) {
      System.gc();
      Thread.sleep(20);
    }
    return reference.refersTo(null);
  }
}
