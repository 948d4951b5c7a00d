package org.retention.gate.internal;

import java.time.Duration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.retention.core.report.BaselineEntry;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.ContextCounts;
import org.retention.core.report.LeakBaseline;
import org.retention.core.report.StaleEntries;
import org.retention.core.report.SeenLeaks;

/**
 * The reports of every test JVM and CI shard of a build, judged together against one baseline.
 *
 * <pre>{@code
 * MergedReports merged = MergedReports.judge(reports, Optional.of(LeakBaseline.read(file)));
 * if (!merged.failures().isEmpty()) { ... }   // fail the build
 * }</pre>
 *
 * <p><b>With a baseline</b>, every retained check is judged again: it is accepted when each of
 * its retained objects was explained and each explanation's fingerprint is in the baseline, the
 * rule the test JVMs apply. An entry is stale when no leak of any merged report has its
 * fingerprint: staleness is decided across all forks and shards, not per JVM.
 *
 * <p><b>Without one</b>, the verdicts stand as the test JVMs recorded them (they may have applied
 * {@code retention.baseline} themselves), and an entry is stale when some report listed it as
 * stale and no leak of any merged report has its fingerprint.
 *
 * <p>The Spring application contexts that the test JVMs counted are summed ({@link #contexts()}):
 * each JVM has its own context cache, so the build's counts are the sum of theirs.
 *
 * <p>No entry is judged stale while a retained object of any check has no retention path: its
 * unknown fingerprint may be the entry's ({@link #staleUnknownReason()}).
 */
public final class MergedReports {
  private final List<ReportFile> reports;
  private final Optional<LeakBaseline> baseline;
  private final List<JudgedCheck> checks;
  private final List<BaselineEntry> staleEntries;
  private final Optional<String> staleUnknownReason;
  private final List<String> fingerprints;
  private final Optional<ContextCounts> contexts;

  private MergedReports(List<ReportFile> reports, Optional<LeakBaseline> baseline) {
    this.reports = List.copyOf(reports);
    this.baseline = baseline;
    List<JudgedCheck> judged = new ArrayList<>();
    SeenLeaks seen = new SeenLeaks();
    for (ReportFile report : reports) {
      for (CheckRecord check : report.report().checks()) {
        CheckRecord againstBaseline = baseline.map(accepted -> accepted.judge(check)).orElse(check);
        judged.add(new JudgedCheck(report.file(), check, againstBaseline.verdict()));
        seen.remember(againstBaseline);
      }
    }
    this.checks = List.copyOf(judged);
    this.fingerprints = seen.fingerprints().stream().sorted().toList();
    StaleEntries stale = seen.staleEntries(baseline.orElseGet(this::listedStale));
    this.staleUnknownReason = Optional.ofNullable(stale.unknownReason());
    this.staleEntries = stale.entries() == null ? List.of() : stale.entries();
    this.contexts = sum(reports);
  }

  /** The reports' context counts added up; empty when no report counted any. */
  private static Optional<ContextCounts> sum(List<ReportFile> reports) {
    return reports.stream().map(report -> report.report().contexts())
        .filter(counts -> counts != null)
        .reduce((a, b) -> new ContextCounts(a.created() + b.created(), a.closed() + b.closed(),
            a.released() + b.released(), a.stillCached() + b.stillCached()));
  }

  /** Judges {@code reports} together against {@code baseline}, if any. */
  public static MergedReports judge(List<ReportFile> reports, Optional<LeakBaseline> baseline) {
    return new MergedReports(reports, baseline);
  }

  /**
   * Without a baseline of its own, the build judges the entries that the test JVMs found stale,
   * each against every report: stale only if no JVM of the build saw it.
   */
  private LeakBaseline listedStale() {
    Map<String, String> listed = new LinkedHashMap<>();
    reports.stream()
        .filter(report -> report.report().staleBaselineEntries() != null)
        .flatMap(report -> report.report().staleBaselineEntries().stream())
        .forEach(entry -> listed.putIfAbsent(entry.fingerprint(), entry.reason()));
    return new LeakBaseline(Path.of("the test JVMs' baseline"), listed);
  }

  /** The merged reports, in the order given. */
  public List<ReportFile> reports() {
    return reports;
  }

  /** The reports whose JVM did not finish its run (killed, crashed): their later checks are lost. */
  public List<ReportFile> unfinished() {
    return reports.stream().filter(report -> !report.finished()).toList();
  }

  /** The baseline the checks were judged against, if one was given. */
  public Optional<LeakBaseline> baseline() {
    return baseline;
  }

  /** Every check of every report, in report order. */
  public List<JudgedCheck> checks() {
    return checks;
  }

  /** The checks that fail the build: retained and not accepted, or inconclusive. */
  public List<JudgedCheck> failures() {
    return checks.stream().filter(judged -> judged.verdict().failing()).toList();
  }

  /** The retained checks the baseline accepts. */
  public List<JudgedCheck> accepted() {
    return withVerdict(CheckVerdict.ACCEPTED);
  }

  /** The checks with {@code verdict}. */
  public List<JudgedCheck> withVerdict(CheckVerdict verdict) {
    return checks.stream().filter(judged -> judged.verdict() == verdict).toList();
  }

  /** The baseline entries that no leak of any merged report matched: fixed, remove them. */
  public List<BaselineEntry> staleEntries() {
    return staleEntries;
  }

  /**
   * Why no entry can be judged stale, when a retained object of some check has no retention path
   * (explanations off, or a failed heap dump): its fingerprint is unknown, so it may match any
   * entry.
   */
  public Optional<String> staleUnknownReason() {
    return staleUnknownReason;
  }

  /** Every distinct leak fingerprint of the merged reports, sorted: what a new baseline accepts. */
  public List<String> fingerprints() {
    return fingerprints;
  }

  /**
   * What became of the Spring application contexts of every test JVM, summed; empty when no report
   * counted any (no Spring check ran, or the reports are older than the counts).
   */
  public Optional<ContextCounts> contexts() {
    return contexts;
  }

  /** The time all checks took together, explanations included. */
  public Duration checkTime() {
    return Duration.ofMillis(checks.stream().mapToLong(judged -> judged.check().timeMillis()).sum());
  }
}
