package org.retention.gate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.retention.core.report.BaselineEntry;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.LeakBaseline;
import org.retention.gate.internal.Console;
import org.retention.gate.internal.HtmlReport;
import org.retention.gate.internal.JudgedCheck;
import org.retention.gate.internal.LeakListing;
import org.retention.gate.internal.MergedReports;
import org.retention.gate.internal.ReportFiles;
import org.retention.gate.internal.SummaryMarkdown;
import org.retention.gate.internal.Words;

/**
 * The build gate every build tool shares (the Maven plugin's goals, the command line): merges the
 * reports of all test JVMs and CI shards, judges them against the baseline, writes {@code
 * summary.md} and a self-contained {@code report.html}, and says whether the build fails; or
 * writes the baseline from the merged reports, keeping reasons. A build tool only translates its
 * parameters into a request and the outcome into its own failure.
 *
 * <pre>{@code
 * RetentionGate gate = new RetentionGate(new GateTool("retention-cli baseline", "the arguments"), log);
 * CheckOutcome outcome = gate.check(new CheckRequest(reports, Optional.empty(),
 *     Path.of("target/retention"), false, true));
 * if (!outcome.passed()) { ... }   // fail the build with outcome.failure()
 * }</pre>
 */
public final class RetentionGate {
  private final GateTool tool;
  private final GateLog log;

  /** A gate whose hints name {@code tool}'s commands, logging to {@code log}. */
  public RetentionGate(GateTool tool, GateLog log) {
    this.tool = Objects.requireNonNull(tool, "tool");
    this.log = Objects.requireNonNull(log, "log");
  }

  /**
   * Merges and judges the reports, writes {@code summary.md} and {@code report.html}, logs the
   * counts, and lists what fails the build: new leaks (unless {@code haltOnFailure} is off) and
   * stale entries (if {@code failOnStale}); what does not fail it is logged as a warning.
   *
   * @throws GateException a report or the baseline cannot be read, or an output written
   */
  public CheckOutcome check(CheckRequest request) throws GateException {
    MergedReports merged = merge(request.reports(), request.baseline());
    Path summary = write(request.outputDirectory(), "summary.md", SummaryMarkdown.of(merged));
    Path html = write(request.outputDirectory(), "report.html", HtmlReport.of(merged));
    log.info(String.format(Locale.ROOT, "Retention: %s in %s: %d released, %d accepted,"
            + " %d retained, %d inconclusive (%s, %s)",
        Words.count(merged.count(), "check", "checks"),
        Words.count(merged.reports().size(), "report", "reports"),
        merged.count(CheckVerdict.RELEASED), merged.count(CheckVerdict.ACCEPTED),
        merged.count(CheckVerdict.RETAINED), merged.count(CheckVerdict.INCONCLUSIVE), summary,
        html));
    merged.contexts().ifPresent(counts -> log.info("Retention: " + Words.contexts(counts)));
    if (merged.reports().isEmpty()) {
      log.info("Retention: no report under " + request.reports().directory() + " nor in "
          + tool.extraReports() + ": no test of this project ran a retention check");
    }
    merged.unfinished().forEach(report -> log.warn("Retention: the test JVM of "
        + report.file() + " did not finish its run (killed or crashed?); later checks are missing"));
    merged.staleUnknownReason().ifPresent(reason -> log.info(
        "Retention: stale baseline entries were not judged: " + Console.visible(reason)));
    List<String> problems = new ArrayList<>();
    List<JudgedCheck> failures = merged.failures();
    if (!failures.isEmpty()) {
      List<String> lines = new ArrayList<>();
      lines.add(Words.count(failures.size(), "retention check failed and is",
          "retention checks failed and are") + " not accepted by the baseline:");
      LeakListing.lines(failures).forEach(line -> lines.add("  " + Console.visible(line)));
      lines.add("Full paths: " + html + ". To accept a leak, add its fingerprint and a reason to"
          + " the baseline (" + tool.baselineCommand() + " writes one).");
      report(lines, request.haltOnFailure(), problems);
    }
    List<BaselineEntry> stale = merged.staleEntries();
    if (!stale.isEmpty()) {
      List<String> lines = new ArrayList<>();
      lines.add(Words.count(stale.size(), "baseline entry", "baseline entries")
          + " matched no leak of any merged report; remove " + (stale.size() == 1 ? "it:" : "them:"));
      stale.forEach(entry -> lines.add("  " + entry.fingerprint() + "  "
          + Console.visible(entry.reason())));
      report(lines, request.failOnStale(), problems);
    }
    return new CheckOutcome(summary, html, problems.isEmpty()
        ? Optional.empty() : Optional.of(String.join("\n", problems)));
  }

