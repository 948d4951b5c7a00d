package org.retention.core;

import org.retention.core.report.BaselineEntry;
import org.retention.core.report.RetentionReport;
import org.retention.core.report.LeakRecord;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.CheckRecord;
import org.retention.core.explain.RootKind;
import org.retention.core.explain.Reachability;
import java.util.Optional;
import org.retention.core.report.ObjectDetails;
import org.retention.core.report.CheckKind;
import org.retention.core.report.ContextCounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionReports_read_Test {
  private static final String HEADER = "{\"schema\": \"retention-report/1\", \"pid\": 4711,"
      + " \"java\": \"17.0.9+9\", \"started\": \"2026-01-31T12:00:00Z\","
      + " \"baseline\": \"retention-baseline.txt\", \"checks\": [\n";
  private static final String RELEASED = "{\"source\": \"junit\", \"name\": \"CacheTest#clear()\","
      + " \"verdict\": \"released\", \"checked\": 2, \"retained\": 0, \"fullCollections\": 1,"
      + " \"collector\": \"G1\", \"timeMillis\": 12, \"inconclusiveReason\": null,"
      + " \"unexplainedReason\": null, \"leaks\": []}\n";
  private static final String ACCEPTED = ",{\"source\": \"assertj\", \"name\": \"cache \\\"a\\\"\","
      + " \"verdict\": \"accepted\", \"checked\": 1, \"retained\": 1, \"fullCollections\": 2,"
      + " \"collector\": \"G1\", \"timeMillis\": 480, \"inconclusiveReason\": null,"
      + " \"unexplainedReason\": null, \"leaks\": [{\"fingerprint\": \"7a5218bb091fd854\","
      + " \"object\": \"value \\\"a\\\" (java.lang.String)\", \"reachability\": \"strong\","
      + " \"rootKind\": \"STATIC_FIELD\", \"root\": \"static field org.example.AuditLog.RECENT\","
      + " \"path\": [\"AuditLog.RECENT\", \"ArrayList.elementData\"], \"retainedBytes\": 48,"
      + " \"baselineReason\": \"TICKET-123\"}]}\n";
  private static final String FOOTER = "], \"finished\": \"2026-01-31T12:01:00Z\","
      + " \"staleBaselineEntries\": [{\"fingerprint\": \"0123456789abcdef\", \"reason\": \"old\"}],"
      + " \"staleUnknownReason\": null}\n";

  @TempDir
  Path directory;

  @Test
  void should_read_every_field_of_a_finished_report() throws IOException {
    // GIVEN
    Path file = Files.writeString(directory.resolve("retention-report-1.json"),
        HEADER + RELEASED + ACCEPTED + FOOTER);
    // WHEN
    RetentionReport report = RetentionReports.read(file);
    // THEN
    assertThat(report).isEqualTo(new RetentionReport("retention-report/1", 4711, "17.0.9+9",
        Instant.parse("2026-01-31T12:00:00Z"), Instant.parse("2026-01-31T12:01:00Z"),
        "retention-baseline.txt", List.of(
            new CheckRecord(CheckKind.OBJECT, "junit", "CacheTest#clear()", CheckVerdict.RELEASED,
                "G1", 12, Optional.empty(), Optional.empty(), List.of(), new ObjectDetails(2, 0, 1)),
            new CheckRecord(CheckKind.OBJECT, "assertj", "cache \"a\"", CheckVerdict.ACCEPTED,
                "G1", 480, Optional.empty(), Optional.empty(), List.of(new LeakRecord(
                    "7a5218bb091fd854", "value \"a\" (java.lang.String)", Reachability.STRONG,
                    RootKind.STATIC_FIELD, "static field org.example.AuditLog.RECENT",
                    List.of("AuditLog.RECENT", "ArrayList.elementData"), 48,
                    Optional.of("TICKET-123"))), new ObjectDetails(1, 1, 2))),
        List.of(new BaselineEntry("0123456789abcdef", "old")), null));
  }

  @Test
  void should_read_the_same_report_laid_out_as_any_json_document() throws IOException {
    // GIVEN the same fields, pretty-printed and in another order
    Path file = Files.writeString(directory.resolve("retention-report-1.json"), "{\n"
        + "  \"checks\": [\n    " + RELEASED.strip() + "\n  ],\n"
        + "  \"schema\": \"retention-report/1\",\n  \"pid\": 4711,\n  \"java\": \"17.0.9+9\",\n"
        + "  \"started\": \"2026-01-31T12:00:00Z\",\n  \"finished\": null\n}\n");
    // WHEN
    RetentionReport report = RetentionReports.read(file);
    // THEN
    assertThat(report.checks()).extracting(CheckRecord::name).containsExactly("CacheTest#clear()");
    assertThat(report.finished()).isNull();
    assertThat(report.baseline()).isNull();
  }

  @Test
  void should_recover_every_check_of_a_run_whose_jvm_died() throws IOException {
    // GIVEN a report without its last line
    Path file = Files.writeString(directory.resolve("retention-report-1.json"),
        HEADER + RELEASED + ACCEPTED);
    // WHEN
    RetentionReport report = RetentionReports.read(file);
    // THEN
    assertThat(report.checks()).extracting(CheckRecord::verdict)
        .containsExactly(CheckVerdict.RELEASED, CheckVerdict.ACCEPTED);
    assertThat(report.finished()).isNull();
    assertThat(report.staleBaselineEntries()).isNull();
    assertThat(report.staleUnknownReason()).isNull();
  }

  @Test
  void should_leave_out_a_check_line_cut_short_by_the_jvm_dying() throws IOException {
    // GIVEN the JVM died while writing the second check, inside the bytes of an 'é'
    String text = HEADER + RELEASED + ACCEPTED.replace("TICKET", "caf\u00e9");
    byte[] whole = text.getBytes(StandardCharsets.UTF_8);
    int insideTheE = text.substring(0, text.indexOf('\u00e9')).getBytes(StandardCharsets.UTF_8)
        .length + 1;
    Path file = Files.write(directory.resolve("retention-report-1.json"),
        Arrays.copyOf(whole, insideTheE));
    // WHEN
    RetentionReport report = RetentionReports.read(file);
    // THEN
    assertThat(report.checks()).extracting(CheckRecord::name).containsExactly("CacheTest#clear()");
    assertThat(report.finished()).isNull();
  }

  @Test
  void should_leave_out_a_last_line_cut_short_by_the_jvm_dying() throws IOException {
    // GIVEN the JVM died while writing the last line
    Path file = Files.writeString(directory.resolve("retention-report-1.json"),
        HEADER + RELEASED + FOOTER.substring(0, 20));
    // WHEN
    RetentionReport report = RetentionReports.read(file);
    // THEN
    assertThat(report.checks()).hasSize(1);
    assertThat(report.finished()).isNull();
  }

  @Test
  void should_name_file_line_and_column_of_a_malformed_check_before_the_last() throws IOException {
    // GIVEN a damaged second line, followed by whole ones
    Path file = Files.writeString(directory.resolve("retention-report-1.json"),
        HEADER + RELEASED.replace("\"checked\": 2", "\"checked\" 2") + ACCEPTED + FOOTER);
    // WHEN
    Throwable thrown = catchThrowable(() -> RetentionReports.read(file));
    // THEN
    assertThat(thrown).isInstanceOf(IOException.class).hasMessage(file
        + ": not a retention report: line 2 column 83: expected ':' but found '2'");
  }

  @Test
  void should_count_columns_of_a_later_check_line_from_its_comma() throws IOException {
    // GIVEN
    Path file = Files.writeString(directory.resolve("retention-report-1.json"),
        HEADER + RELEASED + ACCEPTED.replace("\"checked\": 1", "\"checked\": x") + ACCEPTED
            + FOOTER);
    // WHEN
    Throwable thrown = catchThrowable(() -> RetentionReports.read(file));
    // THEN
    assertThat(thrown).isInstanceOf(IOException.class).hasMessage(file
        + ": not a retention report: line 3 column 81: expected a value but found 'x'");
  }

  @Test
  void should_name_file_line_and_column_of_malformed_json() throws IOException {
    // GIVEN
    Path file = Files.writeString(directory.resolve("retention-report-1.json"),
        "{\n  \"schema\": \"retention-report/1\",\n  \"pid\": 12,,\n}");
    // WHEN
    Throwable thrown = catchThrowable(() -> RetentionReports.read(file));
    // THEN
    assertThat(thrown).isInstanceOf(IOException.class).hasMessage(file
        + ": not a retention report: line 3 column 13: expected a member name in quotes but"
        + " found ','");
  }

  @Test
  void should_name_the_check_and_field_of_a_wrong_value() throws IOException {
    // GIVEN
    Path file = Files.writeString(directory.resolve("retention-report-1.json"),
        HEADER + RELEASED + ACCEPTED.replace("\"accepted\"", "\"fine\"") + FOOTER);
    // WHEN
    Throwable thrown = catchThrowable(() -> RetentionReports.read(file));
    // THEN
    assertThat(thrown).isInstanceOf(IOException.class).hasMessage(file
        + ": not a retention report: line 3: check 2: not a retention verdict: 'fine'");
  }

  @Test
  void should_refuse_another_schema() throws IOException {
    // GIVEN
    Path file = Files.writeString(directory.resolve("retention-report-1.json"),
        HEADER.replace("/1", "/9") + FOOTER);
    // WHEN
    Throwable thrown = catchThrowable(() -> RetentionReports.read(file));
    // THEN
    assertThat(thrown).isInstanceOf(IOException.class).hasMessage(file
        + ": not a retention report: expected the schema retention-report/2 (or"
        + " retention-report/1) but was 'retention-report/9'");
  }

  @Test
  void should_read_every_report_of_a_directory_in_name_order() throws IOException {
    // GIVEN
    Files.writeString(directory.resolve("retention-report-2.json"), HEADER + FOOTER);
    Files.writeString(directory.resolve("retention-report-1.json"), HEADER + RELEASED + FOOTER);
    Files.writeString(directory.resolve("summary.md"), "not a report");
    // WHEN
    List<RetentionReport> reports = RetentionReports.readAll(directory);
    // THEN
    assertThat(reports).extracting(report -> report.checks().size()).containsExactly(1, 0);
    assertThat(RetentionReports.readAll(directory.resolve("absent"))).isEmpty();
  }

  @Test
  void should_refuse_a_fingerprint_that_is_not_sixteen_hex_digits_naming_its_line() throws IOException {
    // GIVEN a merged shard whose fingerprint would break out of an HTML attribute
    String hostile = "0123\\\" onmouseover=\\\"alert(document.domain)\\\" x=\\\"";
    Path file = Files.writeString(directory.resolve("retention-report-1.json"),
        HEADER + RELEASED + ACCEPTED.replace("7a5218bb091fd854", hostile) + FOOTER);
    // WHEN
    Throwable thrown = catchThrowable(() -> RetentionReports.read(file));
    // THEN it is refused with the file and line, never read
    assertThat(thrown).isInstanceOf(IOException.class).hasMessageStartingWith(file
        + ": not a retention report: line 3: check 2 leak 1: expected \"fingerprint\" to be 16"
        + " lowercase hex digits but was \"0123\\\" onmouseover=");
  }

  @Test
  void should_refuse_a_whole_last_line_that_breaks_the_schema_but_drop_one_cut_short()
      throws IOException {
    // GIVEN a JVM that died: its last check line is cut short
    Path torn = Files.writeString(directory.resolve("retention-report-1.json"),
        HEADER + RELEASED + ACCEPTED.substring(0, 40));
    // AND one whose last line is whole JSON, but no check
    Path broken = Files.writeString(directory.resolve("retention-report-2.json"),
        HEADER + RELEASED + ACCEPTED.replace("\"accepted\"", "\"fine\""));
    // WHEN / THEN the cut line is left out, the broken one refused
    assertThat(RetentionReports.read(torn).checks()).hasSize(1);
    assertThat(catchThrowable(() -> RetentionReports.read(broken)))
        .hasMessageContaining("line 3: check 2: not a retention verdict: 'fine'");
  }

  @Test
  void should_hand_each_check_over_as_it_is_read_with_the_same_report_and_errors()
      throws IOException {
    // GIVEN a finished report, one cut short in its last check line, and one damaged inside
    Path finished = Files.writeString(directory.resolve("retention-report-1.json"),
        HEADER + RELEASED + ACCEPTED + FOOTER);
    Path died = Files.writeString(directory.resolve("retention-report-2.json"),
        HEADER + RELEASED + ACCEPTED.substring(0, 40));
    Path damaged = Files.writeString(directory.resolve("retention-report-3.json"),
        HEADER + RELEASED.replace("\"checked\": 2", "\"checked\" 2") + ACCEPTED + FOOTER);
    // WHEN each is read handing its checks over
    List<CheckRecord> checks = new ArrayList<>();
    RetentionReport report = RetentionReports.read(finished, checks::add);
    List<CheckRecord> recovered = new ArrayList<>();
    RetentionReport unfinished = RetentionReports.read(died, recovered::add);
    Throwable thrown = catchThrowable(() -> RetentionReports.read(damaged, check -> { }));
    // THEN the checks come one by one, the report holds none, and the errors are read's own
    assertThat(checks).isEqualTo(RetentionReports.read(finished).checks());
    assertThat(report.checks()).isEmpty();
    assertThat(report.finished()).isEqualTo(RetentionReports.read(finished).finished());
    assertThat(report.staleBaselineEntries())
        .isEqualTo(RetentionReports.read(finished).staleBaselineEntries());
    assertThat(recovered).extracting(CheckRecord::name).containsExactly("CacheTest#clear()");
    assertThat(unfinished.finished()).isNull();
    assertThat(thrown).isInstanceOf(IOException.class).hasMessage(damaged
        + ": not a retention report: line 2 column 83: expected ':' but found '2'");
  }

  @Test
  void should_read_the_contexts_a_run_counted_both_ways() throws IOException {
    // GIVEN a report whose run counted application contexts
    Path counted = Files.writeString(directory.resolve("retention-report-1.json"), HEADER
        + RELEASED + FOOTER.replace("}\n", ", \"contexts\": {\"created\": 3, \"closed\": 2,"
        + " \"released\": 1, \"stillCached\": 1}}\n"));
    // WHEN it is read whole and check by check
    RetentionReport whole = RetentionReports.read(counted);
    RetentionReport streamed = RetentionReports.read(counted, check -> { });
    // THEN both keep the counts
    assertThat(whole.contexts()).isEqualTo(new ContextCounts(3, 2, 1, 1));
    assertThat(streamed.contexts()).isEqualTo(new ContextCounts(3, 2, 1, 1));
  }
}
