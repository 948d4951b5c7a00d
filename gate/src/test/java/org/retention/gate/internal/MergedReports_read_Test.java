package org.retention.gate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.LeakBaseline;

class MergedReports_read_Test {
  private static final String HEADER = "{\"schema\": \"retention-report/2\", \"pid\": 101,"
      + " \"java\": \"17.0.15+6\", \"started\": \"2026-11-29T10:00:00Z\", \"baseline\": null,"
      + " \"checks\": [\n";
  private static final String FOOTER = "], \"finished\": \"2026-11-29T10:01:00Z\","
      + " \"staleBaselineEntries\": null, \"staleUnknownReason\": null}\n";

  @TempDir
  Path directory;

  private static String check(boolean first, String name, String verdict, String leaks) {
    return (first ? "" : ",") + "{\"kind\": \"object\", \"source\": \"junit\", \"name\": \""
        + name + "\", \"verdict\": \"" + verdict + "\", \"collector\": \"G1\", \"timeMillis\": 10,"
        + " \"inconclusiveReason\": " + (verdict.equals("inconclusive") ? "\"epsilon\"" : "null")
        + ", \"unexplainedReason\": null, \"leaks\": [" + leaks + "], \"details\":"
        + " {\"checked\": 1, \"retained\": " + (leaks.isEmpty() ? 0 : 1)
        + ", \"fullCollections\": 1}}\n";
  }

  private static String leak(String fingerprint) {
    return "{\"fingerprint\": \"" + fingerprint + "\", \"object\": \"value (org.example.Session)\","
        + " \"reachability\": \"STRONG\", \"rootKind\": \"STATIC_FIELD\", \"root\": \"static field"
        + " org.example.Audit.LOG\", \"path\": [\"Audit.LOG\"], \"retainedBytes\": 64,"
        + " \"baselineReason\": null}";
  }

  @Test
  void should_count_released_checks_per_test_class_and_hold_only_the_others() throws IOException {
    // GIVEN two reports: passes of two test classes, an accepted leak, a new one, an inconclusive
    Path first = Files.writeString(directory.resolve("retention-report-1-a.json"), HEADER
        + check(true, "org.example.CacheTest#a()", "released", "")
        + check(false, "org.example.CacheTest#b()", "released", "")
        + check(false, "org.example.AuditTest#known()", "retained", leak(Reports.AUDIT_LEAK))
        + check(false, "org.example.PoolTest#c()", "released", "") + FOOTER);
    Path second = Files.writeString(directory.resolve("retention-report-2-b.json"), HEADER
        + check(true, "org.example.CacheTest#c()", "released", "")
        + check(false, "org.example.BusTest#new()", "retained", leak(Reports.LISTENER_LEAK))
        + check(false, "org.example.GcTest#epsilon()", "inconclusive", "") + FOOTER);
    Optional<LeakBaseline> baseline = Optional.of(new LeakBaseline(Path.of("b.txt"),
        Map.of(Reports.AUDIT_LEAK, "known", "0123456789abcdef", "fixed")));
    // WHEN they are read as they are judged
    MergedReports merged = MergedReports.read(List.of(first, second), baseline);
    // THEN the passes are counted, every other check is held, and the verdicts are judge's
    assertThat(merged.count()).isEqualTo(7);
    assertThat(merged.count(CheckVerdict.RELEASED)).isEqualTo(4);
    assertThat(merged.count(CheckVerdict.ACCEPTED)).isEqualTo(1);
    assertThat(merged.passed()).extracting(PassedChecks::reportFile, PassedChecks::testClass,
        PassedChecks::checks, PassedChecks::timeMillis).containsExactly(
            tuple(first, "org.example.CacheTest", 2, 20L),
            tuple(first, "org.example.PoolTest", 1, 10L),
            tuple(second, "org.example.CacheTest", 1, 10L));
    assertThat(merged.listed()).extracting(judged -> judged.check().name(), JudgedCheck::verdict)
        .containsExactly(tuple("org.example.AuditTest#known()", CheckVerdict.ACCEPTED),
            tuple("org.example.BusTest#new()", CheckVerdict.RETAINED),
            tuple("org.example.GcTest#epsilon()", CheckVerdict.INCONCLUSIVE));
    assertThat(merged.checks()).isEqualTo(merged.listed());
    assertThat(merged.reports()).allSatisfy(report -> assertThat(report.report().checks()).isEmpty());
    assertThat(merged.checkTime().toMillis()).isEqualTo(70);
    List<ReportFile> whole = new ArrayList<>();
    for (Path file : List.of(first, second)) {
      whole.add(ReportFile.read(file));
    }
    MergedReports judged = MergedReports.judge(whole, baseline);
    assertThat(merged.failures()).isEqualTo(judged.failures());
    assertThat(merged.staleEntries()).isEqualTo(judged.staleEntries());
    assertThat(merged.fingerprints()).isEqualTo(judged.fingerprints());
    assertThat(SummaryMarkdown.of(merged)).isEqualTo(SummaryMarkdown.of(judged));
    assertThat(HtmlReport.of(merged)).isEqualTo(HtmlReport.of(judged));
  }

  @Test
  void should_read_an_empty_report_as_an_unfinished_run_beside_the_others() throws IOException {
    // GIVEN a 0-byte report next to a good one
    Path empty = Files.createFile(directory.resolve("retention-report-4242-1-ab.json"));
    Path good = Files.writeString(directory.resolve("retention-report-1-a.json"), HEADER
        + check(true, "org.example.CacheTest#a()", "released", "") + FOOTER);
    // WHEN
    MergedReports merged = MergedReports.read(List.of(good, empty), Optional.empty());
    // THEN
    assertThat(merged.unfinished()).extracting(ReportFile::file).containsExactly(empty);
    assertThat(merged.count(CheckVerdict.RELEASED)).isEqualTo(1);
  }

  @Test
  void should_name_a_check_without_a_test_class_by_what_checked_it() {
    assertThat(PassedChecks.testClassOf(Reports.released("BusTest.subscribe:12")))
        .isEqualTo("BusTest");
    assertThat(PassedChecks.testClassOf(Reports.released("cache \"a\"")))
        .isEqualTo("checks by assertj without a test class");
  }

  @Test
  void should_refuse_a_malformed_report_naming_its_file_and_line() throws IOException {
    // GIVEN a good report, then one whose second check breaks the schema
    Path good = Files.writeString(directory.resolve("retention-report-1-a.json"), HEADER
        + check(true, "org.example.CacheTest#a()", "released", "") + FOOTER);
    Path bad = Files.writeString(directory.resolve("retention-report-2-b.json"), HEADER
        + check(true, "org.example.CacheTest#b()", "released", "")
        + check(false, "org.example.CacheTest#c()", "gone", "") + FOOTER);
    // WHEN
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
        () -> MergedReports.read(List.of(good, bad), Optional.empty()));
    // THEN
    assertThat(thrown).isInstanceOf(IOException.class).hasMessage(bad + ": not a retention"
        + " report: line 3: check 2: not a retention verdict: 'gone'");
  }
}
