package org.retention.core.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.retention.core.CheckResult;
import org.retention.core.report.GrowthDetails;

/**
 * {@link HeapGrowthCheck#run} follows growth before it judges: a bounded cache still filling
 * during the first windows passes once full, a leak still grows when the budget is spent.
 */
@Isolated("counts live instances VM-wide")
class HeapGrowthCheck_confirmation_Test {
  @ParameterizedTest(name = "an LRU map bounded at {0} entries")
  @ValueSource(ints = {50, 500, 2000})
  void should_pass_a_bounded_cache_that_fills_during_the_windows(int bound) throws Throwable {
    // GIVEN one new key per call: the cache fills after `bound` calls, then evicts
    Map<String, byte[]> cache = lru(bound);
    int[] calls = {0};
    // WHEN
    CheckResult result = check().run(() -> cache.put("key-" + calls[0]++, new byte[64]));
    // THEN
    assertThat(result.failed()).as(result.failureMessage()).isFalse();
    assertThat(cache).hasSize(bound);
    GrowthDetails details = details(result);
    assertThat(details.repetitions()).as("confirmed past the fill").isGreaterThan(bound);
    assertThat(details.groups()).isEmpty();
  }

  @Test
  void should_still_fail_a_leak_of_one_object_every_other_call() throws Throwable {
    // WHEN
    CheckResult result = check().run(GrowthFixtures.Sampler::handleEveryOther);
    // THEN
    assertThat(result.failed()).isTrue();
    assertThat(result.failureMessage())
        .contains("GC root: static field " + GrowthFixtures.Sampler.class.getName() + ".KEPT",
            "-> " + GrowthFixtures.Sample.class.getName(), "leak fingerprint: ");
    GrowthDetails details = details(result);
    assertThat(details.repetitions()).as("ran the whole confirmation budget")
        .isGreaterThan(HeapGrowthCheck.MAX_CONFIRMING_REPETITIONS / 2)
        .isLessThanOrEqualTo(HeapGrowthCheck.MAX_CONFIRMING_REPETITIONS);
    assertThat(details.groups()).singleElement().satisfies(group -> {
      assertThat(group.className()).isEqualTo(GrowthFixtures.Sample.class.getName());
      assertThat(group.instancesPerRepetition()).isBetween(0.4, 0.6);
    });
    GrowthFixtures.Sampler.KEPT.clear();
  }

  @Test
  void should_not_confirm_when_nothing_grew() throws Throwable {
    // WHEN
    List<Object> garbage = new ArrayList<>();
    CheckResult result = check().run(() -> {
      garbage.add(new byte[128]);
      garbage.clear();
    });
    // THEN a clean action pays the plan's repetitions only
    assertThat(result.failed()).isFalse();
    assertThat(details(result).repetitions()).isEqualTo(HeapGrowthCheck.DEFAULT_REPETITIONS);
    assertThat(details(result).windows()).isEqualTo(3);
  }

  @Test
  void should_judge_a_session_on_its_own_repetitions() throws Throwable {
    // GIVEN a test engine's 40 repetitions, which cannot be extended
    Map<String, byte[]> cache = lru(500);
    HeapGrowthCheck.Session session = check().start();
    // WHEN
    for (int call = 0; !session.complete(); call++) {
      cache.put("key-" + call, new byte[64]);
      session.repetitionDone();
    }
    // THEN
    assertThat(session.done()).isEqualTo(HeapGrowthCheck.DEFAULT_REPETITIONS);
    assertThat(session.verdict().windows()).isEqualTo(3);
  }

  @Test
  void should_never_blame_a_clean_action_for_what_another_thread_keeps_adding() throws Throwable {
    // GIVEN a neighbour that keeps adding objects for as long as the check runs
    try (GrowthFixtures.Neighbour neighbour = GrowthFixtures.Neighbour.start()) {
      // WHEN
      CheckResult result = check().run(() -> new StringBuilder("request").append(1).toString());
      // THEN no leak: a pass, or no verdict with the reason
      assertThat(details(result).groups()).isEmpty();
      if (result.failed()) {
        assertThat(result.recorded().orElseThrow().inconclusiveReason()).hasValueSatisfying(
            reason -> assertThat(reason).contains("also while the action did not run",
                "run the check @Isolated"));
      }
    }
  }

  @Test
  void should_fail_a_leak_beside_another_thread_with_the_action_s_own_objects() throws Throwable {
    // GIVEN
    try (GrowthFixtures.Neighbour neighbour = GrowthFixtures.Neighbour.start()) {
      // WHEN
      CheckResult result = check().run(GrowthFixtures.Sampler::handleEveryOther);
      // THEN
      assertThat(result.failed()).isTrue();
      assertThat(details(result).groups()).singleElement().satisfies(group ->
          assertThat(group.className()).isEqualTo(GrowthFixtures.Sample.class.getName()));
      assertThat(result.failureMessage()).doesNotContain("StringBuilder");
    } finally {
      GrowthFixtures.Sampler.KEPT.clear();
    }
  }

  private static HeapGrowthCheck check() {
    return HeapGrowthCheck.repeating(HeapGrowthCheck.DEFAULT_REPETITIONS);
  }

  private static GrowthDetails details(CheckResult result) {
    return (GrowthDetails) result.recorded().orElseThrow().details();
  }

  private static <K, V> Map<K, V> lru(int bound) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > bound;
      }
    };
  }
}
