package org.retention.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.retention.junit.RetentionExtension;
import org.retention.junit.RetentionTracker;

/**
 * The line a JUnit run ends with, printed by the listener that the launcher finds as a service:
 * in a child JVM that runs fixtures through a real launcher session, as surefire and IDEs do.
 */
class EndOfRunListener_launcherSessionClosed_Test {
  private static final Pattern LINE = Pattern.compile("(?m)^Retention: .* in this JVM.*$");

  @TempDir
  Path directory;

  /** One released check. */
  @ExtendWith(RetentionExtension.class)
  static class CheckedFixture {
    @Test
    void releases(RetentionTracker tracker) {
      tracker.track(new StringBuilder("released"), "a builder");
    }
  }

  /** No check at all. */
  static class UncheckedFixture {
    @Test
    void runs() {
      assertThat(1 + 1).isEqualTo(2);
    }
  }

  @Test
  void should_print_one_line_with_the_checks_and_the_entries_this_jvm_did_not_match()
      throws Exception {
    // GIVEN a baseline whose one entry no check will match
    Path baseline = Files.writeString(directory.resolve("baseline.txt"),
        "0123456789abcdef  fixed long ago\n");
    Path reports = directory.resolve("reports");
    // WHEN a session runs a checked class
    String output = child(List.of("-Dretention.baseline=" + baseline,
        "-Dretention.report.dir=" + reports), CheckedFixture.class);
    // THEN it ends with one line, which names the report
    List<String> lines = lines(output);
    assertThat(lines).as(output).hasSize(1);
    Path report;
    try (var files = Files.list(reports)) {
      report = files.findFirst().orElseThrow();
    }
    assertThat(lines.get(0)).isEqualTo("Retention: 1 check in this JVM: 1 released; 1 baseline"
        + " entry not matched in this JVM: 0123456789abcdef (fixed long ago), retention:check"
        + " judges it across all test JVMs; report: " + report);
  }

  @Test
  void should_print_nothing_when_no_check_ran() throws Exception {
    // WHEN a session runs a class without checks
    String output = child(List.of("-Dretention.report.dir=" + directory), UncheckedFixture.class);
    // THEN Retention says nothing, and writes no report
    assertThat(output).doesNotContain("Retention");
    try (var files = Files.list(directory)) {
      assertThat(files.toList()).isEmpty();
    }
  }

  private static List<String> lines(String output) {
    List<String> lines = new ArrayList<>();
    Matcher line = LINE.matcher(output);
    while (line.find()) {
      lines.add(line.group());
    }
    return lines;
  }

  /** The output of a child JVM that runs {@code fixture} in one launcher session. */
  private static String child(List<String> options, Class<?> fixture)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m"));
    command.addAll(options);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        EndOfRunListener_launcherSessionClosed_Test.class.getName(), fixture.getName()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }

  /** The child: one launcher session that runs the named class. */
  public static void main(String[] fixture) throws Exception {
    try (LauncherSession session = LauncherFactory.openSession()) {
      session.getLauncher().execute(LauncherDiscoveryRequestBuilder.request()
          .selectors(selectClass(Class.forName(fixture[0]))).build());
    }
  }
}
