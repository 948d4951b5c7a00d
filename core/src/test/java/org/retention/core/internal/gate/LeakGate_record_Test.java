package org.retention.core.internal.gate;

import org.retention.core.report.ObjectDetails;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retention.core.explain.ExplainSettings;
import org.retention.core.explain.Explanation;
import org.retention.core.internal.heap.RetentionExplainer;
import org.retention.core.internal.json.JsonReader;
import org.retention.core.probe.RetentionProbe;
import org.retention.core.probe.RetentionVerdict;
import org.retention.core.report.CheckKind;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.LeakBaseline;
import org.retention.core.report.RetentionReport;
import org.retention.core.RetentionReports;

class LeakGate_record_Test {
  private static final List<Object> LEAKED = new ArrayList<>();

  @TempDir
  Path directory;

  @AfterEach
  void forget() {
    forgetLeaks();
  }

  static void forgetLeaks() {
    LEAKED.clear();
  }

  @Test
  void should_accept_a_leak_only_when_every_fingerprint_is_baselined() throws Exception {
    // GIVEN a real, explained leak and a baseline of its fingerprint
    Explanation leak = explainedLeak();
    LeakGate gate = new LeakGate(settings(baseline(leak.fingerprints().get(0) + " known"),
        Optional.empty()));
    // WHEN
    CheckRecord known = gate.record(CheckRecords.unjudged(CheckKind.OBJECT, "test", "known", leak));
    CheckRecord unexplained = gate.record(
        CheckRecords.unjudged(CheckKind.OBJECT, "test", "unexplained", Explanation.none(leak.verdict())));
    CheckRecord withoutBaseline = new LeakGate(GateSettings.NONE)
        .record(CheckRecords.unjudged(CheckKind.OBJECT, "test", "no baseline", leak));
    // THEN
    assertThat(known.verdict()).isEqualTo(CheckVerdict.ACCEPTED);
    assertThat(known.leaks()).singleElement()
        .satisfies(record -> assertThat(record.baselineReason()).contains("known"));
    assertThat(unexplained.verdict()).as("with explanations off nothing can be matched")
        .isEqualTo(CheckVerdict.RETAINED);
    assertThat(withoutBaseline.verdict()).isEqualTo(CheckVerdict.RETAINED);
    assertThat(withoutBaseline.leaks()).singleElement()
        .satisfies(record -> assertThat(record.baselineReason()).isEmpty());
  }

  @Test
  void should_not_accept_a_leak_whose_explanation_failed_even_if_every_entry_matches()
      throws Exception {
    // GIVEN a leak whose explanation was interrupted, and a baseline accepting its fingerprint
    Explanation leak = explainedLeak();
    Explanation interrupted = Explanation.unexplained(leak.verdict(),
        "the explanation was interrupted", Optional.empty(), Duration.ZERO);
    LeakGate gate = new LeakGate(settings(baseline(leak.fingerprints().get(0) + " known"),
        Optional.empty()));
    // WHEN
    CheckRecord check = gate.record(CheckRecords.unjudged(CheckKind.OBJECT, "test", "interrupted",
        interrupted));
    // THEN
    assertThat(check.verdict()).isEqualTo(CheckVerdict.RETAINED);
    assertThat(check.unexplainedReason()).contains("the explanation was interrupted");
    assertThat(check.leaks()).isEmpty();
  }

  @Test
  void should_record_every_check_in_a_report_that_reads_back_before_and_after_the_run_ends()
      throws Exception {
    // GIVEN
    LeakGate gate = new LeakGate(settings(Optional.empty(), Optional.of(directory)));
    // WHEN two checks are recorded and the JVM has not finished
    gate.record(released("first"));
    gate.record(released("second"));
    RetentionReport running = RetentionReports.read(gate.reportFile().orElseThrow());
    gate.finish();
    RetentionReport finished = RetentionReports.read(gate.reportFile().orElseThrow());
    // THEN
    assertThat(running.checks()).extracting(CheckRecord::name).containsExactly("first", "second");
    assertThat(running.finished()).isNull();
    assertThat(finished.checks()).isEqualTo(running.checks());
    assertThat(finished.finished()).isNotNull();
    assertThat(finished.staleBaselineEntries()).isEmpty();
    assertThat(JsonReader.parse(Files.readString(gate.reportFile().orElseThrow())))
        .as("a finished run leaves one JSON document").isNotNull();
  }

