package org.retention.core.internal.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retention.core.explain.Explanation;
import org.retention.core.report.BaselineEntry;
import org.retention.core.report.CheckKind;
import org.retention.core.report.LeakBaseline;
import org.retention.core.report.RetentionReport;
import org.retention.core.RetentionReports;

class LeakGate_finish_Test {
  private static final String FIXED = "0123456789abcdef";

  @TempDir
  Path directory;

  @Test
  void should_report_a_baseline_entry_that_no_check_matched_as_stale() throws Exception {
    // GIVEN a run whose every failure was explained
    Explanation leak = LeakGate_record_Test.explainedLeak();
    LeakGate gate = gate(leak.fingerprints().get(0) + " known\n" + FIXED + " fixed long ago\n");
    gate.record(CheckRecords.unjudged(CheckKind.OBJECT, "test", "explained", leak));
    // WHEN
    gate.finish();
    // THEN
    RetentionReport report = RetentionReports.read(gate.reportFile().orElseThrow());
    assertThat(report.staleBaselineEntries())
        .containsExactly(new BaselineEntry(FIXED, "fixed long ago"));
    assertThat(report.staleUnknownReason()).isNull();
  }

  @Test
  void should_call_no_entry_stale_while_a_check_of_the_run_was_unexplained() throws Exception {
    // GIVEN the same run, but the explanation of a failure was interrupted
    Explanation leak = LeakGate_record_Test.explainedLeak();
    LeakGate gate = gate(leak.fingerprints().get(0) + " known\n" + FIXED + " fixed long ago\n");
    gate.record(CheckRecords.unjudged(CheckKind.OBJECT, "test", "interrupted", Explanation.unexplained(
        leak.verdict(), "the explanation was interrupted", Optional.empty(), Duration.ZERO)));
    // WHEN
    gate.finish();
    // THEN
    RetentionReport report = RetentionReports.read(gate.reportFile().orElseThrow());
    assertThat(report.staleBaselineEntries()).isNull();
    assertThat(report.staleUnknownReason()).isEqualTo("1 failed check had retained objects"
        + " without a retention path, which may be any baselined leak (first: interrupted: the"
        + " explanation was interrupted)");
  }

  @Test
  void should_call_no_entry_stale_while_explanations_are_off() throws Exception {
    // GIVEN
    Explanation leak = LeakGate_record_Test.explainedLeak();
    LeakGate gate = gate(FIXED + " fixed long ago\n");
    gate.record(CheckRecords.unjudged(CheckKind.OBJECT, "test", "off", Explanation.none(leak.verdict())));
    // WHEN
    gate.finish();
    // THEN
    RetentionReport report = RetentionReports.read(gate.reportFile().orElseThrow());
    assertThat(report.staleBaselineEntries()).isNull();
    assertThat(report.staleUnknownReason()).endsWith("(first: off: explanations are off)");
  }

  @Test
  void should_finish_only_once() throws Exception {
    // GIVEN
    LeakGate gate = gate(FIXED + " fixed long ago\n");
    gate.finish();
    String finished = Files.readString(gate.reportFile().orElseThrow());
    // WHEN
    gate.finish();
    // THEN
    assertThat(Files.readString(gate.reportFile().orElseThrow())).isEqualTo(finished);
    assertThat(RetentionReports.read(gate.reportFile().orElseThrow()).checks()).isEmpty();
  }

  private LeakGate gate(String baseline) throws Exception {
    return new LeakGate(new GateSettings(
        Optional.of(Files.writeString(directory.resolve("b.txt"), baseline)),
        Optional.of(directory.resolve("reports")), Optional.empty(), false));
  }
}
