package org.retention.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.retention.core.RetentionReports;
import org.retention.core.internal.gate.JvmParameters;
import org.retention.core.internal.gate.SharedLeakGate;
import org.retention.core.report.CheckRecord;
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

  /** The failures of the fixture's containers: its class, where the context check fails. */
  static List<Throwable> failures(EngineExecutionResults results) {
    return results.containerEvents().failed().stream()
        .map(event -> event.getPayload(TestExecutionResult.class))
        .flatMap(java.util.Optional::stream)
        .flatMap(result -> result.getThrowable().stream())
        .toList();
  }

  /**
   * What a child JVM prints of a fixture's run: {@code "<simple name>: passed"}, or {@code
   * "<simple name>: failed (<n> tests)"} and the class's failures; then, measured without Retention,
   * whether each context loaded so far was collected, in load order ({@code "collected: false,
   * true"}).
   */
  static String outcome(Class<?> fixture) throws InterruptedException {
    EngineExecutionResults results = run(fixture);
    List<Throwable> failures = failures(results);
    long failedTests = results.testEvents().failed().count();
    StringBuilder outcome = new StringBuilder(fixture.getSimpleName()).append(
        failures.isEmpty() && failedTests == 0 ? ": passed" : ": failed (" + failedTests + " tests)");
    failures.forEach(failure -> outcome.append(System.lineSeparator()).append(failure));
    List<String> collected = new java.util.ArrayList<>();
    for (WeakReference<ApplicationContext> context : Beans.LOADED) {
      collected.add(String.valueOf(collectedBySystemGc(context)));
    }
    return outcome.append(System.lineSeparator()).append("collected: ")
        .append(String.join(", ", collected)).toString();
  }

  /** The context that the fixture loaded last. */
  static WeakReference<ApplicationContext> lastLoaded() {
    List<WeakReference<ApplicationContext>> loaded = List.copyOf(Beans.LOADED);
    assertThat(loaded).isNotEmpty();
    return loaded.get(loaded.size() - 1);
  }

  /**
   * Runs the unchecked fixture {@code unchecked}, which must pass, and says whether, measured
   * without Retention, the context it loaded and closed was collected ({@link
   * #collectedBySystemGc}); then cleans up what it leaked.
   */
  static boolean collectedWithoutRetention(Class<?> unchecked) throws InterruptedException {
    assertPassed(run(unchecked));
    boolean collected = collectedBySystemGc(lastLoaded());
    Beans.release();
    return collected;
  }

  /**
   * The failure of {@code checked}, whose context, measured without Retention on its unchecked
   * twin {@code unchecked}, is not collected: the truth first, then the verdict.
   */
  static String leakFailure(Class<?> unchecked, Class<?> checked) throws InterruptedException {
    assertThat(collectedWithoutRetention(unchecked)).as("collected without Retention").isFalse();
    return classFailure(run(checked));
  }

  /** {@code checked} passes, its context collected when measured without Retention on {@code unchecked}. */
  static void assertReleased(Class<?> unchecked, Class<?> checked) throws InterruptedException {
    assertThat(collectedWithoutRetention(unchecked)).as("collected without Retention").isTrue();
    assertPassed(run(checked));
  }

  /**
   * The truth without Retention: whether the context behind {@code reference} is collected within
   * five {@code System.gc()} calls, each a full collection in the test JVMs (G1, which honours
   * them: no -XX:+DisableExplicitGC).
   */
  static boolean collectedBySystemGc(WeakReference<?> reference) throws InterruptedException {
    for (int i = 0; i < 5 && !reference.refersTo(null); i++) {
      System.gc();
      Thread.sleep(10);
    }
    return reference.refersTo(null);
  }

  /** The last check of {@code testClass} in this JVM's report. */
  static CheckRecord recorded(Class<?> testClass) throws IOException {
    Path report = SharedLeakGate.get(JvmParameters::get).reportFile().orElseThrow();
    List<CheckRecord> checks = RetentionReports.read(report).checks().stream()
        .filter(check -> check.name().equals(testClass.getName())).toList();
    assertThat(checks).isNotEmpty();
    return checks.get(checks.size() - 1);
  }
}
