package org.retention.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retention.maven.internal.Reports.inconclusive;
import static org.retention.maven.internal.Reports.unexplained;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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
}
