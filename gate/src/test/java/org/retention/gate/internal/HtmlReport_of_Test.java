package org.retention.gate.internal;

import org.retention.core.report.ObjectDetails;
import org.retention.core.explain.RootKind;
import org.retention.core.explain.Reachability;
import static org.assertj.core.api.Assertions.assertThat;
import static org.retention.gate.internal.Reports.AUDIT_LEAK;
import static org.retention.gate.internal.Reports.LISTENER_LEAK;
import static org.retention.gate.internal.Reports.leak;
import static org.retention.gate.internal.Reports.released;
import static org.retention.gate.internal.Reports.report;
import static org.retention.gate.internal.Reports.retained;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.LeakBaseline;
import org.retention.core.report.LeakRecord;

class HtmlReport_of_Test {
  private static final LeakRecord HOSTILE = new LeakRecord(LISTENER_LEAK,
      "value <script>alert('x')</script> (java.lang.String)", Reachability.STRONG,
      RootKind.THREAD_STACK, "thread stack of \"main\" in Foo.run()",
      List.of("Map<K,V>.table", "Node[][3]"), 48, Optional.empty());

  private static Document page() {
    MergedReports merged = MergedReports.judge(List.of(
        report("fork-1.json", released("CacheTest#clean()"),
            retained("AuditTest#known()", leak(AUDIT_LEAK, "ArrayList.elementData",
                "Object[][3]", "AuditEntry.subject"))),
        report("fork-2.json", Reports.object("junit", "ListenerTest#introduced()",
            CheckVerdict.RETAINED, "ZGC", 30, Optional.empty(), Optional.empty(),
            List.of(HOSTILE), new ObjectDetails(1, 1, 2)))),
        Optional.of(new LeakBaseline(Path.of("retention-baseline.txt"), Map.of(
            AUDIT_LEAK, "until TICKET-1", "0123456789abcdef", "fixed long ago"))));
    return Jsoup.parse(HtmlReport.of(merged));
  }

  @Test
  void should_draw_each_leak_path_as_an_svg_chain_from_the_gc_root_to_the_object() {
    // GIVEN a page with a new and an accepted leak
    Document page = page();
    // WHEN its pictures are read
    Element accepted = page.selectFirst("section.check.accepted div.leak");
    // THEN the accepted leak's picture is root, each step, then the object, joined by arrows
    assertThat(accepted.attr("data-fingerprint")).isEqualTo(AUDIT_LEAK);
    assertThat(accepted.select("svg.path > g:not(.arrow)")).extracting(Element::className)
        .containsExactly("root", "step", "step", "step", "object");
    assertThat(accepted.select("svg.path text")).extracting(Element::text).containsExactly(
        "GC root: static field org.example.AuditLog.RECENT", "ArrayList.elementData",
        "Object[][3]", "AuditEntry.subject", "value session bob (org.example.Session)");
    assertThat(accepted.select("svg.path g.arrow")).hasSize(4);
    assertThat(accepted.text()).contains("accepted: until TICKET-1");
    assertThat(page.select("section.check.failed div.leak svg.path")).hasSize(1);
  }

  @Test
  void should_be_self_contained_and_escape_what_the_heap_names() {
    // GIVEN a leak whose object and path hold markup
    Document page = page();
    // THEN no script, no external resource, and the hostile text is text
    assertThat(page.select("script, link, img, iframe, [src], [href]")).isEmpty();
    Element hostile = page.selectFirst("section.check.failed svg.path");
    assertThat(hostile.select("text")).extracting(Element::text).containsExactly(
        "GC root: thread stack of \"main\" in Foo.run()", "Map<K,V>.table", "Node[][3]",
        "value <script>alert('x')</script> (java.lang.String)");
    // AND each picture is well-formed XML on its own
    assertThat(Jsoup.parse(hostile.outerHtml(), Parser.xmlParser()).select("rect")).hasSize(4);
  }

