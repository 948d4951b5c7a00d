package org.retention.core.growth;

import org.retention.core.internal.text.GrowthMessages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated("counts live instances VM-wide")
class HeapGrowthCheck_run_Test {
  private static final String FIXTURES = "org.retention.core.growth.GrowthFixtures$";

  @Test
  void should_find_entries_memoised_forever_in_a_static_map() throws Throwable {
    // WHEN
    GrowthVerdict verdict = GrowthRuns.verdictOf(HeapGrowthCheck.repeating(40), GrowthFixtures.KeyMemo::handle);
    // THEN
    assertThat(verdict.grew()).isTrue();
    GrowthGroup group = groupOf(verdict, "org.retention.core.growth.GrowthFixtures$MemoEntry");
    assertThat(group.root().description())
        .isEqualTo("static field " + FIXTURES + "KeyMemo.ENTRIES");
    assertThat(group.steps()).extracting(step -> step.signature())
        .containsExactly("java.util.HashMap.table", "java.util.HashMap$Node[][]",
            "java.util.HashMap$Node.value");
    assertThat(group.classes()).extracting(GrowingClass::className)
        .contains("java.util.HashMap$Node", "java.lang.String");
    assertThat(group.placeClass()).isEqualTo("java.util.HashMap$Node[]");
    assertThat(group.first().instancesPerRepetition()).isEqualTo(1.0);
    assertThat(group.bytesPerRepetition()).isPositive();
    assertThat(group.fingerprint()).matches("\\p{XDigit}{16}");
    assertThat(GrowthMessages.of(verdict)).contains(
        "GC root: static field " + FIXTURES + "KeyMemo.ENTRIES",
        "    HashMap.table" + System.lineSeparator(),
        "<- piles up here: java.util.HashMap$Node[] holds",
        "    -> " + FIXTURES + "MemoEntry",
        "leak fingerprint: " + group.fingerprint());
  }

  @Test
  void should_find_listeners_added_per_call() throws Throwable {
    // WHEN
    GrowthVerdict verdict = GrowthRuns.verdictOf(HeapGrowthCheck.repeating(40), GrowthFixtures.Bus::subscribe);
    // THEN
    GrowthGroup group = groupOf(verdict, FIXTURES + "AuditListener");
    assertThat(group.root().description()).isEqualTo("static field " + FIXTURES + "Bus.LISTENERS");
    assertThat(group.steps()).extracting(step -> step.signature())
        .containsExactly("java.util.concurrent.CopyOnWriteArrayList.array",
            "java.lang.Object[][]");
    assertThat(group.placeStep()).isEqualTo(1);
  }

  @Test
  void should_find_a_thread_local_of_a_pooled_thread() throws Throwable {
    // WHEN
    GrowthVerdict verdict = GrowthRuns.verdictOf(HeapGrowthCheck.repeating(40), GrowthFixtures.PooledWorker::handle);
    // THEN
    GrowthGroup group = groupOf(verdict, FIXTURES + "Trace");
    assertThat(group.root().kind()).hasToString("THREAD_LOCAL");
    assertThat(group.root().description()).isEqualTo("ThreadLocal value of thread \"growth-worker\"");
    assertThat(group.placeClass()).isEqualTo("java.lang.Object[]");
    assertThat(group.steps().get(group.placeStep() - 1).signature())
        .isEqualTo("java.util.ArrayList.elementData");
  }

  @Test
  void should_find_one_object_every_fourth_repetition() throws Throwable {
    // WHEN
    GrowthVerdict verdict = GrowthRuns.verdictOf(HeapGrowthCheck.repeating(60), GrowthFixtures.Sampler::handle);
    // THEN
    GrowthGroup group = groupOf(verdict, FIXTURES + "Sample");
    assertThat(group.first().instancesPerRepetition()).isBetween(0.2, 0.3);
    assertThat(group.root().description()).isEqualTo("static field " + FIXTURES + "Sampler.KEPT");
  }

  @Test
  void should_give_the_same_fingerprint_in_every_run() throws Throwable {
    // WHEN
    String first = groupOf(GrowthRuns.verdictOf(HeapGrowthCheck.repeating(20), GrowthFixtures.Bus::subscribe),
        FIXTURES + "AuditListener").fingerprint();
    String second = groupOf(GrowthRuns.verdictOf(HeapGrowthCheck.repeating(30), GrowthFixtures.Bus::subscribe),
        FIXTURES + "AuditListener").fingerprint();
    // THEN
    assertThat(second).isEqualTo(first);
  }

  @Test
  void should_pass_actions_that_do_not_leak() throws Throwable {
    for (HeapGrowthCheck.Action action : GrowthCorpus.NOT_LEAKING) {
      // WHEN
      GrowthVerdict verdict = GrowthRuns.verdictOf(HeapGrowthCheck.repeating(40), action);
      // THEN
      assertThat(verdict.grew()).as(GrowthMessages.of(verdict)).isFalse();
      assertThat(GrowthMessages.of(verdict)).startsWith(
          "no class grew in every one of 3 measurement windows (40 repetitions, 10 to warm up; ");
    }
  }

  @Test
  void should_refuse_too_few_repetitions() {
    assertThatIllegalArgumentException().isThrownBy(() -> HeapGrowthCheck.repeating(7))
        .withMessage("7 repetitions with 2 to warm up leave fewer than 2 per measurement window:"
            + " repeat at least 8 times");
  }

  private static GrowthGroup groupOf(GrowthVerdict verdict, String className) {
    List<GrowthGroup> groups = verdict.groups().stream()
        .filter(group -> group.first().className().equals(className)).toList();
    assertThat(groups).as(GrowthMessages.of(verdict)).hasSize(1);
    return groups.get(0);
  }
}
