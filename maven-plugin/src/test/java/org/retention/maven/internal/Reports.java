package org.retention.maven.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.retention.core.report.BaselineEntry;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.LeakRecord;
import org.retention.core.report.RetentionReport;

/** Report fixtures: the records a test JVM writes, built in memory. */
final class Reports {
  static final String AUDIT_LEAK = "7a5218bb091fd854";
  static final String LISTENER_LEAK = "1c0ffee000000001";

  private Reports() {}

  static LeakRecord leak(String fingerprint, String... path) {
    return new LeakRecord(fingerprint, "value session bob (org.example.Session)", "strong",
        "STATIC_FIELD", "static field org.example.AuditLog.RECENT", List.of(path), 16_440, null);
  }

  static CheckRecord released(String name) {
    return new CheckRecord("assertj", name, CheckVerdict.RELEASED, 2, 0, 1, "G1", 12, null, null,
        List.of());
  }

  static CheckRecord retained(String name, LeakRecord... leaks) {
    return new CheckRecord("junit", name, CheckVerdict.RETAINED, 2, leaks.length, 2, "G1", 480,
        null, null, List.of(leaks));
  }

  static CheckRecord unexplained(String name) {
    return new CheckRecord("junit", name, CheckVerdict.RETAINED, 1, 1, 2, "G1", 30, null,
        "explanations are off (retention.explain=false)", List.of());
  }

  static CheckRecord inconclusive(String name) {
    return new CheckRecord("assertj", name, CheckVerdict.INCONCLUSIVE, 1, 0, 0, "Epsilon", 5,
        "the Epsilon collector never collects", null, List.of());
  }

  static ReportFile report(String file, CheckRecord... checks) {
    return new ReportFile(Path.of("target/retention", file), new RetentionReport(
        RetentionReport.SCHEMA, 42, "17.0.15", Instant.parse("2026-11-29T10:00:00Z"),
        Instant.parse("2026-11-29T10:01:00Z"), null, List.of(checks), List.of(), null));
  }

  static ReportFile staleReport(String file, List<BaselineEntry> stale, CheckRecord... checks) {
    return new ReportFile(Path.of("target/retention", file), new RetentionReport(
        RetentionReport.SCHEMA, 43, "17.0.15", Instant.parse("2026-11-29T10:00:00Z"),
        Instant.parse("2026-11-29T10:01:00Z"), "retention-baseline.txt", List.of(checks), stale,
        null));
  }

  static ReportFile unfinished(String file, CheckRecord... checks) {
    return new ReportFile(Path.of("target/retention", file), new RetentionReport(
        RetentionReport.SCHEMA, 44, "17.0.15", Instant.parse("2026-11-29T10:00:00Z"), null, null,
        List.of(checks), null, null));
  }
}
