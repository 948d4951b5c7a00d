package org.retention.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retention against hostile inputs and ordinary CI JVM flags, each in a child JVM of the JDK that
 * runs the suite: whatever user code or the environment does, the verdict stays the verdict, the
 * check is recorded, and nothing is left behind.
 */
class HostileInputsTest {
  private static final JvmSetup THIS_JDK = new JvmSetup(
      Integer.toString(Runtime.version().feature()), Path.of(System.getProperty("java.home")),
      "G1", false);
  private static final Pattern TIMING = Pattern.compile("after \\d+ full GCs \\(G1, ([\\d,]+) ms\\)");

  @TempDir
  Path directory;

  @Test
  void should_give_the_verdict_when_toString_returns_null() throws Exception {
    Child child = run("toString-null");
    assertThat(child.result("check")).isEqualTo("failed");
    assertThat(child.message())
        .contains("1 of 1 is still strongly reachable")
        .contains("(toString() returned null)")
        .contains("GC root: static field " + HostileChild.class.getName() + ".LEAKED");
    assertThat(child.report()).contains("\"verdict\": \"retained\"");
  }

  @Test
  void should_give_the_verdict_when_toString_throws_an_error() throws Exception {
    Child child = run("toString-error");
    assertThat(child.result("check")).isEqualTo("failed");
    assertThat(child.message()).contains("(toString() threw AssertionError)")
        .contains("GC root: static field " + HostileChild.class.getName() + ".LEAKED");
  }

  @Test
  void should_bound_the_time_spent_describing_and_never_count_it_as_collection_time()
      throws Exception {
    // GIVEN six retained values whose toString() each takes 400 ms
    Child child = run("toString-slow");
    // THEN about a second of them is described, the rest are named by index
    assertThat(child.message()).contains("value slow (").containsPattern("value #[3-5] \\(");
    Matcher timing = TIMING.matcher(child.message());
    assertThat(timing.find()).as("timing in %s", child.message()).isTrue();
    assertThat(Long.parseLong(timing.group(1).replace(",", ""))).isLessThan(1_000);
  }

  @Test
  void should_cut_a_description_between_code_points_and_keep_recording() throws Exception {
    Child child = run("text-emoji");
    assertThat(child.message()).contains("x\uD83D\uDE00…");
    assertThat(child.report())
        .contains("x\uD83D\uDE00…")
        .contains("the check after it");
    assertThat(child.leftovers(".tmp")).isEmpty();
  }

  @Test
  void should_record_a_description_with_a_lone_surrogate_and_every_check_after_it()
      throws Exception {
    Child child = run("text-lone-surrogate");
    assertThat(child.result("check")).isEqualTo("failed");
    assertThat(child.report()).contains("the check after it");
    assertThat(child.leftovers(".tmp")).isEmpty();
  }

  @Test
  void should_explain_and_accept_a_baselined_leak_on_an_interrupted_thread() throws Exception {
    // GIVEN the leak's fingerprint in a baseline
    Matcher fingerprint = Pattern.compile("leak fingerprint: ([0-9a-f]{16})")
        .matcher(run("plain").message());
    assertThat(fingerprint.find()).isTrue();
    Path baseline = Files.writeString(directory.resolve("baseline.txt"),
        fingerprint.group(1) + "  the interrupted session is known\n");
    // WHEN the same leak is checked on a thread whose interrupt flag is set
    Child child = run("interrupted", "-Dretention.baseline=" + baseline);
    // THEN it is explained, so accepted; no entry is called stale; the flag is left set
    assertThat(child.result("check")).isEqualTo("passed");
    assertThat(child.result("flag")).isEqualTo("true");
    assertThat(child.output()).contains("accepted leak").doesNotContain("no longer occurred");
  }

