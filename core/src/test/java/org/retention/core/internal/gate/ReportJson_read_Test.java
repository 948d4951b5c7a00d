package org.retention.core.internal.gate;

import org.retention.core.explain.RootKind;
import org.retention.core.explain.Reachability;
import java.util.Optional;
import org.retention.core.report.ObjectDetails;
import org.retention.core.report.CheckKind;
import static org.assertj.core.api.Assertions.assertThat;

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
}
