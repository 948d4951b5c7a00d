package org.retention.maven.internal;

import java.util.List;
import java.util.Locale;
import org.retention.core.report.BaselineEntry;
import org.retention.core.report.CheckVerdict;

/**
 * The Markdown summary of a merged run, fit for a CI job summary ({@code $GITHUB_STEP_SUMMARY}):
 * new leaks, accepted leaks, stale baseline entries, checks run and their time.
 *
 * <pre>{@code
 * Files.writeString(directory.resolve("summary.md"), SummaryMarkdown.of(merged));
 * }</pre>
 */
public final class SummaryMarkdown {
  private SummaryMarkdown() {}

  /** The summary of {@code merged}. */
  public static String of(MergedReports merged) {
    StringBuilder text = new StringBuilder();
    List<JudgedCheck> failures = merged.failures();
    text.append("## Retention: ").append(failures.isEmpty()
        ? "no new leaks" : Words.count(failures.size(), "failed check", "failed checks")).append("\n\n");
    text.append("| checks | released | retained | accepted | inconclusive | stale baseline entries"
        + " | reports | check time |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    text.append(String.format(Locale.ROOT, "| %d | %d | %d | %d | %d | %d | %d | %.1f s |%n",
        merged.checks().size(), merged.withVerdict(CheckVerdict.RELEASED).size(),
        merged.withVerdict(CheckVerdict.RETAINED).size(), merged.accepted().size(),
        merged.withVerdict(CheckVerdict.INCONCLUSIVE).size(), merged.staleEntries().size(),
        merged.reports().size(), merged.checkTime().toMillis() / 1000.0));
    if (!failures.isEmpty()) {
      text.append("\n### New leaks\n\n```\n");
      failures.forEach(failure -> LeakListing.lines(failure)
          .forEach(line -> text.append(line).append('\n')));
      text.append("```\n");
    }
    if (!merged.accepted().isEmpty()) {
      text.append("\n### Accepted leaks\n\n| check | fingerprint | reason |\n|---|---|---|\n");
      merged.accepted().forEach(judged -> judged.check().leaks().forEach(leak ->
          text.append("| ").append(cell(judged.check().name())).append(" | `")
              .append(leak.fingerprint()).append("` | ").append(cell(reasonOf(merged, leak
                  .fingerprint(), leak.baselineReason().orElse(null)))).append(" |\n")));
    }
    List<BaselineEntry> stale = merged.staleEntries();
    if (!stale.isEmpty()) {
      text.append("\n### Stale baseline entries\n\nNo leak of any merged report matched these;"
          + " remove them from the baseline:\n\n| fingerprint | reason |\n|---|---|\n");
      stale.forEach(entry -> text.append("| `").append(entry.fingerprint()).append("` | ")
          .append(cell(entry.reason())).append(" |\n"));
    }
    merged.staleUnknownReason().ifPresent(reason -> text.append(
        "\nStale baseline entries were not judged: ").append(reason).append(".\n"));
    if (!merged.unfinished().isEmpty()) {
      text.append("\n> **Warning:** ").append(Words.count(merged.unfinished().size(), "test JVM",
          "test JVMs")).append(" did not finish (killed or crashed); checks after that point"
          + " are missing.\n");
    }
    return text.toString();
  }

  /** The baseline's reason for an accepted fingerprint, else the one the test JVM recorded. */
  static String reasonOf(MergedReports merged, String fingerprint, String recorded) {
    String reason = merged.baseline().map(baseline -> baseline.reasons().get(fingerprint))
        .orElse(recorded);
    return reason == null ? "" : reason;
  }

  /** Text safe inside a Markdown table cell. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
