package org.retention.gate.internal;

import static org.retention.gate.internal.Html.escape;

import java.util.List;
import java.util.Locale;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.LeakRecord;

/**
 * The merged run as one self-contained HTML page (styles and pictures inline, no script, no
 * server): the counts, each new and each accepted leak with its retention path drawn by {@link
 * PathPicture}, the stale baseline entries, and every check.
 *
 * <pre>{@code
 * Files.writeString(directory.resolve("report.html"), HtmlReport.of(merged));
 * }</pre>
 */
public final class HtmlReport {
  private static final String STYLE = """
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;\
      max-width:1100px;padding:0 1em;color:#1f2328}
      h1{margin-bottom:.2em}h2{border-bottom:1px solid #d0d7de;padding-bottom:.2em;margin-top:2em}
      .status{font-size:1.2em;font-weight:600;padding:.4em .8em;border-radius:6px;display:inline-block}
      .status.failed{background:#ffebe9;color:#a40e26}.status.passed{background:#dafbe1;color:#116329}
      table{border-collapse:collapse;margin:.6em 0}th,td{border:1px solid #d0d7de;padding:.3em .6em;\
      text-align:left;vertical-align:top}th{background:#f6f8fa}td.number{text-align:right;white-space:nowrap}
      code,.headline,svg text{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,monospace}
      .check{border:1px solid #d0d7de;border-radius:6px;padding:.2em 1em 1em;margin:1em 0}
      .check.failed{border-left:6px solid #cf222e}.check.accepted{border-left:6px solid #9a6700}
      .headline{font-size:13px;color:#57606a}.leak{margin:.8em 0}
      svg text{font-size:13px;fill:#1f2328}svg rect{stroke-width:1.5}
      svg .root rect{fill:#ddf4ff;stroke:#0969da}svg .step rect{fill:#fff;stroke:#8c959f}
      svg .object rect{fill:#ffebe9;stroke:#cf222e}
      svg .arrow line{stroke:#57606a;stroke-width:1.5}svg .arrow polygon{fill:#57606a}
      td.verdict-retained,td.verdict-inconclusive{color:#a40e26;font-weight:600}
      td.verdict-accepted{color:#9a6700}td.verdict-released{color:#116329}
      footer{margin-top:3em;color:#57606a;font-size:12px}
      """;

  private HtmlReport() {}

