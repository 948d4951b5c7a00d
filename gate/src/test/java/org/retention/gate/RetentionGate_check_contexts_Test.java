package org.retention.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate logs what became of the Spring application contexts of every test JVM, summed from
 * the report files; reports written before the counts existed read as counting none.
 */
class RetentionGate_check_contexts_Test {
  @TempDir
  Path directory;

  @Test
  void should_log_the_contexts_of_two_reports_summed() throws Exception {
    // GIVEN two forks' reports with counts, and one written before counts existed
    report("retention-report-1-1-0001.json", contexts(10, 6, 6, 4));
    report("retention-report-2-1-0002.json", contexts(4, 3, 2, 1));
    report("retention-report-3-1-0003.json", "");
    List<String> info = new ArrayList<>();
    RetentionGate gate = new RetentionGate(new GateTool("retention:baseline", "extra"),
        GateLog.of(info::add, line -> { }));
    // WHEN
    CheckOutcome outcome = gate.check(new CheckRequest(
        new ReportSet(directory, List.of(), directory), Optional.empty(),
        directory.resolve("out"), false, true));
    // THEN
    assertThat(outcome.passed()).isTrue();
    assertThat(info).contains(
        "Retention: Spring contexts: 14 created, 9 closed, 8 released, 5 still cached at the end");
    assertThat(Files.readString(outcome.summary()))
        .contains("Spring contexts: 14 created, 9 closed, 8 released, 5 still cached at the end.");
  }

  private static String contexts(long created, long closed, long released, long stillCached) {
    return ", \"contexts\": {\"created\": " + created + ", \"closed\": " + closed
        + ", \"released\": " + released + ", \"stillCached\": " + stillCached + "}";
  }

  /** A finished report of no check, as one JSON document, ending with {@code footer}. */
  private void report(String name, String footer) throws Exception {
    Files.writeString(directory.resolve(name), "{\"schema\": \"retention-report/2\", \"pid\": 1,"
        + " \"java\": \"17\", \"started\": \"2026-11-29T10:00:00Z\", \"baseline\": null,"
        + " \"checks\": [], \"finished\": \"2026-11-29T10:01:00Z\", \"staleBaselineEntries\": [],"
        + " \"staleUnknownReason\": null" + footer + "}");
  }
}
