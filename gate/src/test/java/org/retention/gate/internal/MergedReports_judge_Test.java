package org.retention.gate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retention.gate.internal.Reports.AUDIT_LEAK;
import static org.retention.gate.internal.Reports.LISTENER_LEAK;
import static org.retention.gate.internal.Reports.inconclusive;
import static org.retention.gate.internal.Reports.leak;
import static org.retention.gate.internal.Reports.released;
import static org.retention.gate.internal.Reports.report;
import static org.retention.gate.internal.Reports.retained;
import static org.retention.gate.internal.Reports.staleReport;
import static org.retention.gate.internal.Reports.unexplained;
import static org.retention.gate.internal.Reports.unfinished;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.retention.core.report.BaselineEntry;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.LeakBaseline;

class MergedReports_judge_Test {
  private static final String FIXED_LONG_AGO = "0123456789abcdef";

  private static Optional<LeakBaseline> baseline(Map<String, String> reasons) {
    return Optional.of(new LeakBaseline(Path.of("retention-baseline.txt"), reasons));
  }

  @Test
  void should_fail_on_a_leak_the_baseline_does_not_accept_and_pass_the_one_it_accepts() {
    // GIVEN two forks: one with a known leak, one with a new leak
    List<ReportFile> forks = List.of(
        report("fork-1.json", released("CacheTest#clean()"), retained("AuditTest#known()",
            leak(AUDIT_LEAK, "ArrayList.elementData"))),
        report("fork-2.json", retained("ListenerTest#introduced()",
            leak(LISTENER_LEAK, "Bus.listeners"))));
    // WHEN they are judged against a baseline accepting the known one
    MergedReports merged = MergedReports.judge(forks,
        baseline(Map.of(AUDIT_LEAK, "until TICKET-1")));
    // THEN only the new leak fails
    assertThat(merged.failures()).extracting(judged -> judged.check().name())
        .containsExactly("ListenerTest#introduced()");
    assertThat(merged.accepted()).extracting(judged -> judged.check().name())
        .containsExactly("AuditTest#known()");
    assertThat(merged.checks()).hasSize(3);
    assertThat(merged.staleEntries()).isEmpty();
  }

  @Test
  void should_report_an_entry_stale_only_when_no_fork_or_shard_matched_it() {
    // GIVEN fork 1 matches the audit leak, the shard the listener leak, nobody the third entry
    List<ReportFile> reports = List.of(
        report("fork-1.json", retained("AuditTest#known()", leak(AUDIT_LEAK, "a"))),
        report("fork-2.json", released("CacheTest#clean()")),
        report("shard-2.json", retained("ListenerTest#known()", leak(LISTENER_LEAK, "b"))));
    // WHEN judged against a baseline with all three
    MergedReports merged = MergedReports.judge(reports, baseline(Map.of(AUDIT_LEAK, "audit",
        LISTENER_LEAK, "listener", FIXED_LONG_AGO, "fixed long ago")));
    // THEN only the entry no report matched is stale, and nothing fails
    assertThat(merged.staleEntries())
        .containsExactly(new BaselineEntry(FIXED_LONG_AGO, "fixed long ago"));
    assertThat(merged.failures()).isEmpty();
  }

  @Test
  void should_not_accept_a_check_with_an_unexplained_object_and_not_judge_staleness() {
    // GIVEN a retained check without a retention path
    List<ReportFile> reports = List.of(report("fork-1.json", unexplained("CacheTest#dark()")));
    // WHEN judged against a baseline
    MergedReports merged = MergedReports.judge(reports, baseline(Map.of(AUDIT_LEAK, "audit")));
    // THEN it fails, and no entry is called stale: the unknown fingerprint may be it
    assertThat(merged.failures()).extracting(JudgedCheck::verdict)
        .containsExactly(CheckVerdict.RETAINED);
    assertThat(merged.staleEntries()).isEmpty();
    assertThat(merged.staleUnknownReason()).hasValue("1 failed check had retained objects without"
        + " a retention path, which may be any baselined leak (first: CacheTest#dark(): explanations"
        + " are off (retention.explain=false))");
  }

  @Test
  void should_fail_an_accepted_check_whose_leak_the_build_baseline_no_longer_accepts() {
    // GIVEN a check the test JVM accepted with its own baseline
    List<ReportFile> reports = List.of(report("fork-1.json", Reports.object("junit",
        "AuditTest#known()", CheckVerdict.ACCEPTED, "G1", 40, java.util.Optional.empty(),
        java.util.Optional.empty(), List.of(leak(AUDIT_LEAK, "a")),
        new org.retention.core.report.ObjectDetails(1, 1, 2))));
    // WHEN the build's baseline does not list it
    MergedReports merged = MergedReports.judge(reports, baseline(Map.of()));
    // THEN the build fails it
    assertThat(merged.failures()).extracting(JudgedCheck::verdict)
        .containsExactly(CheckVerdict.RETAINED);
  }

  @Test
  void should_keep_recorded_verdicts_and_intersect_stale_lists_without_a_baseline() {
    // GIVEN fork 1 lists both entries stale, fork 2 matched the audit leak (so lists only one)
    List<ReportFile> reports = List.of(
        staleReport("fork-1.json", List.of(new BaselineEntry(AUDIT_LEAK, "audit"),
            new BaselineEntry(FIXED_LONG_AGO, "fixed long ago")), released("A#a()")),
        staleReport("fork-2.json", List.of(new BaselineEntry(FIXED_LONG_AGO, "fixed long ago")),
            inconclusive("B#b()"), retained("C#c()", leak(AUDIT_LEAK, "x"))));
    // WHEN judged without a build baseline
    MergedReports merged = MergedReports.judge(reports, Optional.empty());
    // THEN the verdicts stand and only the entry no fork matched is stale
    assertThat(merged.failures()).extracting(judged -> judged.check().name())
        .containsExactly("B#b()", "C#c()");
    assertThat(merged.staleEntries())
        .containsExactly(new BaselineEntry(FIXED_LONG_AGO, "fixed long ago"));
  }

  @Test
  void should_name_the_reports_of_jvms_that_did_not_finish() {
    // GIVEN a fork killed mid-run
    ReportFile killed = unfinished("fork-2.json", released("A#a()"));
    // WHEN merged
    MergedReports merged = MergedReports.judge(List.of(report("fork-1.json"), killed),
        Optional.empty());
    // THEN it is named
    assertThat(merged.unfinished()).containsExactly(killed);
  }

  @Test
  void should_list_each_fingerprint_once_sorted_for_a_new_baseline() {
    // GIVEN the same leak in two forks
    List<ReportFile> reports = List.of(
        report("fork-1.json", retained("A#a()", leak(LISTENER_LEAK, "a"), leak(AUDIT_LEAK, "b"))),
        report("fork-2.json", retained("B#b()", leak(AUDIT_LEAK, "b"))));
    // WHEN merged
    MergedReports merged = MergedReports.judge(reports, Optional.empty());
    // THEN
    assertThat(merged.fingerprints()).containsExactly(LISTENER_LEAK, AUDIT_LEAK);
    assertThat(merged.checkTime().toMillis()).isEqualTo(2 * 480);
  }
}
