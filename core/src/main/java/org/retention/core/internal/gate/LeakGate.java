package org.retention.core.internal.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.ContextCounts;
import org.retention.core.report.StaleEntries;
import org.retention.core.report.SeenLeaks;
import org.retention.core.report.LeakBaseline;

/**
 * The gate of one run: judges every check against the baseline of known leaks, so that a known
 * leak passes while a new one still fails, and records it in the run's report.
 *
 * <pre>{@code
 * LeakGate gate = SharedLeakGate.get(key -> Optional.ofNullable(System.getProperty(key)));
 * CheckRecord judged = gate.record(
 *     CheckRecords.unjudged(CheckKind.OBJECT, "assertj", "CacheTest.clear", explanation));
 * if (judged.verdict().failing()) {
 *   throw new AssertionError(explanation.message());
 * }
 * }</pre>
 *
 * <p><b>Accepted leaks</b> are {@link LeakBaseline#judge}'s rule: a {@code retained} check whose every
 * retained object has a retention path whose fingerprint the baseline accepts. <b>The report</b>
 * is a {@link ReportFile}, one per run. <b>At the end</b> of the run ({@link #finish}) the report
 * gets its end time and the baseline entries no check of the run matched ("stale": remove them,
 * so the baseline only shrinks), which are also printed to standard error; none is called stale
 * while a check of the run had a retained object without a path ({@link SeenLeaks}). Staleness is
 * per run: a fingerprint matched in another surefire fork is stale in this one's report.
 *
 * <p><b>Before the end</b>, a test framework whose run ends says what the checks came to with
 * {@link #endOfRunLine}, through its own output: a JVM's last words on standard error never reach
 * surefire's console. The application contexts a test framework creates and closes are counted in
 * {@link #contexts}, and the report carries them.
 */
public final class LeakGate {
  private final GateSettings settings;
  private final Optional<LeakBaseline> baseline;
  private final Optional<ReportFile> report;
  private final SeenLeaks seen = new SeenLeaks();
  private final Map<CheckVerdict, Integer> verdicts = new EnumMap<>(CheckVerdict.class);
  private final ContextTally contexts = new ContextTally();
  private String lastLine;
  private boolean finished;

  /**
   * A gate whose run starts now: reads the baseline, and opens the report when the first check
   * is recorded.
   *
   * @throws IllegalArgumentException naming the key when the baseline cannot be read or is
   *     malformed
   */
  public LeakGate(GateSettings settings) {
    this.settings = settings;
    this.baseline = settings.baselineFile().map(LeakGate::readBaseline);
    Instant started = Instant.now();
    this.report = settings.reportDirectory().map(directory -> ReportFile.in(directory, started,
        baseline.map(accepted -> accepted.file().toString()).orElse(null)));
  }

  /**
   * The baseline in {@code file}; none accepted while the file does not exist yet, as on a
   * project's first run, which is then said once.
   */
  private static LeakBaseline readBaseline(Path file) {
    if (!Files.exists(file)) {
      System.err.printf("Retention: no baseline at %s yet, so no leak is accepted;"
          + " 'mvn retention:baseline' (or 'retention-cli baseline') writes it from the"
          + " reports%n", file);
      return new LeakBaseline(file, Map.of());
    }
    try {
      return LeakBaseline.read(file);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          GateSettings.BASELINE + "='" + file + "': the baseline cannot be read: " + e, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          GateSettings.BASELINE + "='" + file + "': " + e.getMessage(), e);
    }
  }

  /** Whether tests only record, and the build's gate judges. */
  public boolean onlyRecords() {
    return settings.onlyRecords();
  }

  /**
   * Judges one check against the baseline, remembers its fingerprints for staleness, and appends
   * it to the report.
   *
   * @param unjudged the check as {@link CheckRecords#unjudged} made it
   * @return the check, {@link org.retention.core.report.CheckVerdict#ACCEPTED} when the baseline
   *     accepts every leak of it, each leak with the baseline's reason for it
   */
  public synchronized CheckRecord record(CheckRecord unjudged) {
    CheckRecord judged = baseline.map(accepted -> accepted.judge(unjudged))
        .orElse(unjudged);
    seen.remember(judged);
    verdicts.merge(judged.verdict(), 1, Integer::sum);
    contexts.recorded(judged);
    report.ifPresent(file -> file.append(judged));
    if (judged.verdict() == CheckVerdict.ACCEPTED) {
      // An accepted leak passes its test: say so, so that it never passes unseen.
      System.err.printf("Retention: accepted leak in %s (baseline: %s)%n", judged.name(),
          judged.acceptedReason().orElse(""));
    }
    return judged;
  }

  /** The application contexts of this run, which a test framework counts as it goes. */
  public ContextTally contexts() {
    return contexts;
  }

  /**
   * The line that says what this run's checks came to so far ({@link EndOfRunLine}); empty when no
   * check was recorded and no context counted, or when it would repeat the line given last (a JVM
   * may end several test runs).
   */
  public synchronized Optional<String> endOfRunLine() {
    Optional<ContextCounts> counted = contexts.counts();
    if (verdicts.isEmpty() && counted.isEmpty()) {
      return Optional.empty();
    }
    String line = EndOfRunLine.of(verdicts,
        baseline.map(seen::staleEntries).orElse(StaleEntries.NONE), counted, reportFile());
    if (line.equals(lastLine)) {
      return Optional.empty();
    }
    lastLine = line;
    return Optional.of(line);
  }

  /** The report file of this run, when there is one. */
  public Optional<Path> reportFile() {
    return report.map(ReportFile::file);
  }

  /**
   * Ends the run: the report gets its end and stale entries, stale entries are printed, and the
   * baseline to write is written. Only the first call counts.
   */
  synchronized void finish() {
    if (finished) {
      return;
    }
    finished = true;
    StaleEntries stale = baseline.map(seen::staleEntries).orElse(StaleEntries.NONE);
    report.ifPresent(file -> file.finish(Instant.now(), stale, contexts.counts()));
    baseline.flatMap(accepted -> stale.notice(accepted.file()))
        .ifPresent(System.err::print);
    settings.baselineToWrite().ifPresent(this::writeBaseline);
  }

  /** Writes every fingerprint of the run as a baseline, keeping the reasons the file has. */
  private void writeBaseline(Path file) {
    try {
      LeakBaseline.write(file, seen.fingerprints(), existingReasons(file));
      System.err.printf("Retention: wrote %d leak fingerprint(s) to the baseline %s%n",
          seen.fingerprints().size(), file);
    } catch (IOException e) {
      System.err.println("Retention: could not write the baseline " + file + ": " + e);
    }
  }

  private static Map<String, String> existingReasons(Path file) {
    try {
      return Files.exists(file) ? LeakBaseline.read(file).reasons() : Map.of();
    } catch (IOException | IllegalArgumentException unreadable) {
      return Map.of();
    }
  }
}
