package org.retention.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retention.gate.CheckOutcome;
import org.retention.gate.CheckRequest;
import org.retention.gate.GateLog;
import org.retention.gate.GateTool;
import org.retention.gate.ReportSet;
import org.retention.gate.RetentionGate;

/**
 * The shaded jar as a build tool runs it ({@code java -jar}, in a child JVM, from the project's
 * directory) on the reports of two CI shards: exit codes, console lines, and the same
 * {@code summary.md} and {@code report.html} as the Maven plugin's gate writes.
 */
class RetentionCli_jar_EndToEndTest {
  @TempDir
  Path project;

  @Test
  void should_print_its_help_from_the_jar_alone() throws Exception {
    Cli.Run run = Cli.jar(project, "--help");
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).startsWith("Usage: java -jar retention-cli.jar <command>");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void should_hold_nothing_but_retention_core_gate_and_cli() throws IOException {
    // The jar is all a build tool needs, and brings no library of its own onto a build.
    try (JarFile jar = new JarFile(Cli.jarFile().toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo(RetentionCli.class.getName());
      assertThat(jar.stream().map(JarEntry::getName)
          .filter(name -> !name.startsWith("META-INF/") && !name.endsWith("/")))
          .isNotEmpty()
          .allMatch(name -> name.matches("org/retention/(core|gate|cli)/.*"))
          .contains("org/retention/gate/RetentionGate.class",
              "org/retention/core/RetentionReports.class");
      assertThat(jar.getEntry("META-INF/LICENSE")).isNotNull();
    }
  }

  @Test
  void should_gate_two_shards_exactly_as_the_maven_plugin_does() throws Exception {
    // GIVEN two shards' reports, each with a leak, and no baseline written yet
    Cli.copyTwoShards(project);
    // WHEN the CLI checks them (the baseline named as Maven names its parameter: absolute)
    Path baseline = project.resolve("retention-baseline.txt");
    Cli.Run run = Cli.jar(project, "check", "--baseline", baseline.toString(), "shard-1",
        "shard-2");
    // THEN both leaks fail it, exit 1, and the lines say what to do
    Path summary = Path.of("target/retention/summary.md");
    Path html = Path.of("target/retention/report.html");
    assertThat(run.exitCode()).isEqualTo(RetentionCli.FAILED);
    assertThat(run.out()).isEqualTo("Retention: no baseline at " + baseline + " yet, so no"
        + " leak is accepted; java -jar retention-cli.jar baseline writes it\n"
        + "Retention: 4 checks in 2 reports: 2 released, 0 accepted, 2 retained, 0 inconclusive ("
        + summary + ", " + html + ")\n");
    assertThat(run.err()).isEqualTo("""
        2 retention checks failed and are not accepted by the baseline:
          AuditTest#clearReleasesValues(): retained 1 of 1000 after 2 full GCs (G1)
            leak 7a5218bb091fd854: value "session-17" (org.example.Session), retains 1,048,616 bytes
              GC root: static field org.example.AuditLog.RECENT
                AuditLog.RECENT
                ArrayList.elementData
                Object[][3]
                AuditEntry.session
                -> value "session-17" (org.example.Session)
          ListenerTest#unregisterReleasesOwner(): retained 1 of 1 after 2 full GCs (ZGC)
            leak 1c0ffee000000001: tracked "owner" (org.example.Owner), retains 16,440 bytes
              GC root: static field org.example.Bus.INSTANCE
                Bus.listeners
                ArrayList.elementData
                Object[][0]
                Listener.owner
                -> tracked "owner" (org.example.Owner)
        Full paths: target/retention/report.html. To accept a leak, add its fingerprint and a\
         reason to the baseline (java -jar retention-cli.jar baseline writes one).
        """);
    // AND summary.md and report.html are the ones the plugin's goal writes for the same inputs
    List<String> pluginLog = new ArrayList<>();
    CheckOutcome plugin = pluginGate(pluginLog).check(new CheckRequest(
        new ReportSet(project.resolve("target/retention"), List.of("shard-1", "shard-2"), project),
        Optional.of(baseline), project.resolve("plugin"), false,
        true));
    assertThat(plugin.passed()).isFalse();
    assertThat(project.resolve(summary)).hasSameTextualContentAs(plugin.summary());
    assertThat(project.resolve(html)).hasSameTextualContentAs(plugin.report());
    assertThat(Files.readString(project.resolve(summary)))
        .startsWith("## Retention: 2 failed checks\n");
    assertThat(Files.readString(project.resolve(html))).contains("AuditTest#clearReleasesValues()",
        "ListenerTest#unregisterReleasesOwner()", "<svg");
  }

  @Test
  void should_pass_once_the_baseline_accepts_both_shards_leaks() throws Exception {
    // GIVEN
    Cli.copyTwoShards(project);
    // WHEN the baseline is written from both shards, and the check runs against it
    Cli.Run written = Cli.jar(project, "baseline", "--baseline", "retention-baseline.txt",
        "shard-*/*.json");
    Cli.Run checked = Cli.jar(project, "check", "--baseline", "retention-baseline.txt",
        "shard-*/*.json");
    // THEN
    assertThat(written.exitCode()).isEqualTo(RetentionCli.PASSED);
    assertThat(written.out()).isEqualTo("Retention: wrote 2 leak fingerprint(s) from 2 report(s)"
        + " to retention-baseline.txt (0 kept their reason, 0 dropped as stale)\n");
    assertThat(written.err()).isEmpty();
    assertThat(Files.readString(project.resolve("retention-baseline.txt")))
        .contains("1c0ffee000000001  TODO", "7a5218bb091fd854  TODO");
    assertThat(checked.exitCode()).isEqualTo(RetentionCli.PASSED);
    assertThat(checked.out()).isEqualTo("Retention: 4 checks in 2 reports: 2 released,"
        + " 2 accepted, 0 retained, 0 inconclusive (target/retention/summary.md,"
        + " target/retention/report.html)\n");
    assertThat(checked.err()).isEmpty();
  }

  @Test
  void should_refuse_a_shard_that_breaks_the_schema_with_exit_2_naming_file_and_line()
      throws Exception {
    // GIVEN shard 2's leak with a fingerprint that would break out of an HTML attribute
    Cli.copyTwoShards(project);
    Path shard = project.resolve("shard-2/retention-report-202-1700000000001-b2.json");
    Files.writeString(shard, Files.readString(shard)
        .replace("\"1c0ffee000000001\"", "\"0123\\\" onmouseover=\\\"alert(1)\""));
    // WHEN
    Cli.Run run = Cli.jar(project, "check", "shard-1", "shard-2");
    // THEN it is refused, and nothing is rendered
    assertThat(run.exitCode()).isEqualTo(RetentionCli.ERROR);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("Cannot read the retention reports: "
        + shard.toAbsolutePath() + ": not a retention report: line 2: check 1 leak 1: expected"
        + " \"fingerprint\" to be 16 lowercase hex digits but was \"0123\\\" onmouseover=\\\""
        + "alert(1)\"\n");
    assertThat(project.resolve("target/retention/report.html")).doesNotExist();
  }

  /** The gate as the Maven plugin's goals build it. */
  private static RetentionGate pluginGate(List<String> log) {
    return new RetentionGate(new GateTool("mvn retention:baseline", "the reports parameter"),
        GateLog.of(log::add, log::add));
  }
}