  @Test
  void should_show_the_counts_the_stale_entries_and_every_check() {
    Document page = page();
    assertThat(page.selectFirst("p.status").text()).isEqualTo("1 failed check");
    assertThat(page.select("table.counts td")).extracting(Element::text)
        .containsExactly("3", "1", "1", "1", "0", "1", "2", "0.5 s");
    assertThat(page.select("table.stale td")).extracting(Element::text)
        .containsExactly("0123456789abcdef", "fixed long ago");
    assertThat(page.select("table.checks tr td:eq(0)")).extracting(Element::text)
        .containsExactly("CacheTest#clean()", "AuditTest#known()", "ListenerTest#introduced()");
    assertThat(page.select("table.checks tr td:eq(1)")).extracting(Element::text)
        .containsExactly("object", "object", "object");
    assertThat(page.select("table.checks tr td:eq(2)")).extracting(Element::text)
        .containsExactly("released", "accepted", "retained");
    assertThat(page.select("table.checks tr td:eq(3)")).extracting(Element::text)
        .containsExactly("released 0 of 2 after 1 full GC (G1)",
            "accepted 1 of 2 after 2 full GCs (G1)", "retained 1 of 1 after 2 full GCs (ZGC)");
  }

  private static String pageOf(CheckRecord check) {
    return HtmlReport.of(MergedReports.judge(List.of(report("fork-1.json", check)),
        Optional.empty()));
  }

  private static LeakRecord leakOf(String fingerprint, String object, String root,
      String step) {
    return new LeakRecord(fingerprint, object, Reachability.STRONG, RootKind.STATIC_FIELD, root,
        List.of(step), 48, Optional.empty());
  }

  @Test
  void should_write_a_hostile_check_name_as_text() {
    // GIVEN a check name that closes the picture, opens a script and reverses the line
    String page = pageOf(retained("x</svg><script>alert(1)</script>\u202e\u001b[2J",
        leak(AUDIT_LEAK, "a")));
    // THEN it is text wherever it appears
    assertThat(page).contains("<td>x&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
        + "\\u202e\\u001b[2J</td>");
    assertThat(page).doesNotContain("<script", "</svg><script", "\u202e", "\u001b");
  }

  @Test
  void should_write_a_hostile_object_as_text_in_the_picture() {
    // GIVEN an object whose toString closes the style and the picture
    String page = pageOf(retained("T#t()", leakOf(AUDIT_LEAK,
        "v </style></svg><img src=x onerror=alert(1)>", "static field A.B", "s")));
    // THEN the picture's box holds it as text
    assertThat(page).contains("<text x=\"16\" y=\"128\">v &lt;/style&gt;&lt;/svg&gt;"
        + "&lt;img src=x onerror=alert(1)&gt;</text>");
    assertThat(Jsoup.parse(page).select("img, [onerror]")).isEmpty();
  }

  @Test
  void should_write_a_hostile_root_and_step_as_text_in_the_picture() {
    // GIVEN a root and a step named with markup and quotes
    String page = pageOf(retained("T#t()", leakOf(AUDIT_LEAK, "v",
        "thread \"<b onclick='x'>\"", "Map<K,V>.table")));
    // THEN both are text
    assertThat(page).contains(
        "<text x=\"16\" y=\"24\">GC root: thread &quot;&lt;b onclick=&#39;x&#39;&gt;&quot;</text>",
        "<text x=\"16\" y=\"76\">Map&lt;K,V&gt;.table</text>");
  }

  @Test
  void should_keep_a_hostile_fingerprint_inside_its_attributes() {
    // GIVEN a leak record (built in memory, never read) with a fingerprint that adds a handler
    String hostile = "0123\" onmouseover=\"alert(document.domain)\" x=\"";
    String page = pageOf(retained("T#t()", leak(hostile, "a")));
    // THEN it stays in the values of the attributes it is written to
    String escaped = "0123&quot; onmouseover=&quot;alert(document.domain)&quot; x=&quot;";
    assertThat(page).contains("aria-label=\"retention path of leak " + escaped + "\">",
        "data-fingerprint=\"" + escaped + "\"");
    assertThat(Jsoup.parse(page).select("[onmouseover]")).isEmpty();
  }
}
