package org.retention.core.internal.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retention.core.RetentionReports;
import org.retention.core.report.RetentionReport;

class JvmParameters_get_Test {
  @TempDir
  Path directory;

  @Test
  void should_configure_the_gate_from_junit_platform_properties_when_an_assertion_checks_first()
      throws Exception {
    // GIVEN a baseline and a report directory set only in junit-platform.properties
    Path baseline = Files.writeString(directory.resolve("retention-baseline.txt"),
        "0123456789abcdef  known\n");
    Path reports = directory.resolve("reports");
    Path classes = Files.createDirectories(directory.resolve("classes"));
    Files.writeString(classes.resolve(JvmParameters.PLATFORM_FILE),
        "retention.baseline=" + baseline + "\nretention.report.dir=" + reports + "\n");
    // WHEN a JVM's first check reads system properties, as an AssertJ assertion does
    Process child = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        classes + File.pathSeparator + System.getProperty("java.class.path"),
        PlatformFileChild.class.getName())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child JVM ended").isTrue();
    // THEN its gate used the file's baseline and report directory
    assertThat(child.exitValue()).isZero();
    List<RetentionReport> written = RetentionReports.readAll(reports);
    assertThat(written).singleElement()
        .satisfies(report -> assertThat(report.baseline()).isEqualTo(baseline.toString()));
  }

  @Test
  void should_refuse_a_check_that_disagrees_with_the_gate_of_this_jvm_naming_the_key() {
    // GIVEN this JVM's gate, configured as every check of this run configures it
    SharedLeakGate.get(JvmParameters::get);
    // WHEN a later check gives the baseline another value
    // THEN it is refused, naming the key and both values, not silently ignored
    assertThatIllegalArgumentException().isThrownBy(() -> SharedLeakGate.get(key ->
            key.equals(GateSettings.BASELINE) ? Optional.of("elsewhere.txt")
                : JvmParameters.get(key)))
        .withMessageStartingWith("retention.baseline='elsewhere.txt', but this JVM's report and"
            + " baseline were configured by its first check with retention.baseline=");
  }
}
