package org.retention.gate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retention.gate.internal.Reports.inconclusive;
import static org.retention.gate.internal.Reports.unexplained;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.retention.core.report.CheckKind;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.GrowthDetails;
import org.retention.core.report.GrowthGroupRecord;
import org.retention.core.report.InstanceCount;
import org.retention.core.report.InstanceDetails;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.LeakRecord;
import org.retention.core.explain.Reachability;
import org.retention.core.explain.RootKind;

class LeakListing_lines_Test {
  private static final Path REPORT = Path.of("target/retention/fork-1.json");

  @Test
  void should_give_the_reason_of_an_inconclusive_check() {
    // GIVEN
    JudgedCheck epsilon = new JudgedCheck(REPORT, inconclusive("CacheTest#clear()"),
        CheckVerdict.INCONCLUSIVE);
    // WHEN
    var lines = LeakListing.lines(epsilon);
    // THEN
    assertThat(lines).containsExactly(
        "CacheTest#clear(): inconclusive, the Epsilon collector never collects");
  }

  @Test
  void should_say_why_a_retained_check_has_no_path() {
    // GIVEN
    JudgedCheck dark = new JudgedCheck(REPORT, unexplained("CacheTest#dark()"),
        CheckVerdict.RETAINED);
    // WHEN
    var lines = LeakListing.lines(dark);
    // THEN
    assertThat(lines).containsExactly(
        "CacheTest#dark(): retained 1 of 1 after 2 full GCs (G1)",
        "  no retention path: explanations are off (retention.explain=false)");
  }

  @Test
  void should_word_a_growth_check_as_growth() {
    // GIVEN
    CheckRecord growth = new CheckRecord(CheckKind.GROWTH, "junit", "BusTest#register",
        CheckVerdict.RETAINED, "G1", 812, Optional.empty(), Optional.empty(),
        List.of(Reports.leak("1c0ffee000000001", "CopyOnWriteArrayList.array", "Object[][3]")),
        new GrowthDetails(40, 3, List.of(new GrowthGroupRecord("1c0ffee000000001",
            "org.example.Listener", 1.0, 4_136, List.of()))));
    // WHEN
    String outcome = LeakListing.outcome(new JudgedCheck(REPORT, growth, CheckVerdict.RETAINED));
    // THEN
    assertThat(outcome).isEqualTo("retained: grew over 40 repetitions in 3 windows (G1),"
        + " org.example.Listener +1 instance and 4,136 bytes per repetition");
    assertThat(outcome).doesNotContain("full GC", "of 1");
  }

  @Test
  void should_word_an_instance_check_with_its_counts() {
    // GIVEN
    CheckRecord instances = new CheckRecord(CheckKind.INSTANCES, "junit", "PoolTest#logout()",
        CheckVerdict.RETAINED, "G1", 40, Optional.empty(), Optional.empty(), List.of(),
        new InstanceDetails(List.of(new InstanceCount("org.example.Session", 43, 53, 0),
            new InstanceCount("org.example.Token", 2, 2, 0))));
    // WHEN
    String outcome = LeakListing.outcome(new JudgedCheck(REPORT, instances,
        CheckVerdict.RETAINED));
    // THEN
    assertThat(outcome).isEqualTo("retained: org.example.Session 43 before, 53 after (G1)");
  }

  @Test
  void should_claim_no_retained_size_a_check_did_not_measure() {
    // GIVEN an instance leak (its check records no size) beside an object leak that has one
    LeakRecord place = new LeakRecord("4b9c9a637f06b6df",
        "10 instances of org.example.Session", Reachability.STRONG, RootKind.STATIC_FIELD,
        "static field org.example.Registry.SESSIONS", List.of("ArrayList.elementData"), 0,
        Optional.empty());
    // WHEN
    String unmeasured = LeakListing.leakLine(place);
    String measured = LeakListing.leakLine(Reports.leak("1c0ffee000000001", "Object[][0]"));
    // THEN
    assertThat(unmeasured).isEqualTo("leak 4b9c9a637f06b6df: 10 instances of org.example.Session");
    assertThat(measured).isEqualTo("leak 1c0ffee000000001: value session bob"
        + " (org.example.Session), retains 16,440 bytes");
  }

