package org.retention.core.internal.gate;

import org.retention.core.explain.RootKind;
import org.retention.core.explain.SuspectReference;
import org.retention.core.explain.Reachability;
import java.util.Optional;
import org.retention.core.report.ObjectDetails;
import org.retention.core.report.CheckKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retention.core.report.BaselineEntry;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.LeakRecord;
import org.retention.core.report.RetentionReport;

class ReportJson_read_Test {
  private static final String HOSTILE = "quote \" backslash \\ slash / newline \n tab \t"
      + " bell \u0007 nul \u0000 é 中 emoji \uD83D\uDE00 lone high \uD800 lone low \uDC00"
      + " reversed \uDC00\uD800 split at the end \uD83D";
  private static final Instant STARTED = Instant.parse("2026-01-31T12:00:00Z");

  @Test
  void should_read_back_exactly_what_was_written_whatever_the_text() {
    // GIVEN
    Instant started = Instant.parse("2026-01-31T12:00:00.123456Z");
    CheckRecord check = new CheckRecord(CheckKind.OBJECT, "assertj", HOSTILE,
        CheckVerdict.RETAINED, "G1", 77, Optional.empty(),
        Optional.of("the explanation was interrupted " + HOSTILE), List.of(new LeakRecord(
            "7a5218bb091fd854", HOSTILE, Reachability.STRONG, RootKind.STATIC_FIELD,
            "static field " + HOSTILE, List.of(HOSTILE, "\uDFFF"), Long.MAX_VALUE,
            Optional.of(HOSTILE))), new ObjectDetails(3, 1, 2));
    String text = ReportJson.header(42, "25+36", started, HOSTILE)
        + ReportJson.checkLine(check, true) + ReportJson.checkLine(check, false)
        + ReportJson.footer(started.plusSeconds(1), List.of(new BaselineEntry("0123456789abcdef",
            HOSTILE)), null);
    // WHEN
    RetentionReport report = ReportJson.read(text);
    // THEN
    assertThat(report).isEqualTo(new RetentionReport(RetentionReport.SCHEMA, 42, "25+36", started,
        started.plusSeconds(1), HOSTILE, List.of(check, check),
        List.of(new BaselineEntry("0123456789abcdef", HOSTILE)), null));
    assertThat(text.lines()).hasSize(4);
  }

  @Test
  void should_read_back_why_staleness_was_not_judged() {
    // GIVEN
    Instant started = Instant.parse("2026-01-31T12:00:00Z");
    String text = ReportJson.header(42, "17", started, null)
        + ReportJson.footer(started, null, "1 failed check was unexplained");
    // WHEN
    RetentionReport report = ReportJson.read(text);
    // THEN
    assertThat(report.staleBaselineEntries()).isNull();
    assertThat(report.staleUnknownReason()).isEqualTo("1 failed check was unexplained");
    assertThat(report.finished()).isEqualTo(started);
  }

  @Test
  void should_read_back_a_leak_s_suspect_reference() {
    // GIVEN
    LeakRecord leak = new LeakRecord("7a5218bb091fd854", "value \"s\" (com.acme.Session)",
        Reachability.STRONG, RootKind.STATIC_FIELD, "static field com.acme.AuditLog.RECENT",
        List.of("ArrayList.elementData", "Object[][3]", "AuditEntry.session"), 544,
        Optional.empty(), Optional.of(new SuspectReference(1, "Object[][3]", 1234)));
    String line = ReportJson.checkLine(retained(leak), true);
    // WHEN
    RetentionReport report = ReportJson.read(ReportJson.header(42, "17", STARTED, null) + line);
    // THEN
    assertThat(line).contains("\"suspect\": {\"step\": 1, \"freedBytes\": 1234}");
    assertThat(report.checks()).singleElement()
        .satisfies(check -> assertThat(check.leaks()).containsExactly(leak));
  }

  @Test
  void should_read_a_report_written_before_suspects_as_having_none() {
    // GIVEN a leak line as reports wrote it before, with no suspect field
    LeakRecord leak = new LeakRecord("7a5218bb091fd854", "value \"s\" (com.acme.Session)",
        Reachability.STRONG, RootKind.STATIC_FIELD, "static field com.acme.AuditLog.RECENT",
        List.of("ArrayList.elementData", "Object[][3]"), 544, Optional.of("known"));
    String line = ReportJson.checkLine(retained(leak), true);
    String old = line.replace(", \"suspect\": null", "");
    // WHEN
    RetentionReport report = ReportJson.read(ReportJson.header(42, "17", STARTED, null) + old);
    // THEN
    assertThat(old).isNotEqualTo(line).doesNotContain("suspect");
    assertThat(report.checks()).singleElement().satisfies(check -> {
      assertThat(check.leaks()).containsExactly(leak);
      assertThat(check.leaks().get(0).suspect()).isEmpty();
    });
  }

  @Test
  void should_refuse_a_suspect_step_outside_the_path() {
    // GIVEN
    LeakRecord leak = new LeakRecord("7a5218bb091fd854", "value", Reachability.STRONG,
        RootKind.STATIC_FIELD, "static field com.acme.AuditLog.RECENT", List.of("Object[][3]"),
        544, Optional.empty(), Optional.of(new SuspectReference(0, "Object[][3]", 1234)));
    String line = ReportJson.checkLine(retained(leak), true).replace("\"step\": 0", "\"step\": 1");
    // WHEN / THEN
    assertThatThrownBy(() -> ReportJson.read(ReportJson.header(42, "17", STARTED, null) + line))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("suspect: expected \"step\" to index the path of 1");
  }

  private static CheckRecord retained(LeakRecord leak) {
    return new CheckRecord(CheckKind.OBJECT, "assertj", "CacheTest.clear", CheckVerdict.RETAINED,
        "G1", 77, Optional.empty(), Optional.empty(), List.of(leak), new ObjectDetails(1, 1, 2));
  }
}
