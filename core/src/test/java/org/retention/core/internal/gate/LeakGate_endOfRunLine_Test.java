package org.retention.core.internal.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retention.core.RetentionReports;
import org.retention.core.explain.Reachability;
import org.retention.core.explain.RootKind;
import org.retention.core.report.CheckKind;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.ContextCounts;
import org.retention.core.report.LeakRecord;
import org.retention.core.report.ObjectDetails;
import org.retention.core.report.RetentionReport;

/**
 * The line a test framework prints when its run ends, and the application contexts the report
 * carries: what the JVM's checks came to, said once per new state.
 */
class LeakGate_endOfRunLine_Test {
  private static final String KNOWN = "00000000000000aa";
  private static final String FIXED = "00000000000000bb";

  @TempDir
  Path directory;

  @Test
  void should_say_nothing_when_no_check_ran() {
    // GIVEN a gate with a baseline whose every entry is stale, but no check
    LeakGate gate = new LeakGate(settings(Optional.empty()));
    // WHEN / THEN
    assertThat(gate.endOfRunLine()).isEmpty();
  }

  @Test
  void should_count_the_verdicts_and_name_the_entries_no_check_of_this_jvm_matched()
      throws Exception {
    // GIVEN a baseline of a known leak and of one fixed long ago, with a hostile reason
    LeakGate gate = new LeakGate(settings(baseline(KNOWN + "  known leak\n"
        + FIXED + "  fixed \u001b[31mlong\u202e ago\n")));
    // WHEN two checks pass, one leaks the known leak and one a new one
    gate.record(released("a"));
    gate.record(released("b"));
    gate.record(retained("known", KNOWN));
    gate.record(retained("new", "00000000000000cc"));
    // THEN one line says it, its user text inert, and points to the build's gate
    assertThat(gate.endOfRunLine()).contains("Retention: 4 checks in this JVM: 2 released, 1 new"
        + " leak, 1 accepted; 1 baseline entry not matched in this JVM: " + FIXED
        + " (fixed \\u001b[31mlong\\u202e ago), retention:check judges it across all test JVMs;"
        + " report: " + gate.reportFile().orElseThrow());
  }

  @Test
  void should_say_it_once_per_new_state() {
    // GIVEN a line already given
    LeakGate gate = new LeakGate(new GateSettings(Optional.empty(), Optional.empty(),
        Optional.empty(), false));
    gate.record(released("a"));
    assertThat(gate.endOfRunLine()).contains("Retention: 1 check in this JVM: 1 released");
    // WHEN nothing happens, then one more check
    Optional<String> again = gate.endOfRunLine();
    gate.record(inconclusive("b"));
    // THEN the repeat is left out, the new state said
    assertThat(again).isEmpty();
    assertThat(gate.endOfRunLine())
        .contains("Retention: 2 checks in this JVM: 1 released, 1 inconclusive");
  }

  @Test
  void should_say_why_no_entry_is_judged_stale_when_a_leak_went_unexplained() throws Exception {
    // GIVEN a baseline, and a failed check without a retention path
    LeakGate gate = new LeakGate(settings(baseline(FIXED + "  fixed\n")));
    gate.record(new CheckRecord(CheckKind.OBJECT, "test", "unexplained", CheckVerdict.RETAINED,
        "G1", 3, Optional.empty(), Optional.of("explanations are off"), List.of(),
        new ObjectDetails(1, 1, 1)));
    // WHEN / THEN
    assertThat(gate.endOfRunLine()).hasValueSatisfying(line -> assertThat(line)
        .startsWith("Retention: 1 check in this JVM: 0 released, 1 new leak; stale baseline"
            + " entries not judged: a failed check has retained objects without a retention"
            + " path; report: "));
  }

  @Test
  void should_name_three_stale_entries_and_count_the_others() throws Exception {
    // GIVEN five entries, none matched
    StringBuilder entries = new StringBuilder();
    for (int i = 1; i <= 5; i++) {
      entries.append("000000000000000").append(i).append("  reason ").append(i).append('\n');
    }
    LeakGate gate = new LeakGate(new GateSettings(baseline(entries.toString()), Optional.empty(),
        Optional.empty(), false));
    gate.record(released("a"));
    // WHEN / THEN
    assertThat(gate.endOfRunLine()).contains("Retention: 1 check in this JVM: 1 released;"
        + " 5 baseline entries not matched in this JVM: 0000000000000001 (reason 1),"
        + " 0000000000000002 (reason 2), 0000000000000003 (reason 3) and 2 more,"
        + " retention:check judges them across all test JVMs");
  }

