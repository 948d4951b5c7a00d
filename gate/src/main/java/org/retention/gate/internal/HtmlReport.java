package org.retention.gate.internal;

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
    HtmlWriter html = new HtmlWriter();
    html.constant("<!DOCTYPE html>\n").open("html", "lang", "en").newline().open("head").newline()
        .empty("meta", "charset", "utf-8").newline().element("title", "Retention report").newline()
        .open("style").newline().constant(STYLE).close("style").newline().close("head").newline()
        .open("body").newline().element("h1", "Retention report").newline();
    List<JudgedCheck> failures = merged.failures();
    if (failures.isEmpty()) {
      html.element("p", "No new leaks", "class", "status passed").newline();
    } else {
      html.element("p", Words.count(failures.size(), "failed check", "failed checks"),
          "class", "status failed").newline();
    }
    counts(html, merged);
    if (!failures.isEmpty()) {
      html.element("h2", "New leaks", "id", "new-leaks").newline();
      failures.forEach(failure -> check(html, merged, failure, "failed"));
    }
    if (!merged.accepted().isEmpty()) {
      html.element("h2", "Accepted leaks", "id", "accepted-leaks").newline();
      merged.accepted().forEach(accepted -> check(html, merged, accepted, "accepted"));
    }
    if (!merged.staleEntries().isEmpty()) {
      html.element("h2", "Stale baseline entries", "id", "stale-entries").newline()
          .element("p", "No leak of any merged report matched these; remove them from the"
              + " baseline.").newline()
          .open("table", "class", "stale").newline().open("tr").element("th", "fingerprint")
          .element("th", "reason").close("tr").newline();
      merged.staleEntries().forEach(entry -> html.open("tr").open("td")
          .element("code", entry.fingerprint()).close("td").element("td", entry.reason())
          .close("tr").newline());
      html.close("table").newline();
    }
    merged.staleUnknownReason().ifPresent(reason -> html.element("p",
        "Stale baseline entries were not judged: " + reason + ".", "class", "stale-unknown")
        .newline());
    allChecks(html, merged);
    html.element("footer", Words.count(merged.reports().size(), "report", "reports") + " merged"
        + merged.baseline().map(baseline -> ", baseline " + baseline.file()).orElse("") + ".")
        .newline();
    return html.close("body").newline().close("html").newline().toString();
  }

  private static void counts(HtmlWriter html, MergedReports merged) {
    html.open("table", "class", "counts").newline().open("tr");
    for (String header : List.of("checks", "released", "retained", "accepted", "inconclusive",
        "stale baseline entries", "reports", "check time")) {
      html.element("th", header);
    }
    html.close("tr").newline().open("tr");
    for (int count : new int[] {merged.checks().size(),
        merged.withVerdict(CheckVerdict.RELEASED).size(),
        merged.withVerdict(CheckVerdict.RETAINED).size(), merged.accepted().size(),
        merged.withVerdict(CheckVerdict.INCONCLUSIVE).size(), merged.staleEntries().size(),
        merged.reports().size()}) {
      html.element("td", Integer.toString(count), "class", "number");
    }
    html.element("td", String.format(Locale.ROOT, "%.1f s", merged.checkTime().toMillis() / 1000.0),
        "class", "number").close("tr").newline().close("table").newline();
    if (!merged.unfinished().isEmpty()) {
      html.open("p", "class", "warning").element("strong", "Warning:")
          .text(" " + Words.count(merged.unfinished().size(), "test JVM", "test JVMs")
              + " did not finish (killed or crashed); checks after that point are missing.")
          .close("p").newline();
    }
  }

  private static void check(HtmlWriter html, MergedReports merged, JudgedCheck judged,
      String kind) {
    CheckRecord check = judged.check();
    html.open("section", "class", "check " + kind).newline().element("h3", check.name()).newline()
        .element("p", LeakListing.outcome(judged), "class", "headline").newline();
    check.unexplainedReason().ifPresent(reason ->
        html.element("p", "No retention path: " + reason).newline());
    for (LeakRecord leak : check.leaks()) {
      html.open("div", "class", "leak", "data-fingerprint", leak.fingerprint()).newline()
          .open("p").element("code", LeakListing.leakLine(leak));
      String reason = SummaryMarkdown.reasonOf(merged, leak.fingerprint(),
          leak.baselineReason().orElse(null));
      if (judged.verdict() == CheckVerdict.ACCEPTED && !reason.isEmpty()) {
        html.empty("br").text("accepted: " + reason);
      }
      html.close("p").newline();
      PathPicture.draw(html, leak);
      html.newline().close("div").newline();
    }
    html.close("section").newline();
  }

  private static void allChecks(HtmlWriter html, MergedReports merged) {
    html.element("h2", "All checks", "id", "checks").newline().open("table", "class", "checks")
        .newline().open("tr");
    for (String header : List.of("check", "kind", "verdict", "measured", "time", "report")) {
      html.element("th", header);
    }
    html.close("tr").newline();
    for (JudgedCheck judged : merged.checks()) {
      CheckRecord check = judged.check();
      html.open("tr").element("td", check.name()).element("td", check.kind().word())
          .element("td", judged.verdict().word(), "class", "verdict-" + judged.verdict().word())
          .element("td", LeakListing.outcome(judged))
          .element("td", check.timeMillis() + " ms", "class", "number")
          .element("td", String.valueOf(judged.reportFile().getFileName())).close("tr").newline();
    }
    html.close("table").newline();
  }
}