  /** The page for {@code merged}. */
  public static String of(MergedReports merged) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
        + "<meta charset=\"utf-8\">\n<title>Retention report</title>\n<style>\n")
        .append(STYLE).append("</style>\n</head>\n<body>\n<h1>Retention report</h1>\n");
    List<JudgedCheck> failures = merged.failures();
    html.append(failures.isEmpty()
        ? "<p class=\"status passed\">No new leaks</p>\n"
        : "<p class=\"status failed\">" + Words.count(failures.size(), "failed check",
            "failed checks") + "</p>\n");
    counts(html, merged);
    if (!failures.isEmpty()) {
      html.append("<h2 id=\"new-leaks\">New leaks</h2>\n");
      failures.forEach(failure -> check(html, merged, failure, "failed"));
    }
    if (!merged.accepted().isEmpty()) {
      html.append("<h2 id=\"accepted-leaks\">Accepted leaks</h2>\n");
      merged.accepted().forEach(accepted -> check(html, merged, accepted, "accepted"));
    }
    if (!merged.staleEntries().isEmpty()) {
      html.append("<h2 id=\"stale-entries\">Stale baseline entries</h2>\n<p>No leak of any"
          + " merged report matched these; remove them from the baseline.</p>\n<table"
          + " class=\"stale\">\n<tr><th>fingerprint</th><th>reason</th></tr>\n");
      merged.staleEntries().forEach(entry -> html.append("<tr><td><code>")
          .append(escape(entry.fingerprint())).append("</code></td><td>")
          .append(escape(entry.reason())).append("</td></tr>\n"));
      html.append("</table>\n");
    }
    merged.staleUnknownReason().ifPresent(reason -> html.append("<p class=\"stale-unknown\">"
        + "Stale baseline entries were not judged: ").append(escape(reason)).append(".</p>\n"));
    allChecks(html, merged);
    html.append("<footer>").append(Words.count(merged.reports().size(), "report",
        "reports")).append(" merged");
    merged.baseline().ifPresent(baseline -> html.append(", baseline ")
        .append(escape(baseline.file().toString())));
    return html.append(".</footer>\n</body>\n</html>\n").toString();
  }

  private static void counts(StringBuilder html, MergedReports merged) {
    html.append("<table class=\"counts\">\n<tr><th>checks</th><th>released</th><th>retained</th>"
        + "<th>accepted</th><th>inconclusive</th><th>stale baseline entries</th><th>reports</th>"
        + "<th>check time</th></tr>\n<tr>");
    for (int count : new int[] {merged.checks().size(),
        merged.withVerdict(CheckVerdict.RELEASED).size(),
        merged.withVerdict(CheckVerdict.RETAINED).size(), merged.accepted().size(),
        merged.withVerdict(CheckVerdict.INCONCLUSIVE).size(), merged.staleEntries().size(),
        merged.reports().size()}) {
      html.append("<td class=\"number\">").append(count).append("</td>");
    }
    html.append(String.format(Locale.ROOT, "<td class=\"number\">%.1f s</td></tr>\n</table>\n",
        merged.checkTime().toMillis() / 1000.0));
    if (!merged.unfinished().isEmpty()) {
      html.append("<p class=\"warning\"><strong>Warning:</strong> ")
          .append(Words.count(merged.unfinished().size(), "test JVM", "test JVMs"))
          .append(" did not finish (killed or crashed); checks after that point are missing.</p>\n");
    }
  }

  private static void check(StringBuilder html, MergedReports merged, JudgedCheck judged,
      String kind) {
    CheckRecord check = judged.check();
    html.append("<section class=\"check ").append(kind).append("\">\n<h3>")
        .append(escape(check.name())).append("</h3>\n<p class=\"headline\">")
        .append(escape(LeakListing.outcome(judged))).append("</p>\n");
    check.unexplainedReason().ifPresent(reason ->
        html.append("<p>No retention path: ").append(escape(reason)).append("</p>\n"));
    for (LeakRecord leak : check.leaks()) {
      html.append("<div class=\"leak\" data-fingerprint=\"").append(escape(leak.fingerprint()))
          .append("\">\n<p><code>").append(escape(LeakListing.leakLine(leak))).append("</code>");
      String reason = SummaryMarkdown.reasonOf(merged, leak.fingerprint(), leak.baselineReason().orElse(null));
      if (judged.verdict() == CheckVerdict.ACCEPTED && !reason.isEmpty()) {
        html.append("<br>accepted: ").append(escape(reason));
      }
      html.append("</p>\n").append(PathPicture.svg(leak)).append("\n</div>\n");
    }
    html.append("</section>\n");
  }

  private static void allChecks(StringBuilder html, MergedReports merged) {
    html.append("<h2 id=\"checks\">All checks</h2>\n<table class=\"checks\">\n<tr><th>check</th>"
        + "<th>kind</th><th>verdict</th><th>measured</th><th>time</th>"
        + "<th>report</th></tr>\n");
    for (JudgedCheck judged : merged.checks()) {
      CheckRecord check = judged.check();
      html.append("<tr><td>").append(escape(check.name())).append("</td><td>")
          .append(check.kind().word()).append("</td><td class=\"verdict-")
          .append(judged.verdict().word()).append("\">").append(judged.verdict().word())
          .append("</td><td>").append(escape(LeakListing.outcome(judged)))
          .append("</td><td class=\"number\">")
          .append(check.timeMillis()).append(" ms</td><td>")
          .append(escape(String.valueOf(judged.reportFile().getFileName()))).append("</td></tr>\n");
    }
    html.append("</table>\n");
  }
}
