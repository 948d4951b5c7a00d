package org.retention.gate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retention.core.report.CheckVerdict;

class ReportFile_read_Test {
  @TempDir
  Path directory;

  @Test
  void should_read_an_empty_report_as_a_jvm_that_did_not_finish_and_keep_the_others()
      throws IOException {
    // GIVEN a 0-byte report (a JVM killed before its first write) next to a good one
    Path empty = Files.createFile(directory.resolve("retention-report-4242-1-ab.json"));
    ReportFile good = Reports.report("fork-1.json", Reports.released("CacheTest#clean()"),
        Reports.retained("AuditTest#known()", Reports.leak(Reports.AUDIT_LEAK, "a")));
    // WHEN both are merged
    ReportFile unfinished = ReportFile.read(empty);
    MergedReports merged = MergedReports.judge(List.of(good, unfinished), Optional.empty());
    // THEN the empty one is an unfinished run, and the summary is whole
    assertThat(unfinished.finished()).isFalse();
    assertThat(unfinished.report().pid()).isEqualTo(4242);
    assertThat(merged.checks()).hasSize(2);
    assertThat(merged.withVerdict(CheckVerdict.RETAINED)).hasSize(1);
    assertThat(SummaryMarkdown.of(merged)).contains("## Retention: 1 failed check",
        "AuditTest#known(): retained 1 of 2",
        "> **Warning:** 1 test JVM did not finish (killed or crashed)");
  }
}
