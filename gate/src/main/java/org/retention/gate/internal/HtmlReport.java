package org.retention.gate.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.GrowthDetails;
import org.retention.core.report.GrowthGroupRecord;
import org.retention.core.report.LeakRecord;
import org.retention.core.report.LeakedThreadRecord;
import org.retention.core.report.ThreadDetails;

/**
 * The merged run as one self-contained HTML page (styles and pictures inline, no script, no
 * server) that says what to do: the counts with links to each section, then one card per leak
 * shape (fingerprint), new leaks first, each listing every check that hit it and drawing its
 * path once ({@link PathPicture}); the failed checks without a path, the accepted leaks with the
 * baseline's reason, the stale baseline entries, the test JVMs that did not finish, every check
 * that did not pass (each linked to its card), and the released checks counted per test class.
 * Everything is written through one {@link HtmlWriter}.
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
      h3{margin:.6em 0 .3em;font-size:1.05em;overflow-wrap:anywhere}
      nav.toc{margin:.6em 0}nav.toc a{margin-right:1.2em;white-space:nowrap}
      a{color:#0969da}
      .status{font-size:1.2em;font-weight:600;padding:.4em .8em;border-radius:6px;display:inline-block}
      .status.failed{background:#ffebe9;color:#a40e26}.status.passed{background:#dafbe1;color:#116329}
      table{border-collapse:collapse;margin:.6em 0}th,td{border:1px solid #d0d7de;padding:.3em .6em;\
      text-align:left;vertical-align:top}th{background:#f6f8fa}td.number{text-align:right;white-space:nowrap}
      table.checks,table.hits,table.passed,table.stale,table.unfinished{table-layout:fixed;width:100%}
      table.checks td,table.hits td,table.passed td,table.stale td,table.unfinished td{overflow-wrap:anywhere}
      th.name{width:32%}th.kind{width:6em}th.verdict{width:7.5em}th.time{width:6em}th.report{width:18%}
      th.count{width:6em}
      code,.headline,svg text{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,monospace}
      .check{border:1px solid #d0d7de;border-radius:6px;padding:.2em 1em 1em;margin:1em 0}
      .check.failed{border-left:6px solid #cf222e}.check.accepted{border-left:6px solid #9a6700}
      .check:target{box-shadow:0 0 0 3px #54aeff66}
      .headline{font-size:13px;color:#57606a;overflow-wrap:anywhere}.leak{margin:.8em 0;overflow-x:auto}
      .reason{color:#9a6700}ul.growth,ul.threads{margin:.3em 0}ul.frames{color:#57606a;font-size:13px}
      svg text{font-size:13px;fill:#1f2328}svg rect{stroke-width:1.5}
      svg .root rect{fill:#ddf4ff;stroke:#0969da}svg .step rect{fill:#fff;stroke:#8c959f}
      svg .object rect{fill:#ffebe9;stroke:#cf222e}
      svg .suspect rect{fill:#fff8c5;stroke:#bf8700;stroke-width:2.5;stroke-dasharray:6 3}
      svg text.note{fill:#9a6700;font-weight:600}p.suspect{font-weight:600;color:#9a6700}
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
    List<LeakGroup> groups = LeakGroup.of(merged.listed());
    // A shape the baseline accepts is an accepted leak, even in a check that fails for another.
    List<LeakGroup> newLeaks = groups.stream()
        .filter(group -> group.isNew() && reason(merged, group).isEmpty()).toList();
    Set<String> newShapes = newLeaks.stream().map(LeakGroup::fingerprint)
        .collect(Collectors.toSet());
    List<LeakGroup> acceptedLeaks = groups.stream()
        .filter(group -> !newShapes.contains(group.fingerprint())).toList();
    // A failure none of whose leaks is new fails for what has no path: it gets a card of its own.
    List<Integer> pathless = new ArrayList<>();
    for (int i = 0; i < merged.listed().size(); i++) {
      JudgedCheck judged = merged.listed().get(i);
      if (judged.verdict().failing() && judged.check().leaks().stream()
          .noneMatch(leak -> newShapes.contains(leak.fingerprint()))) {
        pathless.add(i);
      }
    }
    navigation(html, merged, newLeaks.size(), pathless.size(), acceptedLeaks.size());
    counts(html, merged);
    if (!newLeaks.isEmpty()) {
      html.element("h2", "New leaks", "id", "new-leaks").newline();
      newLeaks.forEach(group -> card(html, merged, group, "failed"));
    }
    if (!pathless.isEmpty()) {
      html.element("h2", "Failed checks without a path", "id", "without-path").newline();
      pathless.forEach(listed -> pathless(html, merged.listed().get(listed), listed));
    }
    if (!acceptedLeaks.isEmpty()) {
      html.element("h2", "Accepted leaks", "id", "accepted-leaks").newline();
      acceptedLeaks.forEach(group -> card(html, merged, group, "accepted"));
    }
    if (!merged.staleEntries().isEmpty()) {
      html.element("h2", "Stale baseline entries", "id", "stale-entries").newline()
          .element("p", "No leak of any merged report matched these; remove them from the"
              + " baseline.").newline();
      table(html, "stale", "fingerprint", "report", "reason", "");
      merged.staleEntries().forEach(entry -> html.open("tr").open("td")
          .element("code", entry.fingerprint()).close("td").element("td", entry.reason())
          .close("tr").newline());
      html.close("table").newline();
    }
    merged.staleUnknownReason().ifPresent(reason -> html.element("p",
        "Stale baseline entries were not judged: " + reason + ".", "class", "stale-unknown")
        .newline());
    unfinished(html, merged);
    listedChecks(html, merged);
    passedChecks(html, merged);
    html.element("footer", Words.count(merged.reports().size(), "report", "reports") + " merged"
        + merged.baseline().map(baseline -> ", baseline " + baseline.file()).orElse("") + ".")
        .newline();
    return html.close("body").newline().close("html").newline().toString();
  }

  /** Links to each section there is, each with its count. */
  private static void navigation(HtmlWriter html, MergedReports merged, int newLeaks,
      int pathless, int acceptedLeaks) {
    html.open("nav", "class", "toc");
    link(html, newLeaks, "new-leaks", "new leak", "new leaks");
    link(html, pathless, "without-path", "failed check without a path",
        "failed checks without a path");
    link(html, acceptedLeaks, "accepted-leaks", "accepted leak", "accepted leaks");
    link(html, merged.staleEntries().size(), "stale-entries", "stale baseline entry",
        "stale baseline entries");
    link(html, merged.unfinished().size(), "unfinished", "unfinished test JVM",
        "unfinished test JVMs");
    link(html, merged.listed().size(), "checks", "check that did not pass",
        "checks that did not pass");
    link(html, merged.count(CheckVerdict.RELEASED), "passed", "released check",
        "released checks");
    html.close("nav").newline();
  }

  private static void link(HtmlWriter html, int count, String id, String one, String many) {
    if (count > 0) {
      html.element("a", Words.count(count, one, many), "href", "#" + id);
    }
  }

  private static void counts(HtmlWriter html, MergedReports merged) {
    html.open("table", "class", "counts").newline().open("tr");
    CountsRow.HEADERS.forEach(header -> html.element("th", header));
    html.close("tr").newline().open("tr");
    CountsRow.values(merged).forEach(value -> html.element("td", value, "class", "number"));
    html.close("tr").newline().close("table").newline();
    merged.contexts().ifPresent(counts -> html.element("p", Words.contexts(counts) + ".",
        "class", "contexts").newline());
    if (!merged.unfinished().isEmpty()) {
      html.open("p", "class", "warning").element("strong", "Warning:")
          .text(" " + Words.count(merged.unfinished().size(), "test JVM", "test JVMs")
              + " did not finish (killed or crashed); checks after that point are missing.")
          .close("p").newline();
    }
  }

  /** One leak shape: what leaked, every check that hit it, how it grew, and its path. */
  private static void card(HtmlWriter html, MergedReports merged, LeakGroup group,
      String kind) {
    LeakRecord leak = group.leak();
    html.open("section", "class", "check " + kind, "id", anchor(leak.fingerprint())).newline()
        .element("h3", leak.object()).newline()
        .element("p", "hit by " + Words.count(group.hits().size(), "check", "checks"),
            "class", "headline").newline();
    table(html, "hits", "check", "name", "kind", "kind", "verdict", "verdict", "measured", "",
        "report", "report");
    for (JudgedCheck judged : group.hits()) {
      CheckRecord check = judged.check();
      html.open("tr").element("td", check.name()).element("td", check.kind().word())
          .element("td", judged.verdict().word(), "class", "verdict-" + judged.verdict().word())
          .open("td").text(LeakListing.outcome(judged));
      check.unexplainedReason().ifPresent(reason ->
          html.empty("br").text("no retention path for the rest: " + reason));
      html.close("td").element("td", reportName(judged.reportFile())).close("tr").newline();
    }
    html.close("table").newline();
    growth(html, group);
    html.open("div", "class", "leak", "data-fingerprint", leak.fingerprint()).newline()
        .open("p").element("code", LeakListing.leakLine(leak));
    String reason = reason(merged, group);
    if (kind.equals("accepted") && !reason.isEmpty()) {
      html.empty("br").element("span", "accepted: " + reason, "class", "reason");
    }
    html.close("p").newline();
    leak.suspect().ifPresent(suspect -> html.open("p", "class", "suspect")
        .text("Break this reference: ").element("code", suspect.reference())
        .text(suspect.freedBytesKnown() ? String.format(Locale.ROOT,
            " (step %d of the path); breaking it frees %,d bytes.", suspect.step() + 1,
            suspect.freedBytes()) : String.format(Locale.ROOT, " (step %d of the path).",
            suspect.step() + 1))
        .close("p").newline());
    PathPicture.draw(html, leak);
    html.newline().close("div").newline().close("section").newline();
  }

  /** For growth checks, how fast the group grew in each and where its objects were allocated. */
  private static void growth(HtmlWriter html, LeakGroup group) {
    List<GrowthGroupRecord> grown = group.hits().stream()
        .filter(judged -> judged.check().details() instanceof GrowthDetails)
        .flatMap(judged -> ((GrowthDetails) judged.check().details()).groups().stream())
        .filter(growth -> growth.fingerprint().equals(group.fingerprint()))
        .toList();
    if (grown.isEmpty()) {
      return;
    }
    html.open("ul", "class", "growth").newline();
    for (GrowthGroupRecord growth : grown) {
      html.open("li").text(LeakListing.growth(growth));
      frames(html, "allocated at ", growth.allocatedAt());
      html.close("li").newline();
    }
    html.close("ul").newline();
  }

  private static void frames(HtmlWriter html, String what, List<String> frames) {
    if (frames.isEmpty()) {
      return;
    }
    html.open("ul", "class", "frames");
    frames.forEach(frame -> html.open("li").text(what).element("code", frame).close("li"));
    html.close("ul");
  }

  /** A failed check no leak record explains: inconclusive, or retained without a path. */
  private static void pathless(HtmlWriter html, JudgedCheck judged, int listed) {
    CheckRecord check = judged.check();
    html.open("section", "class", "check failed", "id", anchor(listed)).newline()
        .element("h3", check.name()).newline()
        .element("p", LeakListing.outcome(judged), "class", "headline").newline();
    check.unexplainedReason().ifPresent(reason ->
        html.element("p", "No retention path: " + reason).newline());
    if (check.details() instanceof ThreadDetails threads && !threads.threads().isEmpty()) {
      html.open("ul", "class", "threads").newline();
      for (LeakedThreadRecord thread : threads.threads()) {
        html.open("li").element("code", thread.name()).text(" " + thread.state()
            + (thread.daemon() ? ", daemon" : "")
            + (thread.owner().isEmpty() ? "" : ", of a " + thread.owner()));
        frames(html, "started at ", thread.startedAt());
        html.close("li").newline();
      }
      html.close("ul").newline();
    }
    html.element("p", "Report: " + reportName(judged.reportFile()), "class", "headline")
        .newline().close("section").newline();
  }

  private static void unfinished(HtmlWriter html, MergedReports merged) {
    if (merged.unfinished().isEmpty()) {
      return;
    }
    html.element("h2", "Test JVMs that did not finish", "id", "unfinished").newline()
        .element("p", "Killed or crashed: the checks they recorded are merged, later ones are"
            + " missing.").newline();
    table(html, "unfinished", "report", "name", "pid", "count", "java", "", "started", "");
    for (ReportFile report : merged.unfinished()) {
      html.open("tr").element("td", reportName(report.file()))
          .element("td", Long.toString(report.report().pid()), "class", "number")
          .element("td", report.report().java())
          .element("td", report.report().started().toString()).close("tr").newline();
    }
    html.close("table").newline();
  }

  /** Every check that did not pass, each linked to the card that explains it. */
  private static void listedChecks(HtmlWriter html, MergedReports merged) {
    if (merged.listed().isEmpty()) {
      return;
    }
    html.element("h2", "Checks that did not pass", "id", "checks").newline();
    table(html, "checks", "check", "name", "kind", "kind", "verdict", "verdict", "measured", "",
        "time", "time", "report", "report");
    for (int listed = 0; listed < merged.listed().size(); listed++) {
      JudgedCheck judged = merged.listed().get(listed);
      CheckRecord check = judged.check();
      html.open("tr").open("td");
      if (check.leaks().isEmpty()) {
        html.element("a", check.name(), "href", "#" + anchor(listed));
      } else {
        html.element("a", check.name(), "href", "#" + anchor(check.leaks().get(0).fingerprint()));
        // A check of several leak shapes links to each of the others' cards too.
        for (int i = 1; i < check.leaks().size(); i++) {
          html.text(" ").element("a", "[" + (i + 1) + "]", "href",
              "#" + anchor(check.leaks().get(i).fingerprint()));
        }
      }
      html.close("td").element("td", check.kind().word())
          .element("td", judged.verdict().word(), "class", "verdict-" + judged.verdict().word())
          .element("td", LeakListing.outcome(judged))
          .element("td", check.timeMillis() + " ms", "class", "number")
          .element("td", reportName(judged.reportFile())).close("tr").newline();
    }
    html.close("table").newline();
  }

  /** The released checks, a row per test class and report. */
  private static void passedChecks(HtmlWriter html, MergedReports merged) {
    if (merged.passed().isEmpty()) {
      return;
    }
    html.element("h2", "Released checks", "id", "passed").newline();
    table(html, "passed", "test class", "", "released", "count", "time", "time", "report",
        "report");
    for (PassedChecks passed : merged.passed()) {
      html.open("tr").element("td", passed.testClass())
          .element("td", String.format(Locale.ROOT, "%,d", passed.checks()), "class", "number")
          .element("td", passed.timeMillis() + " ms", "class", "number")
          .element("td", reportName(passed.reportFile())).close("tr").newline();
    }
    html.close("table").newline();
  }

  /**
   * Opens a table of {@code kind} and writes its header row: each header followed by its column's
   * width class, or {@code ""} for a column that takes the rest of the width.
   */
  private static void table(HtmlWriter html, String kind, String... headersAndWidths) {
    html.open("table", "class", kind).newline().open("tr");
    for (int i = 0; i < headersAndWidths.length; i += 2) {
      if (headersAndWidths[i + 1].isEmpty()) {
        html.element("th", headersAndWidths[i]);
      } else {
        html.element("th", headersAndWidths[i], "class", headersAndWidths[i + 1]);
      }
    }
    html.close("tr").newline();
  }

  /** Why the baseline accepts the group's shape; empty when it does not. */
  private static String reason(MergedReports merged, LeakGroup group) {
    return SummaryMarkdown.reasonOf(merged, group.fingerprint(),
        group.leak().baselineReason().orElse(null));
  }

  private static String anchor(String fingerprint) {
    return "leak-" + fingerprint;
  }

  /** A failed check without a leak is anchored by its place among the listed checks. */
  private static String anchor(int listed) {
    return "check-" + (listed + 1);
  }

  /** A report's file with its directory, which tells CI shards apart. */
  private static String reportName(Path file) {
    Path parent = file.getParent();
    return parent == null || parent.getFileName() == null ? String.valueOf(file.getFileName())
        : parent.getFileName() + "/" + file.getFileName();
  }
}
