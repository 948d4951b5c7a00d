package org.retention.e2e.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retention.core.internal.gate.LeakGate;
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
    Run today = run(directory.resolve("today"), "-D" + LeakGate.BASELINE_WRITE + "=" + baseline);
    assertThat(today.exitCode()).as(today.output()).isEqualTo(1);
    assertThat(today.output()).contains("1 tests successful", "2 tests failed");
    String todaysReport = report(directory.resolve("today"));
    String known = fingerprintOf(todaysReport, "knownLeak");
    String introduced = fingerprintOf(todaysReport, "newLeak");
    assertThat(known).isNotEqualTo(introduced);
    assertThat(Files.readString(baseline)).contains(known + "  ", introduced + "  ");
    // ... of which the team keeps the known leak, and one entry fixed long ago
    Files.writeString(baseline, "# accepted leaks\n" + known + "  the audit log, until TICKET-1\n"
        + STALE + "  fixed long ago\n");

    // WHEN the suite runs against that baseline
    Run gated = run(directory.resolve("gated"), "-D" + LeakGate.BASELINE + "=" + baseline);

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
    String report = report(directory.resolve("gated"));
    assertThat(fingerprintOf(report, "knownLeak")).isEqualTo(known);
    assertThat(fingerprintOf(report, "newLeak")).isEqualTo(introduced);
    assertThat(report)
        .containsPattern("\"name\": \"[^\"]*knownLeak[^\"]*\",\\s+\"verdict\": \"accepted\"")
        .containsPattern("\"name\": \"[^\"]*newLeak[^\"]*\",\\s+\"verdict\": \"retained\"")
        .containsPattern("\"name\": \"[^\"]*clean[^\"]*\",\\s+\"verdict\": \"released\"")
        .contains("\"baselineReason\": \"the audit log, until TICKET-1\"")
        .containsPattern("\"staleBaselineEntries\": \\[\\s+\\{\\s+\"fingerprint\": \"" + STALE
            + "\",\\s+\"reason\": \"fixed long ago\"");
  }

  private static Run run(Path reportDirectory, String option) throws Exception {
    return ConsoleLauncher.launch(ConsoleLauncher.JUNIT5, GateFixture.class,
        List.of("-D" + LeakGate.REPORT_DIR + "=" + reportDirectory, option), PARALLEL);
  }

  /** The one report of a run's directory. */
  private static String report(Path reportDirectory) throws Exception {
    try (Stream<Path> files = Files.list(reportDirectory)) {
      List<Path> reports = files.filter(file -> file.getFileName().toString().endsWith(".json"))
          .toList();
      assertThat(reports).as("one report per JVM run").hasSize(1);
      return Files.readString(reports.get(0), StandardCharsets.UTF_8);
    }
  }

  /** The fingerprint of the first leak of the check whose name contains {@code test}. */
  private static String fingerprintOf(String report, String test) {
    Matcher check = Pattern.compile("\"name\": \"[^\"]*" + test
        + "[^\"]*\",[^}]*?\"fingerprint\": \"([0-9a-f]{16})\"", Pattern.DOTALL).matcher(report);
    assertThat(check.find()).as("a leak of %s in%n%s", test, report).isTrue();
    return check.group(1);
  }
}
