package org.retention.e2e.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.retention.assertj.RetentionAssertions.assertThatRepeated;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.retention.core.RetentionReports;
import org.retention.core.internal.gate.JvmParameters;
import org.retention.core.internal.gate.SharedLeakGate;
import org.retention.core.report.CheckKind;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.GrowthDetails;
import org.retention.core.report.GrowthGroupRecord;
import org.retention.junit.NoHeapGrowth;
import org.retention.junit.SkipRetentionCheck;

/**
 * {@code @NoHeapGrowth} and {@code assertThatRepeated} are one check behind two front ends: the
 * same leak measures the same bytes per repetition under both, and both honour what configures
 * every check.
 */
@Isolated("counts live instances VM-wide")
class GrowthFrontEnds_agree_Test {
  /** A static event bus: each call registers one more listener that captures a 4 KB session. */
  static final List<Consumer<String>> BUS = new ArrayList<>();

  static final class Session {
    final byte[] state = new byte[4096];
  }

  static void registerListener() {
    Session session = new Session();
    BUS.add(event -> session.state[0] = (byte) event.length());
  }

  static class LeakingFixture {
    @RepeatedTest(40)
    @NoHeapGrowth
    void registers() {
      registerListener();
    }
  }

  static class SkippedFixture {
    @RepeatedTest(40)
    @NoHeapGrowth
    @SkipRetentionCheck("ISSUE-9: the bus is drained by a later fix")
    void registers() {
      registerListener();
    }
  }

  @AfterEach
  void drain() {
    BUS.clear();
  }

  @Test
  void should_measure_the_same_bytes_per_repetition_under_both_front_ends() throws IOException {
    // GIVEN the leak under JUnit
    Events junitRun = run(LeakingFixture.class);
    junitRun.assertStatistics(stats -> stats.started(40).failed(1));
    String junitFailure = junitRun.failed().stream().findFirst().orElseThrow()
        .getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class).getThrowable()
        .orElseThrow().getMessage();
    GrowthGroupRecord junit = biggestGroup(lastGrowthCheck(
        LeakingFixture.class.getName() + "#registers"));
    BUS.clear();
    // WHEN the same leak is asserted with AssertJ
    Throwable error = catchThrowable(() -> assertThatRepeated(GrowthFrontEnds_agree_Test::registerListener)
        .as("bus listeners").doesNotLeak());
    // THEN both fail, and measure the same bytes within 10%
    assertThat(error).isInstanceOf(AssertionError.class);
    GrowthGroupRecord assertj = biggestGroup(lastGrowthCheck("bus listeners"));
    assertThat(junit.bytesPerRepetition()).as(junitFailure).isGreaterThan(4096);
    assertThat((double) assertj.bytesPerRepetition()).as(error.getMessage())
        .isBetween(junit.bytesPerRepetition() * 0.9, junit.bytesPerRepetition() * 1.1);
    assertThat(assertj.fingerprint()).isEqualTo(junit.fingerprint());
  }

  @Test
  void should_skip_a_growth_check_under_skip_retention_check() {
    // WHEN
    Events events = run(SkippedFixture.class);
    // THEN every repetition passes, although each leaks
    events.assertStatistics(stats -> stats.started(40).succeeded(40).failed(0));
    assertThat(BUS).hasSize(40);
  }

  private static Events run(Class<?> fixture) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute()
        .testEvents();
  }

  private static CheckRecord lastGrowthCheck(String name) throws IOException {
    List<CheckRecord> checks = RetentionReports.read(
            SharedLeakGate.get(JvmParameters::get).reportFile().orElseThrow()).checks().stream()
        .filter(check -> check.kind() == CheckKind.GROWTH && check.name().equals(name))
        .toList();
    assertThat(checks).as("growth checks named %s", name).isNotEmpty();
    return checks.get(checks.size() - 1);
  }

  private static GrowthGroupRecord biggestGroup(CheckRecord check) {
    List<GrowthGroupRecord> groups = ((GrowthDetails) check.details()).groups();
    assertThat(groups).isNotEmpty();
    return groups.stream().max((a, b) -> Long.compare(a.bytesPerRepetition(),
        b.bytesPerRepetition())).orElseThrow();
  }
}
