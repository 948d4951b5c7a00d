package org.retention.gate.internal;

import org.retention.core.report.ObjectDetails;
import org.retention.core.explain.RootKind;
import org.retention.core.explain.Reachability;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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
import org.retention.core.report.CheckKind;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.GrowthDetails;
import org.retention.core.report.GrowthGroupRecord;
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
    assertThat(page.select("script, link, img, iframe, [src]")).isEmpty();
    // (every link is to a section or a card of the page itself)
    assertThat(page.select("[href]")).isNotEmpty().allSatisfy(link -> {
      assertThat(link.attr("href")).startsWith("#");
      assertThat(page.getElementById(link.attr("href").substring(1))).isNotNull();
    });
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
    // (the checks that did not pass one by one, the released ones counted per test class)
    assertThat(page.select("table.checks tr td:eq(0)")).extracting(Element::text)
        .containsExactly("AuditTest#known()", "ListenerTest#introduced()");
    assertThat(page.select("table.checks tr td:eq(1)")).extracting(Element::text)
        .containsExactly("object", "object");
    assertThat(page.select("table.checks tr td:eq(2)")).extracting(Element::text)
        .containsExactly("accepted", "retained");
    assertThat(page.select("table.checks tr td:eq(3)")).extracting(Element::text)
        .containsExactly("accepted 1 of 2 after 2 full GCs (G1)",
            "retained 1 of 1 after 2 full GCs (ZGC)");
    assertThat(page.select("table.passed tr:gt(0)")).extracting(row -> row.select("td").eachText())
        .containsExactly(List.of("CacheTest", "1", "12 ms", "retention/fork-1.json"));
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

  private static CheckRecord growthCheck(String name, String fingerprint) {
    return new CheckRecord(CheckKind.GROWTH, "junit", name, CheckVerdict.RETAINED, "G1", 812,
        Optional.empty(), Optional.empty(), List.of(leak(fingerprint, "Bus.listeners",
            "CopyOnWriteArrayList.array")),
        new GrowthDetails(40, 3, List.of(new GrowthGroupRecord(fingerprint,
            "org.example.Listener", 1.0, 4_136, List.of("org.example.Bus.register(Bus.java:12)",
                "org.example.BusTest.register(BusTest.java:30)")))));
  }

  @Test
  void should_give_each_leak_shape_one_card_listing_every_check_that_hit_it() {
    // GIVEN three checks over two shards that hit the same new leak, and one accepted leak
    Document page = Jsoup.parse(HtmlReport.of(MergedReports.judge(List.of(
        report("fork-1.json", retained("AuditTest#known()", leak(AUDIT_LEAK, "a")),
            retained("BusTest#one()", leak(LISTENER_LEAK, "Bus.listeners"))),
        new ReportFile(Path.of("shards/shard-2/retention-report-2.json"),
            report("x", retained("BusTest#two()", leak(LISTENER_LEAK, "Bus.listeners")),
                retained("BusTest#three()", leak(LISTENER_LEAK, "Bus.listeners"))).report())),
        Optional.of(new LeakBaseline(Path.of("retention-baseline.txt"),
            Map.of(AUDIT_LEAK, "until TICKET-1"))))));
    // THEN the new leak's card comes first, once, naming each check and its report
    assertThat(page.select("section.check")).extracting(card -> card.id())
        .containsExactly("leak-" + LISTENER_LEAK, "leak-" + AUDIT_LEAK);
    Element listener = page.getElementById("leak-" + LISTENER_LEAK);
    assertThat(listener.className()).isEqualTo("check failed");
    assertThat(listener.selectFirst("p.headline").text()).isEqualTo("hit by 3 checks");
    assertThat(listener.select("table.hits tr:gt(0)")).extracting(row -> row.select("td").eachText())
        .containsExactly(
            List.of("BusTest#one()", "object", "retained", "retained 1 of 2 after 2 full GCs (G1)",
                "retention/fork-1.json"),
            List.of("BusTest#two()", "object", "retained", "retained 1 of 2 after 2 full GCs (G1)",
                "shard-2/retention-report-2.json"),
            List.of("BusTest#three()", "object", "retained",
                "retained 1 of 2 after 2 full GCs (G1)", "shard-2/retention-report-2.json"));
    assertThat(listener.select("svg.path")).hasSize(1);
    // AND the accepted one says why, after the new ones
    Element audit = page.getElementById("leak-" + AUDIT_LEAK);
    assertThat(audit.className()).isEqualTo("check accepted");
    assertThat(audit.selectFirst("span.reason").text()).isEqualTo("accepted: until TICKET-1");
    assertThat(page.select("h2")).extracting(Element::id).containsSubsequence("new-leaks",
        "accepted-leaks", "checks");
    // AND each row of the checks table links to its card
    assertThat(page.select("table.checks tr td:eq(0) a")).extracting(link -> link.attr("href"))
        .containsExactly("#leak-" + AUDIT_LEAK, "#leak-" + LISTENER_LEAK,
            "#leak-" + LISTENER_LEAK, "#leak-" + LISTENER_LEAK);
    // AND the navigation counts link to the sections
    assertThat(page.select("nav.toc a")).extracting(Element::text, link -> link.attr("href"))
        .containsExactly(tuple("1 new leak", "#new-leaks"),
            tuple("1 accepted leak", "#accepted-leaks"),
            tuple("4 checks that did not pass", "#checks"));
  }

  @Test
  void should_show_a_growth_leak_in_its_own_words_with_rate_class_and_allocation() {
    // GIVEN two growth checks hitting the same place
    Document page = Jsoup.parse(pageOf(growthCheck("BusTest#register()", LISTENER_LEAK)));
    // THEN the card says how it grew, where it was allocated, and ends at the object
    Element card = page.getElementById("leak-" + LISTENER_LEAK);
    assertThat(card.selectFirst("table.hits td:eq(3)").text()).isEqualTo("retained: grew over 40"
        + " repetitions in 3 windows (G1), org.example.Listener +1 instance and 4,136 bytes per"
        + " repetition");
    assertThat(card.select("ul.growth > li").first().ownText())
        .isEqualTo("org.example.Listener +1 instance and 4,136 bytes per repetition");
    assertThat(card.select("ul.growth ul.frames li")).extracting(Element::text).containsExactly(
        "allocated at org.example.Bus.register(Bus.java:12)",
        "allocated at org.example.BusTest.register(BusTest.java:30)");
    assertThat(card.select("svg.path > g:not(.arrow)").last().text())
        .isEqualTo("value session bob (org.example.Session)");
  }

  @Test
  void should_list_failures_without_a_path_stale_entries_and_unfinished_jvms() {
    // GIVEN an inconclusive check, an unexplained one, a stale entry and a JVM that died
    Document page = Jsoup.parse(HtmlReport.of(MergedReports.judge(List.of(
        report("fork-1.json", Reports.inconclusive("CacheTest#epsilon()"), released("A#a()")),
        Reports.unfinished("fork-2.json", Reports.unexplained("CacheTest#dark()"))),
        Optional.of(new LeakBaseline(Path.of("b.txt"), Map.of())))));
    // THEN each failure without a path has its own card, linked from the table
    assertThat(page.select("#without-path ~ section.check.failed")).extracting(Element::id,
        card -> card.selectFirst("h3").text(), card -> card.selectFirst("p.headline").text())
        .containsExactly(
            tuple("check-1", "CacheTest#epsilon()",
                "inconclusive, the Epsilon collector never collects"),
            tuple("check-2", "CacheTest#dark()", "retained 1 of 1 after 2 full GCs (G1)"));
    assertThat(page.getElementById("check-2").text())
        .contains("No retention path: explanations are off (retention.explain=false)");
    assertThat(page.select("table.checks td:eq(0) a")).extracting(link -> link.attr("href"))
        .containsExactly("#check-1", "#check-2");
    // AND the JVM that did not finish is listed
    assertThat(page.select("table.unfinished tr:gt(0)")).extracting(row -> row.select("td").eachText())
        .containsExactly(List.of("retention/fork-2.json", "44", "17.0.15", "2026-11-29T10:00:00Z"));
    assertThat(page.select("nav.toc a")).extracting(link -> link.attr("href")).containsExactly(
        "#without-path", "#unfinished", "#checks", "#passed");
  }

  @Test
  void should_fit_the_checks_table_to_the_page_width() {
    // GIVEN the page's style
    String page = pageOf(released("A#a()"));
    // THEN its tables have fixed layouts and their cells wrap long names anywhere
    assertThat(page).contains("table.checks,table.hits,table.passed,table.stale,table.unfinished"
        + "{table-layout:fixed;width:100%}", "overflow-wrap:anywhere}");
  }

  @Test
  void should_show_an_accepted_shape_as_accepted_in_a_check_that_fails_for_another() {
    // GIVEN one check with an accepted leak and a new one, and one failing only for no path
    CheckRecord partly = Reports.object("junit", "T#partly()", CheckVerdict.RETAINED, "G1", 30,
        Optional.empty(), Optional.of("only the first 1 of 2 explained"),
        List.of(leak(AUDIT_LEAK, "a")), new ObjectDetails(2, 2, 2));
    Document page = Jsoup.parse(HtmlReport.of(MergedReports.judge(List.of(report("fork-1.json",
            retained("T#both()", leak(AUDIT_LEAK, "a"), leak(LISTENER_LEAK, "b")), partly)),
        Optional.of(new LeakBaseline(Path.of("b.txt"), Map.of(AUDIT_LEAK, "until TICKET-1"))))));
    // THEN the new shape is under new leaks, the accepted one under accepted leaks
    assertThat(page.select("#new-leaks ~ section.check.failed[id^=leak-]")).extracting(Element::id)
        .containsExactly("leak-" + LISTENER_LEAK);
    assertThat(page.select("section.check.accepted")).extracting(Element::id)
        .containsExactly("leak-" + AUDIT_LEAK);
    assertThat(page.getElementById("leak-" + AUDIT_LEAK).selectFirst("span.reason").text())
        .isEqualTo("accepted: until TICKET-1");
    // AND the check that fails only for what has no path has a card of its own
    assertThat(page.select("#without-path ~ section.check.failed[id^=check-] h3"))
        .extracting(Element::text).containsExactly("T#partly()");
  }

  @Test
  void should_mark_the_suspect_reference_in_the_card_and_the_picture() {
    // GIVEN a leak whose second step is the one to break
    LeakRecord suspected = new LeakRecord(AUDIT_LEAK, "value session bob (org.example.Session)",
        Reachability.STRONG, RootKind.STATIC_FIELD, "static field org.example.AuditLog.RECENT",
        List.of("AuditLog.RECENT", "Object[][3]", "AuditEntry.session"), 16_440,
        Optional.empty(), Optional.of(new org.retention.core.explain.SuspectReference(1,
            "Object[][3]", 1_048_640)));
    Document page = Jsoup.parse(pageOf(retained("AuditTest#t()", suspected)));
    // THEN the card says which reference to break and what it frees
    Element card = page.getElementById("leak-" + AUDIT_LEAK);
    assertThat(card.selectFirst("p.suspect").text()).isEqualTo("Break this reference:"
        + " Object[][3] (step 2 of the path); breaking it frees 1,048,640 bytes.");
    // AND the picture outlines that step and says it beside it
    assertThat(card.select("svg.path > g:not(.arrow)")).extracting(Element::className)
        .containsExactly("root", "step", "step suspect", "step", "object");
    assertThat(card.select("svg.path g.suspect text")).extracting(Element::text)
        .containsExactly("Object[][3]", "\u2190 break this reference: frees 1,048,640 bytes");
  }
}
