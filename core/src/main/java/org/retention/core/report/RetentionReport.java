package org.retention.core.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The report of one JVM run (schema {@value #SCHEMA}): every retention check it made and, once the
 * run finished, the baseline entries that none of its checks matched.
 *
 * <pre>{@code
 * long failing = report.checks().stream().filter(check -> check.verdict().failing()).count();
 * }</pre>
 *
 * @param schema {@value #SCHEMA}, or {@value #SCHEMA_1} for a report an older version wrote
 * @param pid the process id of the JVM that wrote it
 * @param java the JVM's version
 * @param started when the first check was recorded
 * @param finished when the JVM finished the report; null for a run that did not finish (killed)
 * @param baseline the baseline file applied; null when none
 * @param checks every check, in the order made
 * @param staleBaselineEntries the baseline entries no check of this run matched; null until the
 *     run finished, and null when {@code staleUnknownReason} says why staleness could not be judged
 * @param staleUnknownReason why no baseline entry is reported stale although the run finished
 *     (a failed check of the run had no retention path, so it may have matched any entry); null
 *     when {@code staleBaselineEntries} was judged or the run did not finish
 * @param contexts what became of the application contexts its checked test classes used; null
 *     when it counted none, did not finish, or was written by a version that did not count them
 */
public record RetentionReport(
    String schema,
    long pid,
    String java,
    Instant started,
    Instant finished,
    String baseline,
    List<CheckRecord> checks,
    List<BaselineEntry> staleBaselineEntries,
    String staleUnknownReason,
    ContextCounts contexts) {

  /** The schema name every report carries. */
  public static final String SCHEMA = "retention-report/2";

  /**
   * The first schema, which knew only object checks; still read, its checks as {@link
   * CheckKind#OBJECT}.
   */
  public static final String SCHEMA_1 = "retention-report/1";

  /** Validates and copies. */
  public RetentionReport {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(java, "java");
    Objects.requireNonNull(started, "started");
    checks = List.copyOf(checks);
    staleBaselineEntries = staleBaselineEntries == null ? null : List.copyOf(staleBaselineEntries);
  }

  /** A report that counted no application context. */
  public RetentionReport(String schema, long pid, String java, Instant started, Instant finished,
      String baseline, List<CheckRecord> checks, List<BaselineEntry> staleBaselineEntries,
      String staleUnknownReason) {
    this(schema, pid, java, started, finished, baseline, checks, staleBaselineEntries,
        staleUnknownReason, null);
  }
}