  @Test
  void should_explain_in_a_child_jvm_a_leak_that_does_not_fit_in_a_small_heap_and_leave_no_dump()
      throws Exception {
    // GIVEN a test VM whose free heap has no room for the analysis of its dump
    Path dumps = Files.createDirectory(directory.resolve("oom-dumps"));
    // WHEN a leak is checked there
    Child child = run("small-heap", "-Xmx32m", "-XX:+HeapDumpOnOutOfMemoryError",
        "-XX:HeapDumpPath=" + dumps, "-XX:+ExitOnOutOfMemoryError");
    // THEN a child VM explains it, and the test VM neither ran out of memory nor left a dump
    assertThat(child.exitCode()).as("exit code; output: %s", child.output()).isZero();
    assertThat(child.result("check")).isEqualTo("failed");
    assertThat(child.message()).contains("1 of 1 is still")
        .contains("GC root: static field " + HostileChild.class.getName() + ".LEAKED")
        .doesNotContain("(no retention path: ");
    try (Stream<Path> left = Files.list(dumps)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void should_delete_the_dumps_of_killed_runs_and_keep_those_of_running_ones() throws Exception {
    // GIVEN a dump left by a process that no longer runs, and one of a running process
    Process gone = new ProcessBuilder(THIS_JDK.java().toString(), "-version").start();
    gone.waitFor();
    Path orphan = Files.createDirectory(directory.resolve("retention-heap-" + gone.pid() + "-1"));
    Files.writeString(orphan.resolve("retention-" + gone.pid() + ".hprof"), "secrets");
    Path running = Files.createDirectory(
        directory.resolve("retention-heap-" + ProcessHandle.current().pid() + "-1"));
    // WHEN a run dumps its heap
    assertThat(run("plain").result("check")).isEqualTo("failed");
    // THEN
    assertThat(orphan).doesNotExist();
    assertThat(running).exists();
  }

  @Test
  void should_delete_a_dump_whose_analysis_the_exit_of_the_vm_cut_short() throws Exception {
    Child child = run("exit-during-analysis");
    assertThat(child.result("dump")).isEqualTo("seen");
    assertThat(child.leftovers(".hprof")).isEmpty();
    try (Stream<Path> left = Files.list(directory)) {
      assertThat(left.map(path -> path.getFileName().toString()))
          .noneMatch(name -> name.startsWith("retention-heap-"));
    }
  }

  @Test
  void should_end_a_child_analysis_when_the_vm_that_started_it_exits() throws Exception {
    // GIVEN a VM that exits while a child VM analyses its dump
    Child child = run("exit-during-child-analysis", "-Dretention.analysis=childJvm");
    assertThat(child.result("analysis")).matches("\\d+");
    // WHEN the VM is gone
    ProcessHandle analysis =
        ProcessHandle.of(Long.parseLong(child.result("analysis"))).orElse(null);
    // THEN the child ends too, and neither leaves a dump
    if (analysis != null) {
      assertThat(analysis.onExit()).succeedsWithin(Duration.ofSeconds(20));
    }
    assertThat(child.leftovers(".hprof")).isEmpty();
  }

  private Child run(String scenario, String... options) throws Exception {
    Path reports = Files.createTempDirectory(directory, "reports-");
    List<String> flags = new ArrayList<>(List.of(
        "-Djava.io.tmpdir=" + directory, "-Dretention.report.dir=" + reports));
    flags.addAll(List.of(options));
    ChildRun run = ChildJvms.start(THIS_JDK, flags, Duration.ofMinutes(2), HostileChild.class,
        scenario).get();
    return new Child(run, reports);
  }

  /** A finished child and the report directory it wrote to. */
  private record Child(ChildRun run, Path reports) {
    String result(String key) {
      return run.results().getOrDefault(key, "(no " + key + " result)");
    }

    int exitCode() {
      return run.exitCode();
    }

    String output() {
      return String.join("\n", run.output());
    }

    String message() {
      int start = run.output().indexOf("MESSAGE");
      int end = run.output().indexOf("END MESSAGE");
      return start < 0 || end < 0 ? "(no message) " + output()
          : String.join("\n", run.output().subList(start + 1, end));
    }

    /** Every report the child wrote, as UTF-8 text; fails on malformed UTF-8. */
    String report() throws IOException {
      StringBuilder text = new StringBuilder();
      try (Stream<Path> files = Files.list(reports)) {
        for (Path file : files.filter(path -> path.toString().endsWith(".json")).toList()) {
          text.append(StandardCharsets.UTF_8.newDecoder()
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))));
        }
      }
      assertThat(text).as("reports in %s", reports).isNotEmpty();
      return text.toString();
    }

    List<Path> leftovers(String suffix) throws IOException {
      try (Stream<Path> files = Files.walk(reports.getParent())) {
        return files.filter(path -> path.toString().endsWith(suffix)).toList();
      }
    }
  }
}
