package org.retention.gate.internal;

import static org.retention.gate.internal.Markdown.Column.CODE;
import static org.retention.gate.internal.Markdown.Column.NUMBER;
import static org.retention.gate.internal.Markdown.Column.TEXT;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.retention.core.report.BaselineEntry;

/**
 * The Markdown summary of a merged run, fit for a CI job summary ({@code $GITHUB_STEP_SUMMARY}):
 * new leaks, accepted leaks, stale baseline entries, checks run and their time, and what became of
 * the Spring application contexts when the tests counted them.
 *
 * <pre>{@code
 * Files.writeString(directory.resolve("summary.md"), SummaryMarkdown.of(merged));
 * }</pre>
 */
public final class SummaryMarkdown {
  private SummaryMarkdown() {}

  /** The summary of {@code merged}; every text from a report is written inert. */
  public static String of(MergedReports merged) {
    Markdown md = new Markdown();
    List<JudgedCheck> failures = merged.failures();
    md.heading(2, "Retention: " + (failures.isEmpty()
        ? "no new leaks" : Words.count(failures.size(), "failed check", "failed checks")));
    md.table(CountsRow.HEADERS, Collections.nCopies(CountsRow.HEADERS.size(), NUMBER),
        List.of(CountsRow.values(merged)));
    merged.contexts().ifPresent(counts -> md.paragraph(Words.contexts(counts) + "."));
    if (!failures.isEmpty()) {
      md.heading(3, "New leaks").codeBlock(LeakListing.lines(failures));
    }
    if (!merged.accepted().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      merged.accepted().forEach(judged -> judged.check().leaks().forEach(leak ->
          rows.add(List.of(judged.check().name(), leak.fingerprint(),
              reasonOf(merged, leak.fingerprint(), leak.baselineReason().orElse(null))))));
      md.heading(3, "Accepted leaks")
          .table(List.of("check", "fingerprint", "reason"), List.of(TEXT, CODE, TEXT), rows);
    }
    List<BaselineEntry> stale = merged.staleEntries();
    if (!stale.isEmpty()) {
      md.heading(3, "Stale baseline entries")
          .paragraph("No leak of any merged report matched these; remove them from the baseline:")
          .table(List.of("fingerprint", "reason"), List.of(CODE, TEXT), stale.stream()
              .map(entry -> List.of(entry.fingerprint(), entry.reason())).toList());
    }
    merged.staleUnknownReason().ifPresent(reason ->
        md.paragraph("Stale baseline entries were not judged: " + reason + "."));
    if (!merged.unfinished().isEmpty()) {
      md.warning(Words.count(merged.unfinished().size(), "test JVM", "test JVMs")
          + " did not finish (killed or crashed); checks after that point are missing.");
    }
    return md.toString();
  }

  /** The baseline's reason for an accepted fingerprint, else the one the test JVM recorded. */
  static String reasonOf(MergedReports merged, String fingerprint, String recorded) {
    String reason = merged.baseline().map(baseline -> baseline.reasons().get(fingerprint))
        .orElse(recorded);
    return reason == null ? "" : reason;
  }
}
