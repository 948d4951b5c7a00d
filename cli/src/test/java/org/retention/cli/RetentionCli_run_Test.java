package org.retention.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line through its public entry point: arguments, console lines and exit codes. */
class RetentionCli_run_Test {
  private static final String SEE_HELP =
      "Run java -jar retention-cli.jar --help for the commands and options.\n";

  @TempDir
  Path project;

  @Test
  void should_print_the_help_to_standard_output_and_exit_0() {
    // WHEN
    Cli.Run run = Cli.run("--help");
    // THEN
    assertThat(run.exitCode()).isEqualTo(RetentionCli.PASSED);
    assertThat(run.out()).startsWith("Usage: java -jar retention-cli.jar <command> [options]"
        + " [report ...]\n").contains("  check ", "  baseline ", "--report-dir <dir>",
        "--baseline <file>", "--output-dir <dir>", "--fail-on-stale", "--no-halt-on-failure",
        "Exit codes:\n  0  the check passed", "  1  a retention check failed",
        "  2  a usage error");
    assertThat(run.err()).isEmpty();
    assertThat(Cli.run("check", "-h").out()).isEqualTo(run.out());
  }

  @Test
  void should_refuse_a_missing_command_with_exit_2() {
    Cli.Run run = Cli.run();
    assertThat(run.exitCode()).isEqualTo(RetentionCli.ERROR);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("retention-cli: no command: use check or baseline\n" + SEE_HELP);
  }

  @Test
  void should_refuse_an_unknown_command_an_unknown_option_and_a_missing_value() {
    assertThat(Cli.run("judge").err())
        .isEqualTo("retention-cli: unknown command \"judge\": use check or baseline\n" + SEE_HELP);
    assertThat(Cli.run("check", "--bogus").err())
        .isEqualTo("retention-cli: unknown option \"--bogus\"\n" + SEE_HELP);
    assertThat(Cli.run("check", "--baseline").err())
        .isEqualTo("retention-cli: --baseline needs a value\n" + SEE_HELP);
    assertThat(Cli.run("check", "--report-dir=", "x").err())
        .isEqualTo("retention-cli: --report-dir= needs a value\n" + SEE_HELP);
    assertThat(Cli.run("check", "--fail-on-stale=yes").err())
        .isEqualTo("retention-cli: --fail-on-stale takes no value\n" + SEE_HELP);
    assertThat(Cli.run("baseline", "--output-dir", "out").err())
        .isEqualTo("retention-cli: --output-dir is an option of check, not of baseline\n" + SEE_HELP);
    assertThat(Cli.run("check", "--bogus\u001b[31m").err())
        .as("a terminal escape in an argument is shown, not obeyed")
        .isEqualTo("retention-cli: unknown option \"--bogus\\u001b[31m\"\n" + SEE_HELP);
    assertThat(Cli.run("judge").exitCode()).isEqualTo(RetentionCli.ERROR);
    assertThat(Cli.run("check", "--bogus").exitCode()).isEqualTo(RetentionCli.ERROR);
  }

