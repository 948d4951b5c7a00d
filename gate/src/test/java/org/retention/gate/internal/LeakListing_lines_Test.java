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
}
