package org.retention.gate.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
  private final List<JudgedCheck> listed;
  private final List<PassedChecks> passed;
  private final int[] counts;
  private final long checkMillis;
  private final List<BaselineEntry> staleEntries;
  private final Optional<String> staleUnknownReason;
  private final List<String> fingerprints;
  private final Optional<ContextCounts> contexts;

  private MergedReports(List<ReportFile> reports, Optional<LeakBaseline> baseline, Merge merge) {
    this.reports = List.copyOf(reports);
    this.baseline = baseline;
    this.checks = List.copyOf(merge.held);
    this.listed = List.copyOf(merge.listed);
    this.passed = merge.passed.values().stream().map(PassedChecks.Sum::passed).toList();
    this.counts = merge.counts.clone();
    this.checkMillis = merge.millis;
    SeenLeaks seen = merge.seen();
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
    Merge merge = new Merge(baseline, true);
    for (ReportFile report : reports) {
      report.report().checks().forEach(check -> merge.add(report.file(), check));
    }
    return new MergedReports(reports, baseline, merge);
  }

  /**
   * Reads and judges {@code files} together against {@code baseline}, if any, keeping of each
   * released check only its count ({@link #passed()}): a build of a million checks merges in
   * the memory of its failures. The reports {@link #reports()} gives hold no checks, and {@link
   * #checks()} holds only the {@link #listed()} ones.
   *
   * @throws IOException when a file cannot be read, or breaks the report's schema
   */
  public static MergedReports read(List<Path> files, Optional<LeakBaseline> baseline)
      throws IOException {
    // Reading is the cost: each report is read and judged on its own, in parallel, and the
    // parts joined in the order given, so that every list keeps report order.
    int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService readers = Executors.newFixedThreadPool(threads, task -> {
      Thread reader = new Thread(task, "retention-report-reader");
      reader.setDaemon(true);
      return reader;
    });
    try {
      List<Future<Part>> parts = new ArrayList<>();
      for (Path file : files) {
        parts.add(readers.submit(() -> {
          Merge part = new Merge(baseline, false);
          return new Part(ReportFile.read(file, check -> part.add(file, check)), part);
        }));
      }
      Merge merge = new Merge(baseline, false);
      List<ReportFile> reports = new ArrayList<>();
      for (Future<Part> part : parts) {
        Part read = done(part);
        reports.add(read.report());
        merge.join(read.merge());
      }
      return new MergedReports(reports, baseline, merge);
    } finally {
      readers.shutdownNow();
    }
  }

  /** One report as read, with what its merge kept. */
  private record Part(ReportFile report, Merge merge) {}

  private static Part done(Future<Part> part) throws IOException {
    try {
      return part.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading the retention reports");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException unreadable) {
        throw unreadable;
      }
      if (e.getCause() instanceof RuntimeException malformed) {
        throw malformed;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** What the merge keeps of the checks as they come, report by report. */
  private static final class Merge {
    private final Optional<LeakBaseline> baseline;
    private final boolean holdAll;
    /** The judged checks that tell which leaks were seen: those with leaks, or unexplained. */
    private final List<CheckRecord> remembered = new ArrayList<>();
    private final List<JudgedCheck> held = new ArrayList<>();
    private final List<JudgedCheck> listed = new ArrayList<>();
    private final Map<PassedChecks.Key, PassedChecks.Sum> passed = new LinkedHashMap<>();
    private final int[] counts = new int[CheckVerdict.values().length];
    private long millis;

    Merge(Optional<LeakBaseline> baseline, boolean holdAll) {
      this.baseline = baseline;
      this.holdAll = holdAll;
    }

    void add(Path reportFile, CheckRecord check) {
      CheckRecord againstBaseline = baseline.map(accepted -> accepted.judge(check)).orElse(check);
      CheckVerdict verdict = againstBaseline.verdict();
      if (!againstBaseline.leaks().isEmpty() || verdict == CheckVerdict.RETAINED) {
        remembered.add(againstBaseline);
      }
      counts[verdict.ordinal()]++;
      millis += check.timeMillis();
      if (verdict == CheckVerdict.RELEASED) {
        passed.computeIfAbsent(PassedChecks.Key.of(reportFile, check), PassedChecks.Sum::new)
            .add(check.timeMillis());
        if (holdAll) {
          held.add(new JudgedCheck(reportFile, check, verdict));
        }
        return;
      }
      JudgedCheck judged = new JudgedCheck(reportFile, check, verdict);
      held.add(judged);
      listed.add(judged);
    }

    /** Appends what {@code later} kept, read from the reports after these. */
    void join(Merge later) {
      remembered.addAll(later.remembered);
      held.addAll(later.held);
      listed.addAll(later.listed);
      later.passed.forEach((key, sum) -> passed.merge(key, sum, PassedChecks.Sum::plus));
      for (int i = 0; i < counts.length; i++) {
        counts[i] += later.counts[i];
      }
      millis += later.millis;
    }

    /** The leaks seen, in the order the checks were made. */
    SeenLeaks seen() {
      SeenLeaks seen = new SeenLeaks();
      remembered.forEach(seen::remember);
      return seen;
    }
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

  /**
   * Every check held, in report order: every check of every report when they were {@link
   * #judge judged} in memory, only the {@link #listed()} ones when {@link #read read}.
   */
  public List<JudgedCheck> checks() {
    return checks;
  }

  /** Every check that is not released, in report order: what the outputs list one by one. */
  public List<JudgedCheck> listed() {
    return listed;
  }

  /** The released checks, counted per report and test class, in the order first seen. */
  public List<PassedChecks> passed() {
    return passed;
  }

  /** How many checks the reports hold, held or only counted. */
  public int count() {
    return Arrays.stream(counts).sum();
  }

  /** How many checks have {@code verdict}, held or only counted. */
  public int count(CheckVerdict verdict) {
    return counts[verdict.ordinal()];
  }

  /** The checks that fail the build: retained and not accepted, or inconclusive. */
  public List<JudgedCheck> failures() {
    return listed.stream().filter(judged -> judged.verdict().failing()).toList();
  }

  /** The retained checks the baseline accepts. */
  public List<JudgedCheck> accepted() {
    return withVerdict(CheckVerdict.ACCEPTED);
  }

  /** The checks held with {@code verdict} (released ones only when {@link #judge judged}). */
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
    return Duration.ofMillis(checkMillis);
  }
}