  @Test
  void should_pass_a_project_without_reports_and_say_so() {
    // WHEN
    Cli.Run run = Cli.run("check", "--project-dir", project.toString());
    // THEN
    Path reports = project.resolve("target/retention");
    assertThat(run.exitCode()).isEqualTo(RetentionCli.PASSED);
    assertThat(run.out()).isEqualTo("Retention: 0 checks in 0 reports: 0 released, 0 accepted,"
        + " 0 retained, 0 inconclusive (" + reports.resolve("summary.md") + ", "
        + reports.resolve("report.html") + ")\n"
        + "Retention: no report under " + reports + " nor in the report arguments: no test of"
        + " this project ran a retention check\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void should_fail_with_exit_1_on_leaks_of_two_shards_that_no_baseline_accepts() {
    // GIVEN two shards' reports, each with a leak
    Cli.copyTwoShards(project);
    // WHEN
    Cli.Run run = Cli.run("check", "--project-dir", project.toString(), "shard-*/*.json");
    // THEN
    Path html = project.resolve("target/retention/report.html");
    assertThat(run.exitCode()).isEqualTo(RetentionCli.FAILED);
    assertThat(run.out()).isEqualTo("Retention: 4 checks in 2 reports: 2 released, 0 accepted,"
        + " 2 retained, 0 inconclusive (" + project.resolve("target/retention/summary.md") + ", "
        + html + ")\n");
    assertThat(run.err())
        .startsWith("2 retention checks failed and are not accepted by the baseline:\n")
        .contains("  AuditTest#clearReleasesValues(): retained 1 of 1000 after 2 full GCs (G1)\n",
            "  leak 7a5218bb091fd854: value \"session-17\" (org.example.Session)",
            "  ListenerTest#unregisterReleasesOwner(): retained 1 of 1 after 2 full GCs (ZGC)\n")
        .endsWith("Full paths: " + html + ". To accept a leak, add its fingerprint and a reason"
            + " to the baseline (java -jar retention-cli.jar baseline writes one).\n");
    assertThat(html).isRegularFile();
    assertThat(project.resolve("target/retention/summary.md")).isRegularFile();
  }

  @Test
  void should_pass_with_exit_0_when_the_baseline_accepts_both_shards_leaks() {
    // GIVEN
    Cli.copyTwoShards(project);
    Path out = project.resolve("out");
    // WHEN
    Cli.Run run = Cli.run("check", "--project-dir", project.toString(), "--baseline",
        "accepting-baseline.txt", "--output-dir", "out", "shard-1", "shard-2");
    // THEN
    assertThat(run.exitCode()).isEqualTo(RetentionCli.PASSED);
    assertThat(run.out()).isEqualTo("Retention: 4 checks in 2 reports: 2 released, 2 accepted,"
        + " 0 retained, 0 inconclusive (" + out.resolve("summary.md") + ", "
        + out.resolve("report.html") + ")\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void should_only_warn_about_leaks_with_no_halt_on_failure() {
    // GIVEN
    Cli.copyTwoShards(project);
    // WHEN
    Cli.Run run = Cli.run("check", "--project-dir", project.toString(), "--no-halt-on-failure",
        "shard-1");
    // THEN
    assertThat(run.exitCode()).isEqualTo(RetentionCli.PASSED);
    assertThat(run.err()).startsWith("Retention: 1 retention check failed and is not accepted by"
        + " the baseline:\nRetention:   AuditTest#clearReleasesValues(): retained 1 of 1000");
  }

  @Test
  void should_fail_on_a_stale_entry_only_with_fail_on_stale() throws IOException {
    // GIVEN only shard 1: the baseline's entry for shard 2's leak is stale
    Cli.copyTwoShards(project);
    String stale = "1 baseline entry matched no leak of any merged report; remove it:\n"
        + "  1c0ffee000000001  listeners are unregistered in TICKET-2 (shard 2 only)\n";
    // WHEN
    Cli.Run warned = Cli.run("check", "--project-dir", project.toString(), "--baseline",
        "accepting-baseline.txt", "shard-1");
    Cli.Run failed = Cli.run("check", "--project-dir", project.toString(), "--baseline",
        "accepting-baseline.txt", "--fail-on-stale", "shard-1");
    // THEN
    assertThat(warned.exitCode()).isEqualTo(RetentionCli.PASSED);
    assertThat(warned.err()).isEqualTo(stale.replaceAll("(?m)^", "Retention: ")
        .replaceAll("Retention: $", ""));
    assertThat(failed.exitCode()).isEqualTo(RetentionCli.FAILED);
    assertThat(failed.err()).isEqualTo(stale);
  }

  @Test
  void should_accept_no_leak_from_a_baseline_not_written_yet() {
    // GIVEN
    Cli.copyTwoShards(project);
    // WHEN
    Cli.Run run = Cli.run("check", "--project-dir", project.toString(), "--baseline",
        "retention-baseline.txt", "shard-1");
    // THEN
    assertThat(run.exitCode()).isEqualTo(RetentionCli.FAILED);
    assertThat(run.out()).startsWith("Retention: no baseline at "
        + project.resolve("retention-baseline.txt") + " yet, so no leak is accepted;"
        + " java -jar retention-cli.jar baseline writes it\n");
  }

  @Test
  void should_write_the_baseline_keeping_reasons_and_then_pass() throws IOException {
    // GIVEN a baseline with a reason for shard 1's leak only
    Cli.copyTwoShards(project);
    Path baseline = Files.writeString(project.resolve("retention-baseline.txt"),
        "7a5218bb091fd854  audit until TICKET-1\n0123456789abcdef  fixed long ago\n");
    // WHEN
    Cli.Run written = Cli.run("baseline", "--project-dir", project.toString(), "shard-1",
        "shard-2");
    Cli.Run checked = Cli.run("check", "--project-dir", project.toString(), "--baseline",
        "retention-baseline.txt", "shard-1", "shard-2");
    // THEN
    assertThat(written.exitCode()).isEqualTo(RetentionCli.PASSED);
    assertThat(written.out()).isEqualTo("Retention: wrote 2 leak fingerprint(s) from 2 report(s)"
        + " to " + baseline + " (1 kept their reason, 1 dropped as stale)\n");
    assertThat(written.err()).isEmpty();
    assertThat(Files.readString(baseline)).contains("7a5218bb091fd854  audit until TICKET-1",
        "1c0ffee000000001  TODO").doesNotContain("0123456789abcdef");
    assertThat(checked.exitCode()).isEqualTo(RetentionCli.PASSED);
  }

  @Test
  void should_refuse_a_report_that_breaks_the_schema_with_exit_2_naming_file_and_line()
      throws IOException {
    // GIVEN a good shard, and one whose second check names a fingerprint of the wrong shape
    Cli.copyTwoShards(project);
    Path shard = project.resolve("shard-2/retention-report-202-1700000000001-b2.json");
    Path broken = Files.writeString(shard, Files.readString(shard)
        .replace("\"1c0ffee000000001\"", "\"0123\\\" onmouseover=\\\"alert(1)\""));
    // WHEN
    Cli.Run run = Cli.run("check", "--project-dir", project.toString(), "shard-1", "shard-2");
    // THEN
    assertThat(run.exitCode()).isEqualTo(RetentionCli.ERROR);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("Cannot read the retention reports: "
        + broken.toAbsolutePath() + ": not a retention report: line 2");
    assertThat(project.resolve("target/retention/summary.md")).doesNotExist();
  }

  @Test
  void should_refuse_a_named_report_that_does_not_exist_with_exit_2() {
    Cli.Run run = Cli.run("check", "--project-dir", project.toString(), "missing.json");
    assertThat(run.exitCode()).isEqualTo(RetentionCli.ERROR);
    assertThat(run.err()).isEqualTo("Cannot read the retention reports: The retention report "
        + project.resolve("missing.json") + " does not exist\n");
  }
}
