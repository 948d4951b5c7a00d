package org.retention.gate.internal;

import org.retention.core.report.ObjectDetails;
import org.retention.core.report.CheckKind;
import org.retention.core.explain.RootKind;
import org.retention.core.explain.Reachability;
import java.util.Optional;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.retention.core.report.BaselineEntry;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.ContextCounts;
import org.retention.core.report.LeakRecord;
import org.retention.core.report.RetentionReport;

/** Report fixtures: the records a test JVM writes, built in memory. */
final class Reports {
  static final String AUDIT_LEAK = "7a5218bb091fd854";
  static final String LISTENER_LEAK = "1c0ffee000000001";

  private Reports() {}

  static LeakRecord leak(String fingerprint, String... path) {
    return new LeakRecord(fingerprint, "value session bob (org.example.Session)",
        Reachability.STRONG, RootKind.STATIC_FIELD, "static field org.example.AuditLog.RECENT",
        List.of(path), 16_440, Optional.empty());
  }

  static CheckRecord released(String name) {
    return object("assertj", name, CheckVerdict.RELEASED, "G1", 12, Optional.empty(),
        Optional.empty(), List.of(), new ObjectDetails(2, 0, 1));
  }

  static CheckRecord retained(String name, LeakRecord... leaks) {
    return object("junit", name, CheckVerdict.RETAINED, "G1", 480, Optional.empty(),
        Optional.empty(), List.of(leaks), new ObjectDetails(2, leaks.length, 2));
  }

  static CheckRecord unexplained(String name) {
    return object("junit", name, CheckVerdict.RETAINED, "G1", 30, Optional.empty(),
        Optional.of("explanations are off (retention.explain=false)"), List.of(),
        new ObjectDetails(1, 1, 2));
  }

  static CheckRecord inconclusive(String name) {
    return object("assertj", name, CheckVerdict.INCONCLUSIVE, "Epsilon", 5,
        Optional.of("the Epsilon collector never collects"), Optional.empty(), List.of(),
        new ObjectDetails(1, 0, 0));
  }

  /** A check of watched objects. */
  static CheckRecord object(String source, String name, CheckVerdict verdict, String collector,
      long millis, Optional<String> inconclusive, Optional<String> unexplained,
      List<LeakRecord> leaks, ObjectDetails details) {
    return new CheckRecord(CheckKind.OBJECT, source, name, verdict, collector, millis,
        inconclusive, unexplained, leaks, details);
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

  /** A finished report whose JVM counted Spring application contexts. */
  static ReportFile withContexts(String file, ContextCounts contexts, CheckRecord... checks) {
    return new ReportFile(Path.of("target/retention", file), new RetentionReport(
        RetentionReport.SCHEMA, 45, "17.0.15", Instant.parse("2026-11-29T10:00:00Z"),
        Instant.parse("2026-11-29T10:01:00Z"), null, List.of(checks), List.of(), null, contexts));
  }

  static ReportFile unfinished(String file, CheckRecord... checks) {
    return new ReportFile(Path.of("target/retention", file), new RetentionReport(
        RetentionReport.SCHEMA, 44, "17.0.15", Instant.parse("2026-11-29T10:00:00Z"), null, null,
        List.of(checks), null, null));
  }
}
