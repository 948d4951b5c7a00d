package org.retention.e2e.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retention.core.internal.gate.GateSettings;
import org.retention.core.report.BaselineEntry;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.LeakRecord;
import org.retention.core.report.RetentionReport;
import org.retention.core.RetentionReports;
import org.retention.e2e.ConsoleLauncher;
import org.retention.e2e.ConsoleLauncher.Run;

/**
 * The pull-request gate end to end, in child JVMs running a suite in parallel: write a baseline
 * from today's leaks, keep the known one, and only the new leak fails; the report records both
 * with their fingerprints, and a baseline entry that no longer occurs is reported as stale.
 */
class LeakGateEndToEndTest {
  private static final List<String> PARALLEL = List.of(
      "--config=junit.jupiter.execution.parallel.enabled=true",
      "--config=junit.jupiter.execution.parallel.mode.default=concurrent");
  private static final String STALE = "0123456789abcdef";

  @TempDir
  Path directory;

  @Test
  void a_baselined_leak_passes_a_new_leak_fails_and_a_stale_entry_is_reported() throws Exception {
    // GIVEN a baseline written from the leaks the suite has today
    Path baseline = directory.resolve("retention-baseline.txt");
    Run today = run(directory.resolve("today"),
        "-D" + GateSettings.BASELINE_WRITE + "=" + baseline);
    assertThat(today.exitCode()).as(today.output()).isEqualTo(1);
    assertThat(today.output()).contains("1 tests successful", "2 tests failed");
    RetentionReport todaysReport = report(directory.resolve("today"));
    String known = check(todaysReport, "knownLeak").leaks().get(0).fingerprint();
    String introduced = check(todaysReport, "newLeak").leaks().get(0).fingerprint();
    assertThat(known).isNotEqualTo(introduced);
    assertThat(Files.readString(baseline)).contains(known + "  ", introduced + "  ");
    // ... of which the team keeps the known leak, and one entry fixed long ago
    Files.writeString(baseline, "# accepted leaks\n" + known + "  the audit log, until TICKET-1\n"
        + STALE + "  fixed long ago\n");

    // WHEN the suite runs against that baseline
    Run gated = run(directory.resolve("gated"), "-D" + GateSettings.BASELINE + "=" + baseline);

    // THEN only the new leak fails
    assertThat(gated.exitCode()).as(gated.output()).isEqualTo(1);
    assertThat(gated.output())
        .contains("2 tests successful", "1 tests failed")
        .contains("object the new leak (java.lang.StringBuilder")
        .doesNotContain("object the known leak (")
        .contains("Retention: 1 baseline entry of " + baseline + " no longer occurred in this run;"
            + " remove it:")
        .contains("  " + STALE + "  fixed long ago");
    // AND the report has both leaks with their fingerprints, and the stale entry
    RetentionReport report = report(directory.resolve("gated"));
    CheckRecord knownLeak = check(report, "knownLeak");
    CheckRecord newLeak = check(report, "newLeak");
    assertThat(knownLeak.verdict()).isEqualTo(CheckVerdict.ACCEPTED);
    assertThat(knownLeak.leaks()).singleElement().satisfies(leak -> {
      assertThat(leak.fingerprint()).isEqualTo(known);
      assertThat(leak.baselineReason()).contains("the audit log, until TICKET-1");
    });
    assertThat(newLeak.verdict()).isEqualTo(CheckVerdict.RETAINED);
    assertThat(newLeak.leaks()).extracting(LeakRecord::fingerprint).containsExactly(introduced);
    assertThat(check(report, "clean").verdict()).isEqualTo(CheckVerdict.RELEASED);
    assertThat(report.finished()).isNotNull();
    assertThat(report.staleBaselineEntries())
        .containsExactly(new BaselineEntry(STALE, "fixed long ago"));
  }

  private static Run run(Path reportDirectory, String option) throws Exception {
    return ConsoleLauncher.launch(ConsoleLauncher.JUNIT5, GateFixture.class,
        List.of("-D" + GateSettings.REPORT_DIR + "=" + reportDirectory, option), PARALLEL);
  }

  /** The one report of a run's directory. */
  private static RetentionReport report(Path reportDirectory) throws Exception {
    List<RetentionReport> reports = RetentionReports.readAll(reportDirectory);
    assertThat(reports).as("one report per JVM run").hasSize(1);
    return reports.get(0);
  }

  /** The check whose name contains {@code test}. */
  private static CheckRecord check(RetentionReport report, String test) {
    return report.checks().stream().filter(check -> check.name().contains(test)).findFirst()
        .orElseThrow(() -> new AssertionError("no check of " + test + " in " + report));
  }
}