  /**
   * Writes {@code baseline} from the merged reports: every leak fingerprint they contain, each
   * keeping its reason from the existing file, or getting a {@code TODO} reason to fill in.
   * Entries that no merged report matched are dropped.
   *
   * @throws GateException a report or the existing baseline cannot be read, or the file written
   */
  public void baseline(ReportSet reports, Path baseline) throws GateException {
    Optional<Path> existing = Files.isRegularFile(baseline) ? Optional.of(baseline) : Optional.empty();
    MergedReports merged = merge(reports, existing);
    Map<String, String> reasons = merged.baseline().map(LeakBaseline::reasons).orElse(Map.of());
    try {
      LeakBaseline.write(baseline, merged.fingerprints(), reasons);
    } catch (IOException e) {
      throw new GateException("Cannot write the retention baseline " + baseline + ": " + e, e);
    }
    long kept = merged.fingerprints().stream().filter(reasons::containsKey).count();
    log.info(String.format("Retention: wrote %d leak fingerprint(s) from %d report(s) to %s"
            + " (%d kept their reason, %d dropped as stale)", merged.fingerprints().size(),
        merged.reports().size(), baseline, kept, merged.staleEntries().size()));
  }

  /** A problem fails the build (the tool prints the message once) or is logged as a warning. */
  private void report(List<String> lines, boolean failing, List<String> problems) {
    if (failing) {
      problems.add(String.join("\n", lines));
    } else {
      lines.forEach(line -> log.warn("Retention: " + line));
    }
  }

  /** Reads and merges every report, judged against {@code baseline} if there is one. */
  private MergedReports merge(ReportSet reports, Optional<Path> baseline) throws GateException {
    List<Path> files;
    try {
      files = ReportFiles.find(reports.directory(), reports.extra(), reports.base());
    } catch (IOException | IllegalArgumentException e) {
      throw new GateException("Cannot read the retention reports: " + e.getMessage(), e);
    }
    Optional<LeakBaseline> judging;
    if (baseline.isPresent() && !Files.exists(baseline.get())) {
      // As in the test JVMs: a baseline not written yet accepts no leak.
      log.info("Retention: no baseline at " + baseline.get() + " yet, so no leak is"
          + " accepted; " + tool.baselineCommand() + " writes it");
      judging = Optional.of(new LeakBaseline(baseline.get(), Map.of()));
    } else {
      try {
        judging = baseline.isPresent()
            ? Optional.of(LeakBaseline.read(baseline.get())) : Optional.empty();
      } catch (IOException | IllegalArgumentException e) {
        throw new GateException("Cannot read the retention baseline " + baseline.get()
            + ": " + e.getMessage(), e);
      }
    }
    try {
      // Read as they are judged: released checks are only counted, never all held.
      return MergedReports.read(files, judging);
    } catch (IOException | IllegalArgumentException e) {
      throw new GateException("Cannot read the retention reports: " + e.getMessage(), e);
    }
  }

  private static Path write(Path directory, String name, String content) throws GateException {
    Path file = directory.resolve(name);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new GateException("Cannot write " + file + ": " + e, e);
    }
  }
}
