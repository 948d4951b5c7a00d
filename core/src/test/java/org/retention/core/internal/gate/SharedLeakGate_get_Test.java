package org.retention.core.internal.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.RetentionReport;
import org.retention.core.RetentionReports;

class SharedLeakGate_get_Test {
  @TempDir
  Path directory;

  @Test
  void should_finish_the_report_when_the_jvm_exits() throws Exception {
    // WHEN
    int exitCode = runChild("exit");
    // THEN
    assertThat(exitCode).isZero();
    RetentionReport report = onlyReport();
    assertThat(report.checks()).extracting(CheckRecord::name)
        .containsExactly("check 1", "check 2", "check 3");
    assertThat(report.finished()).isNotNull();
    assertThat(report.staleBaselineEntries()).isEmpty();
  }

  @Test
  void should_keep_every_recorded_check_when_the_jvm_dies() throws Exception {
    // WHEN the JVM dies without running its shutdown hooks
    int exitCode = runChild("halt");
    // THEN
    assertThat(exitCode).isEqualTo(3);
    RetentionReport report = onlyReport();
    assertThat(report.checks()).extracting(CheckRecord::name)
        .containsExactly("check 1", "check 2", "check 3");
    assertThat(report.finished()).isNull();
    assertThat(report.staleBaselineEntries()).isNull();
  }

  private int runChild(String end) throws Exception {
    Process child = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ChildRun.class.getName(),
        directory.toString(), end)
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child JVM ended").isTrue();
    return child.exitValue();
  }

  private RetentionReport onlyReport() throws Exception {
    List<RetentionReport> reports = RetentionReports.readAll(directory);
    assertThat(reports).hasSize(1);
    return reports.get(0);
  }
}
