package org.retention.core.growth;

import org.retention.core.internal.text.GrowthMessages;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Runs the corpus of actions that do not leak, again and again: none may ever fail. The number of
 * runs is {@value #RUNS} (default: each action once); the measurement in BENCHMARKS.md used
 * {@code -Dretention.growth.corpusRuns=1000}.
 */
@Isolated("counts live instances VM-wide")
class HeapGrowthCheck_falsePositives_Test {
  static final String RUNS = "retention.growth.corpusRuns";

  @Test
  void should_never_report_growth_for_actions_that_do_not_leak() throws Throwable {
    // GIVEN
    int runs = Integer.getInteger(RUNS, GrowthCorpus.NOT_LEAKING.size());
    List<String> falsePositives = new ArrayList<>();
    long start = System.nanoTime();
    // WHEN
    for (int run = 0; run < runs; run++) {
      HeapGrowthCheck.Action action = GrowthCorpus.NOT_LEAKING.get(run % GrowthCorpus.NOT_LEAKING.size());
      GrowthVerdict verdict = GrowthRuns.verdictOf(HeapGrowthCheck.repeating(40), action);
      if (verdict.grew() || verdict.inconclusive()) {
        falsePositives.add("run " + run + ": " + GrowthMessages.of(verdict));
      }
    }
    // THEN
    if (runs > GrowthCorpus.NOT_LEAKING.size()) {
      System.out.printf("growth corpus: %d runs, %d false positives, %d ms%n", runs,
          falsePositives.size(), (System.nanoTime() - start) / 1_000_000);
    }
    assertThat(falsePositives).isEmpty();
  }
}
