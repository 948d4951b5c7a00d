package org.retention.core.growth;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.ChildResult;
import com.example.growth.FirstCheckChild;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.retention.core.internal.text.GrowthMessages;

/**
 * What Retention or an ignored engine does beside a session's repetitions is not their growth:
 * its first analysis in a JVM (the first SHA-256 digest caches the JDK provider's constructor in
 * a JDK static; run in a child JVM of its own), and what the threads of an ignored class keep
 * (Retention's own JFR stream parses into JDK maps on its thread).
 */
@Isolated("counts live instances VM-wide")
class HeapGrowthCheck_start_Test {
  @Test
  void should_pass_when_only_the_thread_of_an_ignored_class_keeps_what_repetitions_add()
      throws Throwable {
    try (GrowthFixtures.Keeper keeper = GrowthFixtures.Keeper.start()) {
      // WHEN
      GrowthVerdict verdict = GrowthRuns.verdictOf(HeapGrowthCheck.repeating(24)
          .ignoring(List.of(GrowthFixtures.Keeper.class.getName())), keeper::hand);
      // THEN
      assertThat(verdict.grew()).as(GrowthMessages.of(verdict)).isFalse();
    }
  }

  @Test
  void should_fail_when_the_thread_of_a_class_not_ignored_keeps_what_repetitions_add()
      throws Throwable {
    try (GrowthFixtures.Keeper keeper = GrowthFixtures.Keeper.start()) {
      // WHEN
      GrowthVerdict verdict = GrowthRuns.verdictOf(HeapGrowthCheck.repeating(24), keeper::hand);
      // THEN
      assertThat(verdict.grew()).isTrue();
      assertThat(GrowthMessages.of(verdict)).contains(
          "GC root: local variable in " + GrowthFixtures.Keeper.class.getName() + ".run(",
          "on the stack of thread \"growth-keeper\"",
          "-> " + GrowthFixtures.Parcel.class.getName());
    }
  }

  @Test
  void should_pass_the_first_check_of_a_jvm_whose_ignored_engine_keeps_constructors()
      throws Exception {
    // WHEN
    String result = run("ignored");
    // THEN
    assertThat(result).isEqualTo("passed");
  }

  @Test
  void should_fail_the_first_check_of_a_jvm_whose_action_keeps_constructors() throws Exception {
    // WHEN
    String result = run("leaking");
    // THEN
    assertThat(result).contains(
        "java.lang.reflect.Constructor: 0.33 instances and ",
        "GC root: static field " + FirstCheckChild.User.class.getName() + ".KEPT",
        "leak fingerprint: ");
  }

  private static String run(String who) throws Exception {
    return ChildResult.of(List.of(), FirstCheckChild.class.getName(), who);
  }
}
