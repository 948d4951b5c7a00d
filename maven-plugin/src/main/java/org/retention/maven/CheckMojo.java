package org.retention.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.retention.core.report.BaselineEntry;
import org.retention.core.report.CheckVerdict;
import org.retention.maven.internal.HtmlReport;
import org.retention.maven.internal.JudgedCheck;
import org.retention.maven.internal.Console;
import org.retention.maven.internal.LeakListing;
import org.retention.maven.internal.MergedReports;
import org.retention.maven.internal.SummaryMarkdown;
import org.retention.maven.internal.Words;

/**
 * Gates the build on the retention checks of all its test JVMs: merges every report under
 * {@code target/retention} (plus {@code reports} from CI shards), applies the baseline, fails on
 * a leak the baseline does not accept, lists the baseline entries that no merged report
 * matched, and writes {@code summary.md} and a self-contained {@code report.html} beside the
 * reports.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>org.retention</groupId>
 *   <artifactId>retention-maven-plugin</artifactId>
 *   <version>0.1.0-SNAPSHOT</version>
 *   <executions><execution><goals><goal>check</goal></goals></execution></executions>
 *   <configuration><baseline>retention-baseline.txt</baseline></configuration>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends ReportsMojo {
  /**
   * The baseline of accepted leaks (the format of {@code retention.baseline}: one fingerprint
   * and reason per line). Without it the verdicts stand as the test JVMs recorded them.
   */
  @Parameter(property = "retention.baseline")
  File baseline;

  /** Fails the build when a baseline entry matched no leak of any merged report. */
  @Parameter(property = "retention.failOnStale", defaultValue = "false")
  boolean failOnStale;

  /**
   * Fails the build on a new leak; {@code false} only reports it, for a CI step that must write
   * the summary even after the tests failed.
   */
  @Parameter(property = "retention.haltOnFailure", defaultValue = "true")
  boolean haltOnFailure;

  /** Creates the goal; Maven sets its parameters. */
  public CheckMojo() {}

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Retention: check skipped");
      return;
    }
    MergedReports merged = merge(Optional.ofNullable(baseline).map(File::toPath));
    Path summary = write("summary.md", SummaryMarkdown.of(merged));
    Path html = write("report.html", HtmlReport.of(merged));
    getLog().info(String.format(Locale.ROOT, "Retention: %s in %s: %d released, %d accepted,"
            + " %d retained, %d inconclusive (%s, %s)",
        Words.count(merged.checks().size(), "check", "checks"),
        Words.count(merged.reports().size(), "report", "reports"),
        merged.withVerdict(CheckVerdict.RELEASED).size(), merged.accepted().size(),
        merged.withVerdict(CheckVerdict.RETAINED).size(),
        merged.withVerdict(CheckVerdict.INCONCLUSIVE).size(), summary, html));
    if (merged.reports().isEmpty()) {
      getLog().info("Retention: no report under " + reportDirectory + " nor in the reports"
          + " parameter: no test of this project ran a retention check");
    }
    merged.unfinished().forEach(report -> getLog().warn("Retention: the test JVM of "
        + report.file() + " did not finish its run (killed or crashed?); later checks are missing"));
    merged.staleUnknownReason().ifPresent(reason -> getLog().info(
        "Retention: stale baseline entries were not judged: " + Console.visible(reason)));
    List<String> problems = new ArrayList<>();
    List<JudgedCheck> failures = merged.failures();
    if (!failures.isEmpty()) {
      List<String> lines = new ArrayList<>();
      lines.add(Words.count(failures.size(), "retention check failed and is",
          "retention checks failed and are") + " not accepted by the baseline:");
      failures.forEach(failure -> LeakListing.lines(failure).forEach(line -> lines.add("  "
          + Console.visible(line))));
      lines.add("Full paths: " + html + ". To accept a leak, add its fingerprint and a reason to"
          + " the baseline (mvn retention:baseline writes one).");
      report(lines, haltOnFailure, problems);
    }
    List<BaselineEntry> stale = merged.staleEntries();
    if (!stale.isEmpty()) {
      List<String> lines = new ArrayList<>();
      lines.add(Words.count(stale.size(), "baseline entry", "baseline entries")
          + " matched no leak of any merged report; remove " + (stale.size() == 1 ? "it:" : "them:"));
      stale.forEach(entry -> lines.add("  " + entry.fingerprint() + "  "
          + Console.visible(entry.reason())));
      report(lines, failOnStale, problems);
    }
    if (!problems.isEmpty()) {
      throw new MojoFailureException(String.join("\n", problems));
    }
  }

  /** A problem fails the build (Maven prints the message once) or is logged as a warning. */
  private void report(List<String> lines, boolean failing, List<String> problems) {
    if (failing) {
      problems.add(String.join("\n", lines));
    } else {
      lines.forEach(line -> getLog().warn("Retention: " + line));
    }
  }

  private Path write(String name, String content) throws MojoExecutionException {
    Path file = reportDirectory.toPath().resolve(name);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write " + file + ": " + e, e);
    }
  }
}