  @Test
  void should_keep_every_check_when_many_threads_record_at_once() throws Exception {
    // GIVEN
    LeakGate gate = new LeakGate(settings(Optional.empty(), Optional.of(directory)));
    ExecutorService threads = Executors.newFixedThreadPool(8);
    // WHEN
    List<Future<CheckRecord>> records = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String name = "check \"" + i + "\"";
      records.add(threads.submit(() -> gate.record(released(name))));
    }
    for (Future<CheckRecord> record : records) {
      assertThat(record.get().verdict()).isEqualTo(CheckVerdict.RELEASED);
    }
    threads.shutdown();
    gate.finish();
    // THEN one report file holds all 200
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files.toList()).containsExactly(gate.reportFile().orElseThrow());
    }
    RetentionReport report = RetentionReports.read(gate.reportFile().orElseThrow());
    assertThat(report.checks()).hasSize(200).extracting(CheckRecord::name)
        .contains("check \"0\"", "check \"199\"");
  }

  @Test
  void should_write_the_next_check_when_a_write_fails_and_leave_no_other_file()
      throws Exception {
    // GIVEN a report directory that is a file for the first check
    Path blocked = Files.writeString(directory.resolve("blocked"), "x");
    LeakGate gate = new LeakGate(settings(Optional.empty(), Optional.of(blocked)));
    // WHEN
    CheckRecord unwritten = gate.record(released("unwritten"));
    Files.delete(blocked);
    CheckRecord written = gate.record(released("written"));
    gate.finish();
    // THEN
    assertThat(unwritten.verdict()).isEqualTo(CheckVerdict.RELEASED);
    assertThat(written.verdict()).isEqualTo(CheckVerdict.RELEASED);
    assertThat(RetentionReports.read(gate.reportFile().orElseThrow()).checks())
        .extracting(CheckRecord::name).containsExactly("written");
    try (Stream<Path> files = Files.walk(directory)) {
      assertThat(files.filter(Files::isRegularFile).toList())
          .containsExactly(gate.reportFile().orElseThrow());
    }
  }

  @Test
  void should_write_any_name_even_lone_and_split_surrogates() throws Exception {
    // GIVEN names no UTF-8 encoder accepts, before a plain one
    LeakGate gate = new LeakGate(settings(Optional.empty(), Optional.of(directory)));
    List<String> names = List.of("x\uD800", "emoji cut in half \uD83D", "\uDE00 low first",
        "plain");
    // WHEN
    names.forEach(name -> gate.record(released(name)));
    gate.finish();
    // THEN every check is recorded, with its name unchanged
    RetentionReport report = RetentionReports.read(gate.reportFile().orElseThrow());
    assertThat(report.checks()).extracting(CheckRecord::name).isEqualTo(names);
    assertThat(report.finished()).isNotNull();
  }

  @Test
  void should_write_the_checks_of_an_interrupted_thread_and_leave_its_flag_set() throws Exception {
    // GIVEN a thread whose interrupt flag a test left set
    LeakGate gate = new LeakGate(settings(Optional.empty(), Optional.of(directory)));
    boolean stillInterrupted;
    Thread.currentThread().interrupt();
    try {
      // WHEN
      gate.record(released("interrupted 1"));
      gate.record(released("interrupted 2"));
    } finally {
      stillInterrupted = Thread.interrupted();
    }
    gate.record(released("after"));
    // THEN
    assertThat(stillInterrupted).isTrue();
    assertThat(RetentionReports.read(gate.reportFile().orElseThrow()).checks())
        .extracting(CheckRecord::name).containsExactly("interrupted 1", "interrupted 2", "after");
  }

  private GateSettings settings(Optional<Path> baseline, Optional<Path> reports) {
    return new GateSettings(baseline, reports, Optional.empty(), false);
  }

  private Optional<Path> baseline(String text) throws Exception {
    return Optional.of(Files.writeString(directory.resolve("b.txt"), text));
  }

  private static CheckRecord released(String name) {
    return new CheckRecord(CheckKind.OBJECT, "test", name, CheckVerdict.RELEASED, "G1", 3,
        Optional.empty(), Optional.empty(), List.of(), new ObjectDetails(1, 0, 1));
  }

  static Explanation explainedLeak() {
    List<Object> values = List.of(new StringBuilder("leak"));
    LEAKED.addAll(values);
    RetentionProbe probe = RetentionProbe.watching("value", values);
    values = null;
    RetentionVerdict verdict = probe.awaitRelease();
    return RetentionExplainer.explain(probe, verdict, ExplainSettings.DEFAULTS);
  }
}
