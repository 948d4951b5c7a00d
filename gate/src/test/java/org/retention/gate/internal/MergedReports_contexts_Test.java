package org.retention.gate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retention.gate.internal.Reports.released;
import static org.retention.gate.internal.Reports.report;
import static org.retention.gate.internal.Reports.withContexts;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.retention.core.report.ContextCounts;

/**
 * The Spring contexts of a build: each test JVM has its own context cache and counts its own, so
 * the build's counts are their sum; a report that counted none (no Spring check, or an older
 * version) adds nothing.
 */
class MergedReports_contexts_Test {
  @Test
  void should_sum_the_contexts_of_every_fork_and_shard() {
    // GIVEN two forks that counted contexts, and one that counted none
    MergedReports merged = MergedReports.judge(List.of(
        withContexts("fork-1.json", new ContextCounts(10, 6, 6, 4), released("A#a()")),
        report("fork-2.json", released("B#b()")),
        withContexts("shard-2.json", new ContextCounts(4, 3, 3, 1))), Optional.empty());
    // WHEN / THEN
    assertThat(merged.contexts()).contains(new ContextCounts(14, 9, 9, 5));
  }

  @Test
  void should_have_none_when_no_report_counted_contexts() {
    // GIVEN reports without counts
    MergedReports merged = MergedReports.judge(List.of(report("fork-1.json", released("A#a()"))),
        Optional.empty());
    // WHEN / THEN
    assertThat(merged.contexts()).isEmpty();
  }

  @Test
  void should_print_the_sum_in_the_summary_after_the_counts() {
    // GIVEN two reports with contexts
    MergedReports merged = twoForksWithContexts();
    // WHEN
    String summary = SummaryMarkdown.of(merged);
    // THEN
    assertThat(summary).isEqualTo("""
        ## Retention: no new leaks

        | checks | released | retained | accepted | inconclusive | stale baseline entries \
        | reports | check time |
        |---:|---:|---:|---:|---:|---:|---:|---:|
        | 2 | 2 | 0 | 0 | 0 | 0 | 2 | 0.0 s |

        Spring contexts: 14 created, 9 closed, 8 released, 5 still cached at the end.
        """);
  }

  @Test
  void should_print_no_context_line_in_the_summary_without_counts() {
    // GIVEN / WHEN
    String summary = SummaryMarkdown.of(MergedReports.judge(
        List.of(report("fork-1.json", released("A#a()"))), Optional.empty()));
    // THEN
    assertThat(summary).doesNotContain("Spring contexts");
  }

  @Test
  void should_show_the_sum_on_the_page_below_the_counts() {
    // GIVEN two reports with contexts
    MergedReports merged = twoForksWithContexts();
    // WHEN
    String page = HtmlReport.of(merged);
    // THEN
    assertThat(page).contains("</table>\n<p class=\"contexts\">Spring contexts: 14 created,"
        + " 9 closed, 8 released, 5 still cached at the end.</p>\n");
  }

  @Test
  void should_show_no_context_line_on_the_page_without_counts() {
    // GIVEN / WHEN
    String page = HtmlReport.of(MergedReports.judge(
        List.of(report("fork-1.json", released("A#a()"))), Optional.empty()));
    // THEN
    assertThat(page).doesNotContain("Spring contexts");
  }

  private static MergedReports twoForksWithContexts() {
    return MergedReports.judge(List.of(
        withContexts("fork-1.json", new ContextCounts(10, 6, 5, 4), released("A#a()")),
        withContexts("fork-2.json", new ContextCounts(4, 3, 3, 1), released("B#b()"))),
        Optional.empty());
  }
}