  private static JudgedCheck hit(String name, String... path) {
    return new JudgedCheck(REPORT, Reports.retained(name, Reports.leak(Reports.LISTENER_LEAK,
        path)), CheckVerdict.RETAINED);
  }

  @Test
  void should_print_a_shared_path_once_and_name_the_other_checks_that_hit_it() {
    // GIVEN three checks that hit the same leak
    List<JudgedCheck> failures = List.of(hit("BusTest#a()", "Bus.listeners"),
        hit("BusTest#b()", "Bus.listeners"), hit("BusTest#c()", "Bus.listeners"));
    // WHEN
    List<String> lines = LeakListing.lines(failures);
    // THEN the path comes once, ending at the object, and each check keeps its headline
    assertThat(lines).containsExactly(
        "BusTest#a(): retained 1 of 2 after 2 full GCs (G1)",
        "  leak 1c0ffee000000001: value session bob (org.example.Session), retains 16,440 bytes",
        "    GC root: static field org.example.AuditLog.RECENT",
        "      Bus.listeners",
        "      -> value session bob (org.example.Session)",
        "    also hit by: BusTest#b(), BusTest#c()",
        "BusTest#b(): retained 1 of 2 after 2 full GCs (G1)",
        "  leak 1c0ffee000000001: value session bob (org.example.Session), retains 16,440 bytes,"
            + " path as above",
        "BusTest#c(): retained 1 of 2 after 2 full GCs (G1)",
        "  leak 1c0ffee000000001: value session bob (org.example.Session), retains 16,440 bytes,"
            + " path as above");
  }

  @Test
  void should_bound_the_names_of_the_other_checks() {
    // GIVEN eight checks that hit the same leak
    List<JudgedCheck> failures = java.util.stream.IntStream.rangeClosed(1, 8)
        .mapToObj(i -> hit("BusTest#t" + i + "()", "Bus.listeners")).toList();
    // WHEN
    List<String> lines = LeakListing.lines(failures);
    // THEN five are named, the rest counted
    assertThat(lines).contains("    also hit by: BusTest#t2(), BusTest#t3(), BusTest#t4(),"
        + " BusTest#t5(), BusTest#t6() and 2 more");
    assertThat(lines).filteredOn(line -> line.contains("GC root")).hasSize(1);
  }

  @Test
  void should_show_the_object_after_a_path_cut_short() {
    // GIVEN a path longer than the lines shown
    JudgedCheck long_ = hit("BusTest#a()", "Bus.listeners", "ArrayList.elementData",
        "Object[][0]", "Listener.owner", "Owner.session", "Session.user");
    // WHEN
    List<String> lines = LeakListing.lines(long_);
    // THEN the cut is counted and the object it ends at still shown
    assertThat(lines).endsWith("      Listener.owner", "      ... 2 more steps",
        "      -> value session bob (org.example.Session)");
  }

  @Test
  void should_name_the_suspect_reference_after_the_path() {
    // GIVEN a leak whose suspect reference is past the steps shown
    org.retention.core.report.LeakRecord leak = new org.retention.core.report.LeakRecord(
        Reports.LISTENER_LEAK, "value session bob (org.example.Session)",
        org.retention.core.explain.Reachability.STRONG,
        org.retention.core.explain.RootKind.STATIC_FIELD, "static field org.example.Bus.INSTANCE",
        List.of("Bus.listeners", "ArrayList.elementData", "Object[][0]", "Listener.owner",
            "Owner.session"), 16_440, Optional.empty(),
        Optional.of(new org.retention.core.explain.SuspectReference(2, "Object[][0]", 4_136)));
    // WHEN
    List<String> lines = LeakListing.lines(new JudgedCheck(REPORT,
        Reports.retained("BusTest#a()", leak), CheckVerdict.RETAINED));
    // THEN it follows the object, naming the step and what breaking it frees
    assertThat(lines).endsWith("      ... 1 more steps",
        "      -> value session bob (org.example.Session)",
        "    suspect reference: Object[][0] (break it to free 4,136 bytes)");
  }
}
