package org.retention.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.platform.testkit.engine.Events;
import org.retention.core.RetentionReports;
import org.retention.core.explain.ExplainSettings;
import org.retention.core.internal.gate.JvmParameters;
import org.retention.core.internal.gate.SharedLeakGate;
import org.retention.core.report.CheckKind;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.InstanceCount;
import org.retention.core.report.InstanceDetails;
import org.retention.core.report.LeakBaseline;

/**
 * An {@code instancesOf} failure goes through the pipeline like every other check: explained with
 * the places that hold the extra instances, recorded with a fingerprint, accepted by a baseline.
 */
@Isolated("counts live instances VM-wide")
class NoRetentionAfter_instancesOf_Test {
  /** Where the leaking fixture keeps its sessions: the path must name this field. */
  static final List<Session> REGISTRY = new ArrayList<>();

  static final class Session {
    final byte[] state = new byte[256];
  }

  static class LeakingFixture {
    @Test
    @NoRetentionAfter(instancesOf = Session.class)
    void registersSessions() {
      for (int i = 0; i < 10; i++) {
        REGISTRY.add(new Session());
      }
    }
  }

  static class CleanFixture {
    @Test
    @NoRetentionAfter(instancesOf = Session.class)
    void closesSessions() {
      List<Session> open = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        open.add(new Session());
      }
      open.clear();
    }
  }

  @AfterEach
  void forget() {
    REGISTRY.clear();
  }

  @Test
  void should_fail_with_the_place_that_holds_the_extra_instances_and_its_fingerprint() {
    // WHEN
    Events events = Fixtures.run(LeakingFixture.class, Map.of(ExplainSettings.EXPLAIN, "true"));
    // THEN
    String message = Fixtures.failureOf(events, "registersSessions");
    assertThat(message).startsWith("Expecting no more live instances after the test than before"
        + " it, but 1 of 1 class has more, counted after full GCs (");
    assertThat(message).contains(Session.class.getName() + ": 0 before, 10 after",
        "10 instances of " + Session.class.getName() + " held in one place:",
        "GC root: static field " + NoRetentionAfter_instancesOf_Test.class.getName()
            + ".REGISTRY",
        "    ArrayList.elementData",
        "<- held here: java.lang.Object[] holds 10 of them",
        "    -> " + Session.class.getName());
    assertThat(message).containsPattern("leak fingerprint: \\p{XDigit}{16}");
  }

  @Test
  void should_record_the_check_with_its_counts_and_fingerprint_and_be_accepted_by_a_baseline()
      throws IOException {
    // GIVEN
    Events events = Fixtures.run(LeakingFixture.class, Map.of(ExplainSettings.EXPLAIN, "true"));
    Matcher fingerprint = Pattern.compile("leak fingerprint: (\\p{XDigit}{16})")
        .matcher(Fixtures.failureOf(events, "registersSessions"));
    assertThat(fingerprint.find()).isTrue();
    // WHEN
    CheckRecord recorded = Fixtures.recorded("registersSessions");
    // THEN
    assertThat(recorded.kind()).isEqualTo(CheckKind.INSTANCES);
    assertThat(recorded.verdict()).isEqualTo(CheckVerdict.RETAINED);
    assertThat(recorded.details()).isEqualTo(new InstanceDetails(
        List.of(new InstanceCount(Session.class.getName(), 0, 10, 0))));
    assertThat(recorded.leaks()).singleElement().satisfies(leak -> {
      assertThat(leak.fingerprint()).isEqualTo(fingerprint.group(1));
      assertThat(leak.root()).isEqualTo(
          "static field " + NoRetentionAfter_instancesOf_Test.class.getName() + ".REGISTRY");
    });
    assertThat(recorded.fullyExplained()).isTrue();
    CheckRecord judged = new LeakBaseline(Path.of("retention-baseline.txt"),
        Map.of(fingerprint.group(1), "TICKET-7: sessions are pooled")).judge(recorded);
    assertThat(judged.verdict()).isEqualTo(CheckVerdict.ACCEPTED);
    assertThat(judged.acceptedReason()).contains("TICKET-7: sessions are pooled");
  }

  @Test
  void should_pass_and_record_a_test_that_leaves_no_more_instances() throws IOException {
    // WHEN
    Events events = Fixtures.run(CleanFixture.class, Map.of(ExplainSettings.EXPLAIN, "true"));
    // THEN
    events.assertStatistics(stats -> stats.succeeded(1).failed(0));
    CheckRecord recorded = Fixtures.recorded("closesSessions");
    assertThat(recorded.kind()).isEqualTo(CheckKind.INSTANCES);
    assertThat(recorded.verdict()).isEqualTo(CheckVerdict.RELEASED);
    assertThat(recorded.leaks()).isEmpty();
  }
}