  @Test
  void should_count_contexts_and_write_them_in_the_report() throws Exception {
    // GIVEN three contexts created, two closed: one proven released, one still reachable
    LeakGate gate = new LeakGate(settings(Optional.empty()));
    ContextTally contexts = gate.contexts();
    contexts.created();
    contexts.created();
    contexts.created();
    contexts.closed();
    contexts.closed();
    gate.record(context("ReleasingTest", CheckVerdict.RELEASED, 1, 0));
    gate.record(context("LeakingTest", CheckVerdict.RETAINED, 1, 1));
    // WHEN
    Optional<String> line = gate.endOfRunLine();
    gate.finish();
    RetentionReport report = RetentionReports.read(gate.reportFile().orElseThrow());
    // THEN the line and the report say the same
    assertThat(line).contains("Retention: 2 checks in this JVM: 1 released, 1 new leak;"
        + " Spring contexts: 3 created, 2 closed, 1 released, 1 still cached at the end; report: "
        + gate.reportFile().orElseThrow());
    assertThat(report.contexts()).isEqualTo(new ContextCounts(3, 2, 1, 1));
    assertThat(Files.readString(gate.reportFile().orElseThrow())).endsWith("\"contexts\":"
        + " {\"created\": 3, \"closed\": 2, \"released\": 1, \"stillCached\": 1}}\n");
  }

  @Test
  void should_say_the_contexts_of_a_run_without_a_check_and_write_its_report() throws Exception {
    // GIVEN a context created, never closed, and no check
    LeakGate gate = new LeakGate(settings(Optional.empty()));
    gate.contexts().created();
    // WHEN
    Optional<String> line = gate.endOfRunLine();
    gate.finish();
    // THEN
    assertThat(line).contains("Retention: no check in this JVM; Spring contexts: 1 created,"
        + " 0 closed, 0 released, 1 still cached at the end; report: "
        + gate.reportFile().orElseThrow());
    RetentionReport report = RetentionReports.read(gate.reportFile().orElseThrow());
    assertThat(report.checks()).isEmpty();
    assertThat(report.contexts()).isEqualTo(new ContextCounts(1, 0, 0, 1));
  }

  @Test
  void should_write_no_contexts_field_when_none_was_counted() throws Exception {
    // GIVEN a run of object checks only
    LeakGate gate = new LeakGate(settings(Optional.empty()));
    gate.record(released("a"));
    // WHEN
    gate.finish();
    // THEN its report reads and is written as before the counts existed
    assertThat(RetentionReports.read(gate.reportFile().orElseThrow()).contexts()).isNull();
    assertThat(Files.readString(gate.reportFile().orElseThrow())).doesNotContain("contexts")
        .endsWith("\"staleUnknownReason\": null}\n");
  }

  @Test
  void should_refuse_negative_counts_naming_the_field() {
    // GIVEN a report whose contexts were edited by hand
    String text = ReportJson.header(1, "17", java.time.Instant.EPOCH, null)
        + "], \"finished\": \"2026-01-01T00:00:00Z\", \"staleBaselineEntries\": [],"
        + " \"staleUnknownReason\": null, \"contexts\": {\"created\": 1, \"closed\": 2,"
        + " \"released\": -1, \"stillCached\": 0}}\n";
    // WHEN / THEN
    assertThatThrownBy(() -> ReportJson.read(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the report's contexts: context counts cannot be negative, but were 1 created,"
            + " 2 closed, -1 released, 0 still cached");
  }

  private GateSettings settings(Optional<Path> baseline) {
    return new GateSettings(baseline, Optional.of(directory), Optional.empty(), false);
  }

  private Optional<Path> baseline(String text) throws Exception {
    return Optional.of(Files.writeString(directory.resolve("baseline.txt"), text));
  }

  private static CheckRecord released(String name) {
    return new CheckRecord(CheckKind.OBJECT, "test", name, CheckVerdict.RELEASED, "G1", 3,
        Optional.empty(), Optional.empty(), List.of(), new ObjectDetails(1, 0, 1));
  }

  private static CheckRecord inconclusive(String name) {
    return new CheckRecord(CheckKind.OBJECT, "test", name, CheckVerdict.INCONCLUSIVE, "G1", 3,
        Optional.of("no full collection"), Optional.empty(), List.of(),
        new ObjectDetails(1, 0, 0));
  }

  private static CheckRecord retained(String name, String fingerprint) {
    return new CheckRecord(CheckKind.OBJECT, "test", name, CheckVerdict.RETAINED, "G1", 3,
        Optional.empty(), Optional.empty(), List.of(new LeakRecord(fingerprint, "value",
            Reachability.STRONG, RootKind.STATIC_FIELD, "static field com.acme.Cache.ALL",
            List.of("ArrayList.elementData"), 16, Optional.empty())),
        new ObjectDetails(1, 1, 1));
  }

  private static CheckRecord context(String name, CheckVerdict verdict, int checked,
      int retained) {
    return new CheckRecord(CheckKind.CONTEXT, "spring", name, verdict, "G1", 3, Optional.empty(),
        Optional.empty(), retained == 0 ? List.of() : List.of(new LeakRecord("00000000000000dd",
            "application context", Reachability.STRONG, RootKind.STATIC_FIELD,
            "static field com.acme.Registry.ALL", List.of("ArrayList.elementData"), 16,
            Optional.empty())), new ObjectDetails(checked, retained, 1));
  }
}
