package org.retention.core.internal.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.retention.core.explain.GcRoot;
import org.retention.core.explain.PathStep;
import org.retention.core.explain.RootKind;
import org.retention.core.growth.GrowingClass;
import org.retention.core.growth.GrowthGroup;
import org.retention.core.growth.GrowthVerdict;
import org.retention.core.explain.Reachability;
import org.retention.core.report.CheckKind;
import org.retention.core.report.CheckRecord;
import org.retention.core.report.GrowthDetails;
import org.retention.core.report.GrowthGroupRecord;
import org.retention.core.report.CheckVerdict;
import org.retention.core.report.LeakRecord;

class GrowthRecords_checkRecord_Test {
  private static final GrowthGroup LISTENERS = new GrowthGroup(
      List.of(new GrowingClass("org.example.Listener", 1.0, 24)),
      new GcRoot(RootKind.STATIC_FIELD, "static field org.example.Bus.LISTENERS",
          "static org.example.Bus.LISTENERS"),
      List.of(new PathStep("java.util.concurrent.CopyOnWriteArrayList", "array", -1),
          new PathStep("java.lang.Object[]", null, 7)),
      1, "java.lang.Object[]", 40, "0123456789abcdef");

  @Test
  void should_record_each_group_as_a_leak_with_its_fingerprint_root_and_path() {
    // GIVEN
    GrowthVerdict verdict = new GrowthVerdict(List.of(LISTENERS), List.of(), "", 40, 10, 3, "G1",
        Duration.ofMillis(812), "");
    // WHEN
    CheckRecord record = GrowthRecords.checkRecord("assertj", "BusTest.subscribe:12", verdict);
    // THEN
    assertThat(record.verdict()).isEqualTo(CheckVerdict.RETAINED);
    assertThat(record.source()).isEqualTo("assertj");
    assertThat(record.timeMillis()).isEqualTo(812);
    assertThat(record.kind()).isEqualTo(CheckKind.GROWTH);
    assertThat(record.leaks()).containsExactly(new LeakRecord("0123456789abcdef",
        "growing instances of org.example.Listener", Reachability.STRONG, RootKind.STATIC_FIELD,
        "static field org.example.Bus.LISTENERS", List.of("CopyOnWriteArrayList.array",
            "Object[][7]"), 40 * 24, Optional.empty()));
    assertThat(record.details()).isEqualTo(new GrowthDetails(40, 3, List.of(
        new GrowthGroupRecord("0123456789abcdef", "org.example.Listener", 1.0, 24, List.of()))));
    assertThat(record.unexplainedReason()).isEmpty();
  }

  @Test
  void should_record_a_pass_as_released_and_a_vm_that_would_not_collect_as_inconclusive() {
    GrowthVerdict pass = new GrowthVerdict(List.of(), List.of(), "", 40, 10, 3, "G1",
        Duration.ofMillis(40), "");
    GrowthVerdict stuck = new GrowthVerdict(List.of(), List.of(), "", 12, 10, 3, "Epsilon",
        Duration.ofMillis(40), "the Epsilon collector never collects");

    assertThat(GrowthRecords.checkRecord("junit", "T#t", pass).verdict())
        .isEqualTo(CheckVerdict.RELEASED);
    assertThat(GrowthRecords.checkRecord("junit", "T#t", stuck))
        .extracting(CheckRecord::verdict, CheckRecord::inconclusiveReason)
        .containsExactly(CheckVerdict.INCONCLUSIVE,
            Optional.of("the Epsilon collector never collects"));
  }
}
