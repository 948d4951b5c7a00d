package org.retention.gate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retention.gate.internal.Reports.AUDIT_LEAK;
import static org.retention.gate.internal.Reports.LISTENER_LEAK;
import static org.retention.gate.internal.Reports.leak;
import static org.retention.gate.internal.Reports.released;
import static org.retention.gate.internal.Reports.report;
import static org.retention.gate.internal.Reports.retained;
import static org.retention.gate.internal.Reports.unfinished;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.retention.core.report.LeakBaseline;

class SummaryMarkdown_of_Test {
  @Test
  void should_show_counts_new_leaks_with_their_paths_accepted_leaks_and_stale_entries() {
    // GIVEN a new leak with a long path, an accepted one, and a stale entry
    MergedReports merged = MergedReports.judge(List.of(
        report("fork-1.json", released("CacheTest#clean()"),
            retained("AuditTest#known()", leak(AUDIT_LEAK, "ArrayList.elementData"))),
        report("fork-2.json", retained("ListenerTest#introduced()", leak(LISTENER_LEAK,
            "Bus.listeners", "ArrayList.elementData", "Object[][0]", "Listener.owner",
            "Owner.session")))),
        Optional.of(new LeakBaseline(Path.of("retention-baseline.txt"), Map.of(
            AUDIT_LEAK, "audit | until TICKET-1", "0123456789abcdef", "fixed long ago"))));
    // WHEN
    String summary = SummaryMarkdown.of(merged);
    // THEN
    assertThat(summary).isEqualTo("""
        ## Retention: 1 failed check

        | checks | released | retained | accepted | inconclusive | stale baseline entries \
        | reports | check time |
        |---:|---:|---:|---:|---:|---:|---:|---:|
        | 3 | 1 | 1 | 1 | 0 | 1 | 2 | 1.0 s |

        ### New leaks

        ```
        ListenerTest#introduced(): retained 1 of 2 after 2 full GCs (G1)
          leak 1c0ffee000000001: value session bob (org.example.Session), retains 16,440 bytes
            GC root: static field org.example.AuditLog.RECENT
              Bus.listeners
              ArrayList.elementData
              Object[][0]
              Listener.owner
              ... 1 more steps
              -> value session bob (org.example.Session)
        ```

        ### Accepted leaks

        | check | fingerprint | reason |
        |---|---|---|
        | AuditTest#known() | `7a5218bb091fd854` | audit \\| until TICKET-1 |

        ### Stale baseline entries

        No leak of any merged report matched these; remove them from the baseline:

        | fingerprint | reason |
        |---|---|
        | `0123456789abcdef` | fixed long ago |
        """);
  }

  @Test
  void should_say_there_are_no_new_leaks_and_warn_of_a_jvm_that_did_not_finish() {
    // GIVEN a clean fork and a killed one
    MergedReports merged = MergedReports.judge(List.of(report("fork-1.json",
        released("CacheTest#clean()")), unfinished("fork-2.json")), Optional.empty());
    // WHEN
    String summary = SummaryMarkdown.of(merged);
    // THEN
    assertThat(summary).startsWith("## Retention: no new leaks\n")
        .contains("| 1 | 1 | 0 | 0 | 0 | 0 | 2 | 0.0 s |")
        .doesNotContain("### New leaks", "### Accepted leaks", "### Stale")
        .endsWith("> **Warning:** 1 test JVM did not finish (killed or crashed); checks after"
            + " that point are missing.\n");
  }

  @Test
  void should_keep_a_hostile_check_name_and_reason_inert() {
    // GIVEN a check name that tries to close the code fence, add a heading and load an image
    String hostile = "x\n```\n# PWNED\n![t](https://evil.example/t.png)\n```";
    MergedReports merged = MergedReports.judge(List.of(
        report("fork-1.json", retained(hostile, leak(LISTENER_LEAK, "Bus.listeners")),
            retained("accepted " + hostile, leak(AUDIT_LEAK, "ArrayList.elementData")))),
        Optional.of(new LeakBaseline(Path.of("retention-baseline.txt"),
            Map.of(AUDIT_LEAK, "<img src=x onerror=alert(1)> | ![i](https://evil.example/i)"))));
    // WHEN
    String summary = SummaryMarkdown.of(merged);
    // THEN the fence is longer than any run of backticks in it, so it holds
    assertThat(summary).contains("\n````\nx\n```\n# PWNED\n");
    assertThat(summary.lines().filter(line -> line.startsWith("# "))).containsExactly("# PWNED");
    assertThat(summary.lines().filter(line -> line.equals("````"))).hasSize(2);
    // AND outside the fence no text becomes markup: no heading, image, link or HTML tag
    String outsideFence = summary.substring(summary.lastIndexOf("````") + 4);
    assertThat(outsideFence).doesNotContain("<img", "![", "\n# PWNED", "| ![")
        .contains("&lt;img src=x onerror=alert(1)&gt; \\| \\!\\[i\\]");
  }
}
