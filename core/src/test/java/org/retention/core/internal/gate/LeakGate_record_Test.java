package org.retention.core.internal.gate;

import org.retention.core.report.LeakBaseline;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.retention.core.probe.RetentionProbe;
import org.retention.core.probe.RetentionVerdict;

class LeakGate_record_Test {
  private static final List<Object> LEAKED = new ArrayList<>();

  @TempDir
  Path directory;

  @AfterEach
  void forget() {
    LEAKED.clear();
  }

  @Test
  void should_accept_a_leak_only_when_every_fingerprint_is_baselined() throws Exception {
    // GIVEN a real, explained leak and a baseline of its fingerprint
    Explanation leak = explainedLeak();
    String fingerprint = leak.fingerprints().get(0);
    LeakBaseline baseline = LeakBaseline.read(Files.writeString(directory.resolve("b.txt"),
        fingerprint + " known\n"));
    LeakGate gate = new LeakGate(Optional.of(baseline), Optional.empty(), Optional.empty());
    // WHEN / THEN
    assertThat(gate.record("test", "known", leak)).isTrue();
    assertThat(gate.acceptedReason(leak)).contains("known");
    assertThat(gate.record("test", "unexplained", Explanation.none(leak.verdict())))
        .as("with explanations off nothing can be matched").isFalse();
    assertThat(new LeakGate(Optional.empty(), Optional.empty(), Optional.empty())
        .record("test", "no baseline", leak)).isFalse();
  }

  @Test
  void should_report_a_baseline_entry_that_no_check_matched_as_stale() throws Exception {
    // GIVEN
    LeakBaseline baseline = LeakBaseline.read(Files.writeString(directory.resolve("b.txt"),
        "0123456789abcdef fixed long ago\n"));
    LeakGate gate = new LeakGate(Optional.of(baseline), Optional.empty(), Optional.empty());
    // WHEN
    gate.record("test", "a leak", explainedLeak());
    // THEN
    assertThat(gate.staleEntries()).containsExactly(
        Map.of("fingerprint", "0123456789abcdef", "reason", "fixed long ago"));
  }

  @Test
  void should_keep_every_check_when_many_threads_record_at_once() throws Exception {
    // GIVEN
    LeakGate gate = new LeakGate(Optional.empty(), Optional.of(directory), Optional.empty());
    RetentionVerdict released = RetentionProbe.watching("value", List.of(new Object()))
        .awaitRelease();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    // WHEN
    List<Future<Boolean>> records = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String name = "check \"" + i + "\"";
      records.add(threads.submit(() -> gate.record("test", name, Explanation.none(released))));
    }
    for (Future<Boolean> record : records) {
      assertThat(record.get()).isFalse();
    }
    threads.shutdown();
    // THEN one report file holds all 200, each name escaped
    try (Stream<Path> files = Files.list(directory)) {
      List<Path> reports = files.toList();
      assertThat(reports).hasSize(1).allMatch(file -> file.toString().endsWith(".json"));
      String report = Files.readString(reports.get(0));
      for (int i = 0; i < 200; i++) {
        assertThat(report).contains("\"name\": \"check \\\"" + i + "\\\"\"");
      }
      assertThat(report.split("\"verdict\": \"released\"", -1)).hasSize(201);
    }
  }

  @Test
  void should_keep_judging_when_the_report_cannot_be_written() throws Exception {
    // GIVEN a report directory that is a file
    Path notADirectory = Files.writeString(directory.resolve("file"), "x");
    LeakGate gate = new LeakGate(Optional.empty(), Optional.of(notADirectory), Optional.empty());
    RetentionVerdict released = RetentionProbe.watching("value", List.of(new Object()))
        .awaitRelease();
    // WHEN / THEN no exception turns the verdict into an error
    assertThat(gate.record("test", "unwritable", Explanation.none(released))).isFalse();
  }

  private static Explanation explainedLeak() {
    List<Object> values = List.of(new StringBuilder("leak"));
    LEAKED.addAll(values);
    RetentionProbe probe = RetentionProbe.watching("value", values);
    values = null;
    RetentionVerdict verdict = probe.awaitRelease();
    return RetentionExplainer.explain(probe, verdict, ExplainSettings.DEFAULTS);
  }
}
